"use client";
// Marks every contract in the current scope whose term has ended as expired
// (POST /api/v1/contracts/expire), after a confirmation. Coverage already
// ignores them; this tidies their status for lists and exports.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";

export function ExpireLapsedButton({ orgId, orgName, count }: { orgId: number; orgName: string; count: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const res = await apiRequest<{ expired: number }>("/api/v1/contracts/expire", { method: "POST", body: { orgId } });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setOpen(false);
    setDone(`已将 ${res.data.expired} 份合同标记为已到期。`);
    router.refresh();
  }

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} disabled={count === 0}>
        全部标记为已到期
      </Button>
      <p role="status" className="text-sm text-emerald-800">
        {done}
      </p>
      <ConfirmDialog open={open} title="批量标记为已到期" confirmLabel="确认标记" busy={busy} error={error} onCancel={() => setOpen(false)} onConfirm={confirm}>
        <p>
          将“{orgName}”范围内 {count} 份已过期限、仍为生效状态的合同标记为已到期。
        </p>
        <p className="mt-2 text-sm text-muted">每份合同都会留下办理记录和审计日志。已到期的合同仍可续订。</p>
      </ConfirmDialog>
    </>
  );
}
