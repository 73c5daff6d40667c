// Import of a competition's entries from .xlsx (the shared framework in
// lib/xlsx/import.ts), in the same columns as the "import format" export.
import "server-only";
import { db } from "../db/client";
import { mapDbError } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite, assertStaffLike } from "../auth/actor";
import { audit } from "../audit/log";
import { z } from "../validation/zod";
import { subtreeWhere } from "../orgs/queries";
import { memberScopeWhere } from "../members/queries";
import { buildTemplate, fromLabel, runImport, type ImportColumn, type ImportSpec, type RawRow } from "../xlsx/import";
import { ID_HEADER, matchMembers, zImportIdNumber, zImportName } from "../xlsx/member-match";
import { COMPETITION_AWARD_LABELS, COMPETITION_AWARDS, type CompetitionAward } from "./labels";
import { findCompetitionInScope } from "./queries";
import { tradeProblem } from "./mutations";

type Key = "name" | "idNumber" | "trade" | "score" | "rank" | "award";

export const ENTRY_COLUMNS: readonly ImportColumn<Key>[] = [
  { key: "name", header: "姓名", required: true, example: "张三", hint: "与会员名册中的姓名一致", width: 12 },
  { key: "idNumber", header: ID_HEADER, required: true, example: "320925199001011230", hint: "完整的18位身份证号，文本格式；按此号码匹配会员", width: 22, text: true },
  { key: "trade", header: "工种", required: true, example: "电工", hint: "须为本竞赛设置的工种之一（竞赛未设置工种时可自由填写）", width: 14 },
  { key: "score", header: "成绩", example: "92.5", hint: "0–9999.99，最多两位小数；可不填", width: 10 },
  { key: "rank", header: "名次", example: "1", hint: "正整数（同一工种内的名次）；可不填", width: 8 },
  {
    key: "award",
    header: "奖项",
    example: COMPETITION_AWARD_LABELS.FIRST,
    hint: `${COMPETITION_AWARDS.map((a) => COMPETITION_AWARD_LABELS[a]).join(" / ")}；未获奖不填`,
    width: 10,
    choices: COMPETITION_AWARDS.map((a) => COMPETITION_AWARD_LABELS[a]),
  },
];

const awardAliases: Record<string, CompetitionAward> = { 一等: "FIRST", 二等: "SECOND", 三等: "THIRD", 优秀: "EXCELLENCE" };

const EntryRowSchema = z.object({
  name: zImportName,
  idNumber: zImportIdNumber,
  trade: z.string({ error: "请填写工种" }).max(50, "工种不能超过50个字"),
  score: z
    .string()
    .regex(/^\d{1,4}(\.\d{1,2})?$/, "成绩应为0–9999.99之间的数字，最多两位小数")
    .optional(),
  rank: z
    .string()
    .regex(/^[1-9]\d{0,3}$/, "名次应为1–9999的整数")
    .transform(Number)
    .optional(),
  award: z
    .string()
    .optional()
    .transform((v, ctx): CompetitionAward | undefined => {
      if (v === undefined) return undefined;
      const a = fromLabel(COMPETITION_AWARD_LABELS, v, awardAliases);
      if (!a) {
        ctx.addIssue({ code: "custom", message: `奖项应为：${COMPETITION_AWARDS.map((x) => COMPETITION_AWARD_LABELS[x]).join("、")}，未获奖不填` });
        return z.NEVER;
      }
      return a;
    }),
});
type EntryRow = z.output<typeof EntryRowSchema>;

export const ENTRY_IMPORT: ImportSpec<Key, EntryRow> = {
  title: "竞赛选手导入说明",
  columns: ENTRY_COLUMNS,
  row: EntryRowSchema as unknown as z.ZodType<EntryRow, RawRow<Key>>,
  notes: [
    "同一会员可参加多个工种，每个工种一行；同一会员同一工种只能有一条记录，文件中重复或已登记的都会报错。",
    "选手须属于本竞赛举办组织或其下级工会的会员。",
  ],
};

export async function entryTemplate(actor: Actor, competitionId: string) {
  assertStaffLike(actor);
  const c = await findCompetitionInScope(actor, competitionId);
  const extra = [`本模板用于：${c.name}（${c.org.name}）。`, c.trades.length ? `本竞赛的工种：${c.trades.join("、")}。` : "本竞赛未设置工种，可按实际填写。"];
  return { buf: await buildTemplate(ENTRY_IMPORT, extra), filename: `竞赛选手导入模板-${c.name}.xlsx` };
}

export async function importEntries(actor: Actor, competitionId: string, opts: { dryRun: boolean; read: () => Promise<Buffer> }) {
  assertCanWrite(actor);
  const c = await findCompetitionInScope(actor, competitionId);
  const file = await opts.read();
  return runImport({
    file,
    spec: ENTRY_IMPORT,
    dryRun: opts.dryRun,
    check: async (rows, report) => {
      const tradeOk = rows.filter((r) => {
        const p = tradeProblem(c, r.data.trade);
        if (p) report(r.row, "工种", p);
        return !p;
      });
      const matched = await matchMembers(tradeOk, { AND: [memberScopeWhere(actor), { org: subtreeWhere(c.orgId) }] }, report, {
        unknownMessage: "会员名册中没有此身份证号，或该会员不属于本竞赛的组织范围（不会自动新建会员）",
        dedupeKey: (d) => `${d.idNumber}|${d.trade}`,
        duplicateMessage: (first) => `与第 ${first} 行重复（同一会员、同一工种）`,
      });
      const existing = new Set(
        (
          await db.competitionEntry.findMany({
            where: { competitionId, memberId: { in: matched.map((m) => m.member.id) } },
            select: { memberId: true, trade: true },
          })
        ).map((e) => `${e.memberId}|${e.trade}`),
      );
      return matched.filter((m) => {
        if (!existing.has(`${m.member.id}|${m.data.trade}`)) return true;
        report(m.row, ID_HEADER, "该会员已登记参加本竞赛的这个工种");
        return false;
      });
    },
    write: async (ready) => {
      try {
        return await db.$transaction(async (tx) => {
          const r = await tx.competitionEntry.createMany({
            data: ready.map(({ data, member }) => ({
              competitionId,
              memberId: member.id,
              trade: data.trade,
              score: data.score ?? null,
              rank: data.rank ?? null,
              award: data.award ?? null,
            })),
          });
          await audit(actor, { action: "competition.entry.import", entityType: "competition", entityId: competitionId, orgId: c.orgId, details: { rows: r.count } }, tx);
          return r.count;
        });
      } catch (e) {
        mapDbError(e, { unique: { competition_id: { field: "file", message: "导入期间有选手被他人登记，请重新试导入" } } });
      }
    },
  });
}
