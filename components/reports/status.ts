// How a period report's state shows on the reports page: the module's labels
// (lib/reports/labels.ts), with the lock spelled out and a badge colour.
import type { BadgeTone } from "@/components/ui/badge";
import type { ReportStatus } from "@/lib/reports/schema";
import { PERIOD_REPORT_STATUS_LABELS as L } from "@/lib/reports/labels";

export const REPORT_STATUS: Record<ReportStatus | "NONE", { label: string; tone: BadgeTone }> = {
  NONE: { label: "未报送", tone: "neutral" },
  SUBMITTED: { label: L.SUBMITTED, tone: "blue" },
  APPROVED: { label: `${L.APPROVED}（已锁定）`, tone: "green" },
  ACCEPTED: { label: `${L.ACCEPTED}（已锁定）`, tone: "green" },
  RETURNED: { label: L.RETURNED, tone: "amber" },
};

/** Times on the reports page: the one display format (lib/dates). */
export { formatDateTime as reportTime } from "@/lib/dates";
