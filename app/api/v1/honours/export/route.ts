// GET /api/v1/honours/export — the filtered honours list as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { HonourExportQuerySchema } from "@/lib/honours/schema";
import { exportHonours } from "@/lib/honours/queries";
import { HOLDER_KIND_LABELS, HONOUR_LEVEL_LABELS, HONOUR_STATUS_LABELS, HONOUR_TITLE_LABELS } from "@/lib/honours/labels";
import { xlsxResponse } from "@/lib/xlsx/export";
import { audit } from "@/lib/audit/log";
import { assertStaffLike } from "@/lib/auth/actor";
import { todayCST } from "@/lib/dates";

export const GET = authed(async (req, actor) => {
  assertStaffLike(actor);
  const q = parseQuery(req, HonourExportQuerySchema);
  const rows = await exportHonours(actor, q);
  await audit(actor, { action: "honour.export", entityType: "honour", orgId: q.orgId ?? actor.orgId, details: { filters: Object.keys(q) } });
  return xlsxResponse({
    filename: `荣誉名录-${todayCST()}.xlsx`,
    sheet: "荣誉名录",
    rows,
    columns: [
      { header: "年度", value: (h) => h.year, width: 8 },
      { header: "类型", value: (h) => HOLDER_KIND_LABELS[h.holder], width: 8 },
      { header: "获得者", value: (h) => h.memberName ?? h.teamName, width: 24 },
      { header: "所属工会", value: (h) => h.orgName, width: 36 },
      { header: "荣誉称号", value: (h) => HONOUR_TITLE_LABELS[h.title], width: 14 },
      { header: "称号全称", value: (h) => h.titleText, width: 20 },
      { header: "级别", value: (h) => HONOUR_LEVEL_LABELS[h.level], width: 10 },
      { header: "授予单位", value: (h) => h.awardingBody, width: 24 },
      { header: "奖励金额（元）", value: (h) => (h.awardAmount === null ? null : Number(h.awardAmount)), numFmt: "#,##0.00", width: 14 },
      { header: "状态", value: (h) => HONOUR_STATUS_LABELS[h.status], width: 8 },
      { header: "来源竞赛", value: (h) => (h.source ? `${h.source.competitionName}（${h.source.trade}）` : null), width: 30 },
      { header: "备注", value: (h) => h.notes, width: 30 },
    ],
  });
});
