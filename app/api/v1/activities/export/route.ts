// GET /api/v1/activities/export — the filtered activity records as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { ActivityExportQuerySchema } from "@/lib/activities/schema";
import { exportActivities } from "@/lib/activities/queries";
import { xlsxResponse } from "@/lib/xlsx/export";
import { audit } from "@/lib/audit/log";
import { todayCST } from "@/lib/dates";

export const GET = authed(async (req, actor) => {
  const q = parseQuery(req, ActivityExportQuerySchema);
  const rows = await exportActivities(actor, q);
  await audit(actor, { action: "activity.export", entityType: "activity_record", orgId: q.orgId ?? actor.orgId, details: { filters: Object.keys(q) } });
  return xlsxResponse({
    filename: `工作台账-${todayCST()}.xlsx`,
    sheet: "工作台账",
    rows,
    columns: [
      { header: "活动日期", value: (r) => r.heldOn, width: 12 },
      { header: "活动类型", value: (r) => r.typeName, width: 16 },
      { header: "开展单位", value: (r) => r.orgName, width: 36 },
      { header: "地点", value: (r) => r.place, width: 24 },
      { header: "参与人数", value: (r) => r.participants, width: 10 },
      { header: "支出金额（元）", value: (r) => (r.amountSpent === null ? null : Number(r.amountSpent)), numFmt: "#,##0.00", width: 14 },
      { header: "活动内容", value: (r) => r.description, width: 48 },
      { header: "附件数", value: (r) => r.attachmentCount, width: 8 },
    ],
  });
});
