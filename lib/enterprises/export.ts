// .xlsx export of the filtered enterprise register, streamed.
import "server-only";
import { listExport, type XlsxColumn } from "../xlsx/export";
import { ORG_KIND_LABELS } from "../orgs/labels";
import { exportEnterprises } from "./queries";
import type { EnterpriseDto } from "./schema";

const COLUMNS: XlsxColumn<EnterpriseDto>[] = [
  { header: "企业名称", value: (e) => e.name, width: 40 },
  { header: "统一社会信用代码", value: (e) => e.creditCode, width: 22 },
  { header: "职工人数", value: (e) => e.workerCount, width: 10, numFmt: "#,##0" },
  { header: "所在地", value: (e) => e.areaName, width: 28 },
  { header: "是否建会", value: (e) => (e.unionOrgId ? "已建会" : "未建会"), width: 10 },
  { header: "所属工会", value: (e) => e.unionName, width: 40 },
  { header: "工会类型", value: (e) => (e.unionKind ? ORG_KIND_LABELS[e.unionKind] : null), width: 14 },
];

export const exportEnterpriseList = listExport({ title: "企业名录", action: "enterprise.export", entityType: "enterprise", columns: COLUMNS, query: exportEnterprises });
