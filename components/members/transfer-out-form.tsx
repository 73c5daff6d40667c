"use client";
// The 跨县转出 form itself (see transfer-out.tsx): loaded only when the dialog
// opens, so the member's /me page does not carry the form kit and picker in
// its first load.
import { useMemo, useState } from "react";
import { Controller } from "react-hook-form";
import { TransferStartSchema } from "@/lib/members/transfer-schema";
import { apiRequest } from "../api";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field, controlAria } from "../ui/field";
import { EntityPicker, type Picked, type SearchFn } from "../programmes/entity-picker";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { TextField } from "../form/fields";

// The member is the page's; the form asks only where to and why.
const TransferOutSchema = TransferStartSchema.omit({ memberId: true });

/** Member-holding unions across the province whose name contains the query. */
function provinceUnionSearch(excludeId: number): SearchFn {
  return async (q, signal) => {
    if (q.trim().length < 2) return { items: [], error: "请至少输入工会名称中的2个字" };
    const r = await apiRequest<{ data: { id: number; name: string }[] }>(`/api/v1/member-transfers/unions?q=${encodeURIComponent(q.trim())}`, { signal });
    if (!r.ok) return { items: [], error: r.error.message };
    return { items: r.data.data.filter((o) => o.id !== excludeId).map((o) => ({ id: String(o.id), name: o.name })), error: null };
  };
}

type Props = { memberId: string; memberName: string; orgId: number; orgName: string; onClose: () => void };

export default function TransferOutForm({ memberId, memberName, orgId, orgName, onClose }: Props) {
  const [target, setTarget] = useState<Picked | null>(null);
  const search = useMemo(() => provinceUnionSearch(orgId), [orgId]);
  const kit = useApiForm({
    schema: TransferOutSchema,
    defaultValues: { toOrgId: undefined, reason: "" },
    request: (v) => ({ url: "/api/v1/member-transfers", body: { memberId, toOrgId: v.toOrgId, reason: v.reason || undefined } }),
    confirm: true,
    savedMessage: `已发起转出，待“${target?.name}”接收（30天内有效）。`,
    onSaved: onClose,
  });
  const c = kit.confirmation;
  const orgError = kit.err("toOrgId");
  return (
    <FormShell kit={kit} submitLabel="下一步" onCancel={onClose} className="space-y-4">
      <p className="text-sm text-muted">
        当前所在工会：<span className="text-gray-900">{orgName}</span>。转入工会可以是全省任一基层工会或村（社区）工会；对方接收后会籍才转移，30天内未接收自动失效。
      </p>
      <Field id="x-org" label="转入工会" required error={orgError}>
        <Controller
          control={kit.form.control}
          name="toOrgId"
          render={({ field }) => (
            <EntityPicker
              value={target}
              onBlur={field.onBlur}
              onChange={(o) => {
                setTarget(o);
                field.onChange(o ? Number(o.id) : undefined);
              }}
              search={search}
              placeholder="输入转入工会名称搜索（全省）"
              listLabel="工会候选"
              emptyText="没有匹配的工会，请换个名称再试"
              {...controlAria("x-org", orgError)}
            />
          )}
        />
      </Field>
      <TextField kit={kit} name="reason" id="x-reason" label="原因" rows={3} hint="选填，如：工作调动，不超过200字" />
      <ConfirmDialog open={c !== null} title="确认发起转出" confirmLabel="确认发起" busy={c?.busy} onCancel={() => c?.cancel()} onConfirm={() => c?.confirm()}>
        <p>
          将 <strong>{memberName}</strong> 的会籍从“{orgName}”转往“{target?.name}”，待对方接收。
        </p>
        <p className="mt-2 text-sm text-muted">有正在办理的帮扶救助申请时不能转会。接收前双方都可以撤销。</p>
      </ConfirmDialog>
    </FormShell>
  );
}
