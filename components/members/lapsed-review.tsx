"use client";
// One row of 会籍复核: keep the member (the review date takes them off the list)
// or confirm they have left, each after a confirmation.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { controlAria, inputClass } from "../ui/field";

export function LapsedReview({ memberId, memberName }: { memberId: string; memberName: string }) {
  const router = useRouter();
  const [decision, setDecision] = useState<"KEEP" | "LEAVE" | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    const res = await apiRequest(`/api/v1/members/${memberId}/lapsed-review`, { method: "POST", body: { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) } });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setDecision(null);
    router.refresh();
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" onClick={() => (setError(null), setDecision("KEEP"))}>
        保留
      </Button>
      <Button size="sm" variant="danger" onClick={() => (setError(null), setDecision("LEAVE"))}>
        按退会处理
      </Button>
      <ConfirmDialog
        open={decision !== null}
        title={decision === "KEEP" ? "保留会籍" : "按退会处理"}
        confirmLabel={decision === "KEEP" ? "保留" : "按退会处理"}
        busy={busy}
        error={error}
        onConfirm={send}
        onCancel={() => setDecision(null)}
      >
        <p>
          {decision === "KEEP"
            ? `经核实“${memberName}”仍在参加工会活动，保留会籍；六个月内不再列入复核名单。`
            : `经核实“${memberName}”连续六个月未参加工会活动且无正当理由，按退会处理（今天退会）。`}
        </p>
        <label htmlFor={`lapsed-${memberId}`} className="mt-3 mb-1 block text-sm font-medium">
          说明（选填）
        </label>
        <textarea {...controlAria(`lapsed-${memberId}`, error ?? undefined)} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={200} className={inputClass} />
      </ConfirmDialog>
    </div>
  );
}
