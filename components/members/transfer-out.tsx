"use client";
// 跨县转出 (会籍接转): name the receiving union anywhere in the province (search by
// name: id and name only), give a reason, confirm. The member moves only when
// the receiving side accepts. Used by staff on a member's page and by the
// member on their own pages; on the form kit with the API's TransferStartSchema.
import { useMemo, useState } from "react";
import { TransferStartSchema } from "@/lib/members/transfer-schema";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Modal } from "../ui/modal";
import { Field, controlAria, inputClass } from "../ui/field";
import type { SearchFn } from "../programmes/entity-picker";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";
import { useApiForm } from "../form/use-api-form";

/** Member-holding unions across the province whose name contains the query. */
function provinceUnionSearch(excludeId: number): SearchFn {
  return async (q, signal) => {
    if (q.trim().length < 2) return { items: [], error: "请至少输入工会名称中的2个字" };
    const r = await apiRequest<{ data: { id: number; name: string }[] }>(`/api/v1/member-transfers/unions?q=${encodeURIComponent(q.trim())}`, { signal });
    if (!r.ok) return { items: [], error: r.error.message };
    return { items: r.data.data.filter((o) => o.id !== excludeId).map((o) => ({ id: String(o.id), name: o.name })), error: null };
  };
}

type Props = { memberId: string; memberName: string; orgId: number; orgName: string; label?: string };

export function TransferOut({ memberId, memberName, orgId, orgName, label = "跨县转出" }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{label}</Button>
      <Modal open={open} title={`会籍接转：${memberName}`} onClose={() => setOpen(false)} wide>
        {open && <TransferOutForm memberId={memberId} memberName={memberName} orgId={orgId} orgName={orgName} onClose={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

function TransferOutForm({ memberId, memberName, orgId, orgName, onClose }: Omit<Props, "label"> & { onClose: () => void }) {
  const [target, setTarget] = useState<string | null>(null);
  const search = useMemo(() => provinceUnionSearch(orgId), [orgId]);
  const kit = useApiForm({
    schema: TransferStartSchema,
    defaultValues: { memberId, toOrgId: undefined, reason: "" },
    request: ({ reason, ...v }) => ({ url: "/api/v1/member-transfers", body: { ...v, ...(reason ? { reason } : {}) } }),
    confirm: true,
    savedMessage: (): string => `已发起转出，待“${target ?? "转入工会"}”接收（30天内有效）。`,
    onSaved: onClose,
  });
  const c = kit.confirmation;
  const err = kit.err("reason");
  return (
    <FormShell kit={kit} submitLabel="下一步" onCancel={onClose} className="space-y-4">
      <p className="text-sm text-muted">
        当前所在工会：<span className="text-gray-900">{orgName}</span>。转入工会可以是全省任一基层工会或村（社区）工会；对方接收后会籍才转移，30天内未接收自动失效。
      </p>
      <PickerField
        kit={kit}
        kind="union"
        name="toOrgId"
        id="x-org"
        label="转入工会"
        required
        search={search}
        placeholder="输入转入工会名称搜索（全省）"
        onPicked={(o) => setTarget(o?.name ?? null)}
      />
      <Field id="x-reason" label="原因" hint="选填，如：工作调动，不超过200字" error={err}>
        <textarea {...kit.form.register("reason")} {...controlAria("x-reason", err, "hint")} rows={3} className={inputClass} />
      </Field>
      <ConfirmDialog open={c !== null} title="确认发起转出" confirmLabel="确认发起" busy={c?.busy} onCancel={() => c?.cancel()} onConfirm={() => c?.confirm()}>
        <p>
          将 <strong>{memberName}</strong> 的会籍从“{orgName}”转往“{target}”，待对方接收。
        </p>
        <p className="mt-2 text-sm text-muted">有正在办理的帮扶救助申请时不能转会。接收前双方都可以撤销。</p>
      </ConfirmDialog>
    </FormShell>
  );
}
