"use client";
// The buttons of the 报送 page: each act asks for confirmation (and a reason
// for 退回 and 重新开放) before it calls the API, then reloads the page.
import { useState } from "react";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { inputClass } from "@/components/ui/field";
import type { ReportAction } from "@/lib/reports/schema";

const ACTS: Record<ReportAction, { label: string; title: string; text: string; reason?: boolean; variant: "primary" | "secondary" | "danger" }> = {
  submit: { label: "报送", title: "确认报送本期间？", text: "报送时保存全部看板指标的快照；上级审核通过后，本期间的记录将锁定。", variant: "primary" },
  approve: { label: "审核通过", title: "确认审核通过？", text: "通过后，该组织及其下级在本期间内的记录将不能再新增、修改或删除。", variant: "primary" },
  return: { label: "退回", title: "退回本期间报送", text: "请说明退回理由，报送单位修改后可重新报送。", reason: true, variant: "secondary" },
  accept: { label: "确认", title: "确认该期间？", text: "再上一级确认已审核的期间。", variant: "primary" },
  reopen: { label: "重新开放", title: "重新开放已锁定的期间", text: "重新开放后本期间记录可再修改，报送回到退回状态，须重新报送并审核。此操作将记入审计日志。", reason: true, variant: "danger" },
};

/** noteHint: the submit dialog asks for a note (报送说明), e.g. to explain the annual report's check warnings. */
export function ReportActions({ actions, orgId, period, reportId, noteHint }: { actions: ReportAction[]; orgId: number; period: string; reportId: number | null; noteHint?: string }) {
  const [reason, setReason] = useState("");
  if (actions.length === 0) return null;
  const request = (act: ReportAction) =>
    act === "submit"
      ? { url: "/api/v1/period-reports", body: { orgId, period, ...(reason.trim() ? { note: reason.trim() } : {}) } }
      : { url: `/api/v1/period-reports/${reportId}/${act}`, body: ACTS[act].reason ? { reason } : {} };
  return (
    <div className="flex flex-wrap gap-2">
      {actions.map((a) => {
        const act = ACTS[a];
        return (
          <ConfirmAction key={a} label={act.label} title={act.title} variant={act.variant} request={() => request(a)} onDone={() => setReason("")}>
            <p>{act.text}</p>
            {(act.reason || (a === "submit" && noteHint)) && (
              <div className="mt-3">
                <label htmlFor="report-reason" className="field-label">
                  {act.reason ? "理由（必填）" : "报送说明"}
                </label>
                {a === "submit" && noteHint && <p className="mb-1 text-xs text-muted">{noteHint}</p>}
                <textarea id="report-reason" className={inputClass} rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
              </div>
            )}
          </ConfirmAction>
        );
      })}
    </div>
  );
}
