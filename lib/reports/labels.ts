// The Chinese names of a period report's states, once for the module.
import type { PeriodReportStatus } from "../db/generated/enums";

export const PERIOD_REPORT_STATUS_LABELS: Record<PeriodReportStatus, string> = {
  SUBMITTED: "待审核",
  APPROVED: "已审核",
  RETURNED: "已退回",
  ACCEPTED: "已确认",
};
