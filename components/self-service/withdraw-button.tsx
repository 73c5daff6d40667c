"use client";
import { useState } from "react";
import { ConfirmAction } from "../ui/confirm-action";
import { controlAria, inputClass } from "../ui/field";

export function WithdrawButton({ id }: { id: string }) {
  const [reason, setReason] = useState("");
  return (
    <ConfirmAction label="撤回申请" confirmLabel="确认撤回" size="sm" variant="danger" field="reason" request={() => ({ url: `/api/v1/me/applications/${id}/withdraw`, body: { reason } })}>
      <p>撤回后本申请不再办理，如需帮扶可重新申请。</p>
      <label htmlFor={`wd-${id}`} className="mt-3 mb-1 block text-sm font-medium">
        撤回原因
      </label>
      <textarea {...controlAria(`wd-${id}`)} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={500} className={inputClass} />
    </ConfirmAction>
  );
}
