// .xlsx exports of the grant list (ID numbers masked, details never exported)
// and of one fund's whole ledger with running balances.
import "server-only";
import type { Actor } from "../auth/actor";
import { auditedXlsx, listExport, type XlsxColumn } from "../xlsx/export";
import { GRANT_KIND_LABELS, GRANT_STATUS_LABELS, LEDGER_KIND_LABELS } from "./labels";
import { cstDate } from "./dates";
import { exportGrants } from "./grants";
import { exportLedger, getFund } from "./funds";
import type { GrantDto, LedgerEntryDto } from "./schema";

// Amounts go to Excel as numbers for its own sums; two decimals round-trip exactly at these magnitudes.
const GRANT_COLUMNS: XlsxColumn<GrantDto>[] = [
  { header: "年度", value: (g) => g.year, width: 8 },
  { header: "救助类别", value: (g) => GRANT_KIND_LABELS[g.kind], width: 12 },
  { header: "救助对象", value: (g) => g.memberName, width: 12 },
  { header: "身份证号（脱敏）", value: (g) => g.memberIdMasked, width: 22 },
  { header: "所在工会", value: (g) => g.orgName, width: 36 },
  { header: "金额（元）", value: (g) => Number(g.amount), width: 12, numFmt: "#,##0.00" },
  { header: "状态", value: (g) => GRANT_STATUS_LABELS[g.status], width: 8 },
  { header: "申请理由", value: (g) => g.reason, width: 30 },
  { header: "公示期", value: (g) => (g.noticeStartsOn ? `${g.noticeStartsOn} 至 ${g.noticeEndsOn}` : null), width: 24 },
  { header: "支出资金", value: (g) => g.fundName, width: 24 },
  { header: "支付凭证号", value: (g) => g.paymentRef, width: 20 },
  { header: "发放日期", value: (g) => (g.disbursedAt ? cstDate(new Date(g.disbursedAt)) : null), width: 12 },
  { header: "录入人", value: (g) => g.createdBy?.name, width: 10 },
  { header: "审核人", value: (g) => g.reviewedBy?.name, width: 10 },
  { header: "审批人", value: (g) => g.approvedBy?.name, width: 10 },
];

export const exportGrantList = listExport({ title: "帮扶救助", action: "grant.export", entityType: "grant", columns: GRANT_COLUMNS, query: exportGrants });

const LEDGER_COLUMNS: XlsxColumn<LedgerEntryDto>[] = [
  { header: "序号", value: (e) => e.id, width: 8 },
  { header: "日期", value: (e) => cstDate(new Date(e.createdAt)), width: 12 },
  { header: "类型", value: (e) => LEDGER_KIND_LABELS[e.kind], width: 8 },
  { header: "金额（元）", value: (e) => Number(e.amount), width: 14, numFmt: "#,##0.00" },
  { header: "余额（元）", value: (e) => (e.balance ? Number(e.balance) : null), width: 14, numFmt: "#,##0.00" },
  { header: "救助对象", value: (e) => e.memberName, width: 12 },
  { header: "支付凭证号", value: (e) => e.paymentRef, width: 20 },
  { header: "冲正原分录", value: (e) => e.reversesId, width: 10 },
  { header: "被冲正", value: (e) => (e.reversedById ? `由 ${e.reversedById} 冲正` : ""), width: 12 },
  { header: "说明", value: (e) => e.note, width: 30 },
  { header: "经办人", value: (e) => e.createdByName, width: 12 },
];

export async function exportFundLedger(actor: Actor, fundId: string): Promise<Response> {
  const fund = await getFund(actor, fundId);
  return auditedXlsx(actor, {
    rows: Promise.resolve(exportLedger(actor, fund.id)),
    audit: { action: "fund.export", entityType: "fund", entityId: fund.id, orgId: fund.orgId },
    filename: `资金台账-${fund.name}-${fund.year}.xlsx`,
    sheet: "资金台账",
    columns: LEDGER_COLUMNS,
  });
}
