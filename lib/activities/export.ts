// .xlsx export of the filtered activity records (the work ledger), streamed.
import "server-only";
import type { Actor } from "../auth/actor";
import { todayCST } from "../dates";
import { auditedXlsx, listExportAudit, type XlsxColumn } from "../xlsx/export";
import { exportActivities } from "./queries";
import type { ActivityDto, ActivityFilters } from "./schema";

const COLUMNS: XlsxColumn<ActivityDto>[] = [
  { header: "活动日期", value: (r) => r.heldOn, width: 12 },
  { header: "活动类型", value: (r) => r.typeName, width: 16 },
  { header: "开展单位", value: (r) => r.orgName, width: 36 },
  { header: "地点", value: (r) => r.place, width: 24 },
  { header: "参与人数", value: (r) => r.participants, width: 10 },
  { header: "支出金额（元）", value: (r) => (r.amountSpent === null ? null : Number(r.amountSpent)), numFmt: "#,##0.00", width: 14 },
  { header: "活动内容", value: (r) => r.description, width: 48 },
  { header: "附件数", value: (r) => r.attachmentCount, width: 8 },
];

/** Open to every role that may list activities: the query's scope rules apply as they do to the list. */
export async function exportActivityList(actor: Actor, q: ActivityFilters): Promise<Response> {
  return auditedXlsx(actor, {
    rows: exportActivities(actor, q),
    audit: listExportAudit(actor, "activity.export", "activity_record", q),
    filename: `工作台账-${todayCST()}.xlsx`,
    sheet: "工作台账",
    columns: COLUMNS,
  });
}
