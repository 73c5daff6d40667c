// GET /api/v1/model-worker-services/export — the filtered service records as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { ServiceExportQuerySchema } from "@/lib/honours/schema";
import { exportServices } from "@/lib/honours/queries";
import { SERVICE_KIND_LABELS } from "@/lib/honours/labels";
import { xlsxResponse } from "@/lib/xlsx/export";
import { audit } from "@/lib/audit/log";
import { assertStaffLike } from "@/lib/auth/actor";
import { todayCST } from "@/lib/dates";

export const GET = authed(async (req, actor) => {
  assertStaffLike(actor);
  const q = parseQuery(req, ServiceExportQuerySchema);
  const rows = await exportServices(actor, q);
  await audit(actor, { action: "model_worker_service.export", entityType: "model_worker_service", orgId: q.orgId ?? actor.orgId, details: { filters: Object.keys(q) } });
  return xlsxResponse({
    filename: `劳模服务台账-${todayCST()}.xlsx`,
    sheet: "劳模服务",
    rows,
    columns: [
      { header: "年度", value: (s) => s.year, width: 8 },
      { header: "姓名", value: (s) => s.memberName, width: 12 },
      { header: "所在工会", value: (s) => s.orgName, width: 36 },
      { header: "服务项目", value: (s) => SERVICE_KIND_LABELS[s.kind], width: 12 },
      { header: "服务日期", value: (s) => s.servedOn, width: 12 },
      { header: "费用（元）", value: (s) => (s.amount === null ? null : Number(s.amount)), numFmt: "#,##0.00", width: 12 },
      { header: "备注", value: (s) => s.notes, width: 30 },
    ],
  });
});
