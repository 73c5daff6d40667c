// GET /api/v1/funds/{id}/entries/export — the fund's whole ledger as .xlsx, with running balances.
import { authed } from "@/lib/http/api";
import { exportLedger, getFund } from "@/lib/assistance/funds";
import { LEDGER_KIND_LABELS } from "@/lib/assistance/labels";
import { xlsxResponse } from "@/lib/xlsx/export";
import { audit } from "@/lib/audit/log";
import { cstDate } from "@/lib/assistance/dates";

export const GET = authed(async (_req, actor, p) => {
  const fund = await getFund(actor, p.id);
  await audit(actor, { action: "fund.export", entityType: "fund", entityId: fund.id, orgId: fund.orgId });
  return xlsxResponse({
    filename: `资金台账-${fund.name}-${fund.year}.xlsx`,
    sheet: "资金台账",
    rows: exportLedger(actor, fund.id),
    // Amounts go to Excel as numbers for its own sums; two decimals round-trip exactly at these magnitudes.
    columns: [
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
    ],
  });
});
