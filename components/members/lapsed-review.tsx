"use client";
// One row of 会籍复核: keep the member (the review date takes them off the list)
// or confirm they have left, each after a confirmation.
import { useState } from "react";
import { ConfirmAction } from "../ui/confirm-action";
import { controlAria, inputClass } from "../ui/field";

const DECISIONS = {
  KEEP: { label: "保留", title: "保留会籍", variant: "secondary", text: (n: string) => `经核实“${n}”仍在参加工会活动，保留会籍；六个月内不再列入复核名单。` },
  LEAVE: { label: "按退会处理", title: "按退会处理", variant: "danger", text: (n: string) => `经核实“${n}”连续六个月未参加工会活动且无正当理由，按退会处理（今天退会）。` },
} as const;

export function LapsedReview({ memberId, memberName }: { memberId: string; memberName: string }) {
  const [reason, setReason] = useState("");
  return (
    <div className="flex flex-wrap gap-2">
      {(["KEEP", "LEAVE"] as const).map((decision) => {
        const d = DECISIONS[decision];
        const id = `lapsed-${memberId}-${decision}`;
        return (
          <ConfirmAction
            key={decision}
            label={d.label}
            title={d.title}
            size="sm"
            variant={d.variant}
            request={() => ({ url: `/api/v1/members/${memberId}/lapsed-review`, body: { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) } })}
          >
            <p>{d.text(memberName)}</p>
            <label htmlFor={id} className="mt-3 mb-1 block text-sm font-medium">
              说明（选填）
            </label>
            <textarea {...controlAria(id)} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={200} className={inputClass} />
          </ConfirmAction>
        );
      })}
    </div>
  );
}
