// .xlsx export of the filtered hardship files: ID numbers masked, narratives never exported.
import "server-only";
import { listExport, type XlsxColumn } from "../xlsx/export";
import { HARDSHIP_CATEGORY_LABELS, HARDSHIP_CAUSE_LABELS, HARDSHIP_STATUS_LABELS } from "./labels";
import { exportHardshipFiles } from "./queries";
import type { HardshipFileDto } from "./schema";

const COLUMNS: XlsxColumn<HardshipFileDto>[] = [
  { header: "姓名", value: (f) => f.memberName, width: 12 },
  { header: "身份证号（脱敏）", value: (f) => f.memberIdMasked, width: 22 },
  { header: "所在工会", value: (f) => f.orgName, width: 36 },
  { header: "困难类别", value: (f) => HARDSHIP_CATEGORY_LABELS[f.category], width: 10 },
  { header: "致困原因", value: (f) => HARDSHIP_CAUSE_LABELS[f.cause], width: 10 },
  { header: "家庭人口", value: (f) => f.householdSize, width: 8 },
  // Excel gets a number for its own sums; two decimals round-trip exactly at these magnitudes.
  { header: "家庭年收入（元）", value: (f) => Number(f.householdIncome), width: 14, numFmt: "#,##0.00" },
  { header: "状态", value: (f) => HARDSHIP_STATUS_LABELS[f.status], width: 8 },
  { header: "状态原因", value: (f) => f.statusReason, width: 24 },
  { header: "末次核实", value: (f) => f.lastVerifiedOn, width: 12 },
  { header: "下次复核", value: (f) => f.nextReviewOn, width: 12 },
  { header: "复核到期", value: (f) => (f.reviewDue ? "是" : ""), width: 8 },
];

export const exportHardshipList = listExport({ title: "困难职工档案", action: "hardship.export", entityType: "hardship_file", columns: COLUMNS, query: exportHardshipFiles });
