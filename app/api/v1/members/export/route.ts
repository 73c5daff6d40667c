// GET /api/v1/members/export — the filtered member list as .xlsx (streamed; ID numbers masked).
import { authed, parseQuery } from "@/lib/http/api";
import { MemberExportQuerySchema } from "@/lib/members/schema";
import { exportMembers } from "@/lib/members/list";
import { MEMBER_GROUP_LABELS, MEMBER_STATUS_LABELS, SEX_LABELS } from "@/lib/members/labels";
import { xlsxResponse } from "@/lib/xlsx/export";
import { audit } from "@/lib/audit/log";
import { assertStaffLike } from "@/lib/auth/actor";
import { todayCST } from "@/lib/dates";

export const GET = authed(async (req, actor) => {
  assertStaffLike(actor);
  const q = parseQuery(req, MemberExportQuerySchema);
  const rows = await exportMembers(actor, q);
  await audit(actor, { action: "member.export", entityType: "member", orgId: q.orgId ?? actor.orgId, details: { filters: Object.keys(q) } });
  return xlsxResponse({
    filename: `会员名册-${todayCST()}.xlsx`,
    sheet: "会员名册",
    rows,
    columns: [
      { header: "姓名", value: (m) => m.name, width: 12 },
      { header: "性别", value: (m) => SEX_LABELS[m.sex], width: 6 },
      { header: "身份证号（脱敏）", value: (m) => m.idMasked, width: 22 },
      { header: "出生年份", value: (m) => m.birthYear, width: 10 },
      { header: "手机号", value: (m) => m.phone, width: 14 },
      { header: "所在工会", value: (m) => m.orgName, width: 36 },
      { header: "入会日期", value: (m) => m.joinedOn, width: 12 },
      { header: "状态", value: (m) => MEMBER_STATUS_LABELS[m.status], width: 8 },
      { header: "群体", value: (m) => m.groups.map((g) => MEMBER_GROUP_LABELS[g]).join("、"), width: 20 },
      { header: "会员服务卡号", value: (m) => m.cardNo, width: 18 },
    ],
  });
});
