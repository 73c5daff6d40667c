import type { BadgeTone } from "@/components/ui/badge";
import type { ReportStatus } from "@/lib/reports/schema";

export const REPORT_STATUS: Record<ReportStatus | "NONE", { label: string; tone: BadgeTone }> = {
  NONE: { label: "未报送", tone: "neutral" },
  SUBMITTED: { label: "待审核", tone: "blue" },
  APPROVED: { label: "已审核（已锁定）", tone: "green" },
  ACCEPTED: { label: "已确认（已锁定）", tone: "green" },
  RETURNED: { label: "已退回", tone: "amber" },
};

export const reportTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—");
