// GET /api/v1/grants/export — the filtered grants as .xlsx (ID numbers masked, details never exported).
import { authed, parseQuery } from "@/lib/http/api";
import { GrantExportQuerySchema } from "@/lib/assistance/schema";
import { exportGrants } from "@/lib/assistance/grants";
import { GRANT_KIND_LABELS, GRANT_STATUS_LABELS } from "@/lib/assistance/labels";
import { cstDate } from "@/lib/assistance/dates";
import { xlsxResponse } from "@/lib/xlsx/export";
import { audit } from "@/lib/audit/log";
import { assertStaffLike } from "@/lib/auth/actor";
import { todayCST } from "@/lib/dates";

export const GET = authed(async (req, actor) => {
  assertStaffLike(actor);
  const q = parseQuery(req, GrantExportQuerySchema);
  const rows = await exportGrants(actor, q);
  await audit(actor, { action: "grant.export", entityType: "grant", orgId: q.orgId ?? actor.orgId, details: { filters: Object.keys(q) } });
  return xlsxResponse({
    filename: `帮扶救助-${todayCST()}.xlsx`,
    sheet: "帮扶救助",
    rows,
    columns: [
      { header: "年度", value: (g) => g.year, width: 8 },
      { header: "救助类别", value: (g) => GRANT_KIND_LABELS[g.kind], width: 12 },
      { header: "救助对象", value: (g) => g.memberName, width: 12 },
      { header: "身份证号（脱敏）", value: (g) => g.memberIdMasked, width: 22 },
      { header: "所在工会", value: (g) => g.orgName, width: 36 },
      // Excel gets a number for its own sums; two decimals round-trip exactly at these magnitudes.
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
    ],
  });
});
