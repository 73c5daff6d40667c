"use client";
// The buttons of the 报送 page: each act asks for confirmation (and a reason
// for 退回 and 重新开放) before it calls the API, then reloads the page.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "@/components/api";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
  const router = useRouter();
  const [open, setOpen] = useState<ReportAction | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (actions.length === 0) return null;

  async function run(act: ReportAction) {
    setBusy(true);
    setError(null);
    const r =
      act === "submit"
        ? await apiRequest("/api/v1/period-reports", { method: "POST", body: { orgId, period, ...(reason.trim() ? { note: reason.trim() } : {}) } })
        : await apiRequest(`/api/v1/period-reports/${reportId}/${act}`, { method: "POST", body: ACTS[act].reason ? { reason } : {} });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setOpen(null);
    setReason("");
    router.refresh();
  }

  const current = open ? ACTS[open] : null;
  return (
    <div className="flex flex-wrap gap-2">
      {actions.map((a) => (
        <Button key={a} variant={ACTS[a].variant} onClick={() => (setError(null), setOpen(a))}>
          {ACTS[a].label}
        </Button>
      ))}
      <ConfirmDialog
        open={open !== null}
        title={current?.title ?? ""}
        confirmLabel={current?.label}
        busy={busy}
        error={error}
        onCancel={() => setOpen(null)}
        onConfirm={() => open && run(open)}
      >
        <p>{current?.text}</p>
        {(current?.reason || (open === "submit" && noteHint)) && (
          <div className="mt-3">
            <label htmlFor="report-reason" className="field-label">
              {current?.reason ? "理由（必填）" : "报送说明"}
            </label>
            {open === "submit" && noteHint && <p className="mb-1 text-xs text-muted">{noteHint}</p>}
            <textarea id="report-reason" className={inputClass} rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        )}
      </ConfirmDialog>
    </div>
  );
}
