// GET /api/v1/enterprises/export — the filtered enterprise register as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { EnterpriseExportQuerySchema } from "@/lib/enterprises/schema";
import { exportEnterprises } from "@/lib/enterprises/queries";
import { ORG_KIND_LABELS } from "@/lib/orgs/labels";
import { xlsxResponse } from "@/lib/xlsx/export";
import { audit } from "@/lib/audit/log";
import { assertStaffLike } from "@/lib/auth/actor";
import { todayCST } from "@/lib/dates";

export const GET = authed(async (req, actor) => {
  assertStaffLike(actor);
  const q = parseQuery(req, EnterpriseExportQuerySchema);
  const rows = await exportEnterprises(actor, q);
  await audit(actor, { action: "enterprise.export", entityType: "enterprise", orgId: q.orgId ?? actor.orgId, details: { filters: Object.keys(q) } });
  return xlsxResponse({
    filename: `企业名录-${todayCST()}.xlsx`,
    sheet: "企业名录",
    rows,
    columns: [
      { header: "企业名称", value: (e) => e.name, width: 40 },
      { header: "统一社会信用代码", value: (e) => e.creditCode, width: 22 },
      { header: "职工人数", value: (e) => e.workerCount, width: 10, numFmt: "#,##0" },
      { header: "所在地", value: (e) => e.areaName, width: 28 },
      { header: "是否建会", value: (e) => (e.unionOrgId ? "已建会" : "未建会"), width: 10 },
      { header: "所属工会", value: (e) => e.unionName, width: 40 },
      { header: "工会类型", value: (e) => (e.unionKind ? ORG_KIND_LABELS[e.unionKind] : null), width: 14 },
    ],
  });
});
