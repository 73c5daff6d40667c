"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { controlAria, inputClass } from "../ui/field";

export function WithdrawButton({ id }: { id: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function withdraw() {
    setBusy(true);
    const res = await apiRequest(`/api/v1/me/applications/${id}/withdraw`, { method: "POST", body: { reason } });
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.reason ?? res.error.message);
    setOpen(false);
    router.refresh();
  }

  return (
    <>
      <Button size="sm" variant="danger" onClick={() => (setError(null), setOpen(true))}>
        撤回申请
      </Button>
      <ConfirmDialog open={open} title="撤回申请" confirmLabel="确认撤回" busy={busy} error={error} onConfirm={withdraw} onCancel={() => setOpen(false)}>
        <p>撤回后本申请不再办理，如需帮扶可重新申请。</p>
        <label htmlFor={`wd-${id}`} className="mt-3 mb-1 block text-sm font-medium">
          撤回原因
        </label>
        <textarea {...controlAria(`wd-${id}`, error ?? undefined)} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={500} className={inputClass} />
      </ConfirmDialog>
    </>
  );
}
