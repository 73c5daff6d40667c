"use client";
// 跨县转出 (会籍接转): name the receiving union anywhere in the province (search by
// name: id and name only), give a reason, confirm. The member moves only when
// the receiving side accepts. Used by staff on a member's page and by the
// member on their own pages.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Modal } from "../ui/modal";
import { Alert } from "../ui/alert";
import { Field, controlAria, inputClass } from "../ui/field";
import { EntityPicker, type Picked, type SearchFn } from "../programmes/entity-picker";

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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<Picked | null>(null);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const search = useMemo(() => provinceUnionSearch(orgId), [orgId]);

  async function send() {
    if (!target) return;
    setBusy(true);
    const res = await apiRequest(`/api/v1/member-transfers`, {
      method: "POST",
      body: { memberId, toOrgId: Number(target.id), ...(reason.trim() ? { reason: reason.trim() } : {}) },
    });
    setBusy(false);
    setConfirming(false);
    if (res.ok) {
      setOpen(false);
      setDone(`已发起转出，待“${target.name}”接收（30天内有效）。`);
      router.refresh();
      return;
    }
    const field = Object.keys(res.error.fields ?? {})[0];
    setProblem({ field, message: res.error.message });
  }

  const orgError = problem?.field === "toOrgId" ? problem.message : undefined;
  return (
    <>
      {done && (
        <p role="status" className="text-sm text-emerald-800">
          {done}
        </p>
      )}
      <Button onClick={() => setOpen(true)}>{label}</Button>
      <Modal open={open} title={`会籍接转：${memberName}`} onClose={() => setOpen(false)} wide>
        {open && (
          <form
            noValidate
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (!target) return setProblem({ field: "toOrgId", message: "请选择转入工会" });
              if (reason.length > 200) return setProblem({ field: "reason", message: "原因不能超过200字" });
              setProblem(null);
              setConfirming(true);
            }}
          >
            {problem && !problem.field && <Alert tone="error">{problem.message}</Alert>}
            <p className="text-sm text-muted">
              当前所在工会：<span className="text-gray-900">{orgName}</span>。转入工会可以是全省任一基层工会或村（社区）工会；对方接收后会籍才转移，30天内未接收自动失效。
            </p>
            <Field id="x-org" label="转入工会" required error={orgError}>
              <EntityPicker
                value={target}
                onChange={(o) => {
                  setTarget(o);
                  setProblem(null);
                }}
                search={search}
                placeholder="输入转入工会名称搜索（全省）"
                listLabel="工会候选"
                emptyText="没有匹配的工会，请换个名称再试"
                {...controlAria("x-org", orgError)}
              />
            </Field>
            <Field id="x-reason" label="原因" hint="选填，如：工作调动，不超过200字" error={problem?.field === "reason" ? problem.message : undefined}>
              <textarea id="x-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={200} className={inputClass} />
            </Field>
            <div className="flex justify-end gap-2 pt-2">
              <Button onClick={() => setOpen(false)}>取消</Button>
              <Button type="submit" variant="primary">
                下一步
              </Button>
            </div>
          </form>
        )}
      </Modal>
      <ConfirmDialog open={confirming} title="确认发起转出" confirmLabel="确认发起" busy={busy} onCancel={() => setConfirming(false)} onConfirm={send}>
        <p>
          将 <strong>{memberName}</strong> 的会籍从“{orgName}”转往“{target?.name}”，待对方接收。
        </p>
        <p className="mt-2 text-sm text-muted">有正在办理的帮扶救助申请时不能转会。接收前双方都可以撤销。</p>
      </ConfirmDialog>
    </>
  );
}
