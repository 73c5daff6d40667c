"use client";
// Staff approve or reject a member's correction request.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { controlAria, inputClass } from "../ui/field";

export function ChangeDecision({ id, memberName }: { id: string; memberName: string }) {
  const router = useRouter();
  const [pending, setPending] = useState<boolean | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide() {
    setBusy(true);
    const res = await apiRequest(`/api/v1/change-requests/${id}/decision`, { method: "POST", body: { approve: pending, note: note || undefined } });
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.note ?? res.error.message);
    setPending(null);
    router.refresh();
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" variant="primary" onClick={() => (setError(null), setPending(true))}>
        同意并更正
      </Button>
      <Button size="sm" variant="danger" onClick={() => (setError(null), setPending(false))}>
        驳回
      </Button>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? "同意更正" : "驳回更正申请"}
        confirmLabel={pending ? "同意并更正" : "驳回"}
        busy={busy}
        error={error}
        onConfirm={decide}
        onCancel={() => setPending(null)}
      >
        <p>{pending ? `将按申请更正“${memberName}”的会员信息，并记入审计日志。` : `驳回“${memberName}”的更正申请，请填写原因（会员可见）。`}</p>
        <label htmlFor={`note-${id}`} className="mt-3 mb-1 block text-sm font-medium">
          {pending ? "说明（可选）" : "驳回原因"}
        </label>
        <textarea {...controlAria(`note-${id}`, error ?? undefined)} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={500} className={inputClass} />
      </ConfirmDialog>
    </div>
  );
}
