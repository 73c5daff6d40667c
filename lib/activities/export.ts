// .xlsx export of the filtered activity records (the work ledger), streamed.
import "server-only";
import { listExport, type XlsxColumn } from "../xlsx/export";
import { exportActivities } from "./queries";
import type { ActivityDto } from "./schema";

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

/** Open to every role that may list them: the query's scope rules apply as they do to the list. */
export const exportActivityList = listExport({ title: "工作台账", everyone: true, action: "activity.export", entityType: "activity_record", columns: COLUMNS, query: exportActivities });
