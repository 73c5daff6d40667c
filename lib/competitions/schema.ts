// Inputs and outputs of the competitions module (劳动和技能竞赛): competitions,
// entries and the nomination of a first place for an honour. One schema per
// input, shared by the forms and the route handlers.
import { z, zDate, zPage, zPageSize, zUuid, zPickedId, zSerialId } from "../validation/zod";
import { COMPETITION_AWARDS, COMPETITION_KINDS, COMPETITION_LEVELS, NOMINATION_TITLES } from "./labels";

const optional = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => undefined), s]).optional();
const clearable = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => null), z.null(), s]).optional();
const requiredText = (min: number, max: number, label: string) =>
  z.string({ error: `请填写${label}` }).trim().min(min, min > 1 ? `${label}至少${min}个字` : `请填写${label}`).max(max, `${label}不能超过${max}个字`);

export const zTrade = requiredText(1, 50, "工种").regex(/^[^,，、;；]+$/, "工种名称中不能有逗号、顿号或分号");

/** Trades typed in one box: "电工、焊工，车工" → ["电工", "焊工", "车工"]. */
export const splitTrades = (s: string) =>
  s
    .split(/[,，、;；\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);

const zTrades = z
  .array(zTrade, { error: "工种应为列表" })
  .max(50, "工种不能超过50个")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const t of list) {
      if (seen.has(t)) ctx.addIssue({ code: "custom", message: `工种“${t}”重复` });
      seen.add(t);
    }
  });

const competitionFields = {
  orgId: zPickedId("举办组织"),
  name: requiredText(2, 200, "竞赛名称"),
  kind: z.enum(COMPETITION_KINDS, { error: "请选择竞赛类别" }),
  level: z.enum(COMPETITION_LEVELS, { error: "请选择竞赛级别" }),
  organiser: requiredText(2, 100, "主办单位"),
  startsOn: zDate("开始日期"),
  endsOn: zDate("结束日期"),
  trades: zTrades,
  notes: z.string().trim().max(1000, "备注不能超过1000个字"),
};

export function competitionProblems(v: { startsOn?: string; endsOn?: string; kind?: string; trades?: string[] }): Record<string, string> {
  const out: Record<string, string> = {};
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) out.endsOn = "结束日期不能早于开始日期";
  if (v.kind === "SKILLS" && v.trades && v.trades.length === 0) out.trades = "职业技能竞赛请至少设置一个工种";
  return out;
}

export const CompetitionCreateSchema = z
  .strictObject({
    orgId: competitionFields.orgId,
    name: competitionFields.name,
    kind: competitionFields.kind,
    level: competitionFields.level,
    organiser: competitionFields.organiser,
    startsOn: competitionFields.startsOn,
    endsOn: competitionFields.endsOn,
    trades: competitionFields.trades.default([]),
    notes: optional(competitionFields.notes),
  })
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(competitionProblems(v))) ctx.addIssue({ code: "custom", path: [path], message });
  });
export type CompetitionCreateInput = z.infer<typeof CompetitionCreateSchema>;

export const CompetitionUpdateSchema = z
  .strictObject({
    orgId: competitionFields.orgId.optional(),
    name: competitionFields.name.optional(),
    kind: competitionFields.kind.optional(),
    level: competitionFields.level.optional(),
    organiser: competitionFields.organiser.optional(),
    startsOn: competitionFields.startsOn.optional(),
    endsOn: competitionFields.endsOn.optional(),
    trades: competitionFields.trades.optional(),
    notes: clearable(competitionFields.notes),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "结束日期不能早于开始日期" });
  });
export type CompetitionUpdateInput = z.infer<typeof CompetitionUpdateSchema>;

export const COMPETITION_SORTS = ["startsOn", "-startsOn", "name", "-name", "-createdAt"] as const;
const listFilters = {
  q: z.string().trim().max(50).optional(),
  orgId: zSerialId().optional(),
  kind: z.enum(COMPETITION_KINDS).optional(),
  level: z.enum(COMPETITION_LEVELS).optional(),
  from: zDate("起始日期").optional(),
  to: zDate("截止日期").optional(),
};
export const CompetitionListQuerySchema = z.strictObject({
  ...listFilters,
  sort: z.enum(COMPETITION_SORTS).default("-startsOn"),
  page: zPage,
  pageSize: zPageSize,
});
export type CompetitionListQuery = z.infer<typeof CompetitionListQuerySchema>;
export const CompetitionExportQuerySchema = z.strictObject(listFilters);
export type CompetitionFilters = z.infer<typeof CompetitionExportQuerySchema>;

export const CompetitionSchema = z.object({
  id: zUuid(),
  orgId: z.number().int(),
  orgName: z.string(),
  name: z.string(),
  kind: z.enum(COMPETITION_KINDS),
  level: z.enum(COMPETITION_LEVELS),
  organiser: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  trades: z.array(z.string()),
  notes: z.string().nullable(),
  entryCount: z.number().int().describe("参赛人次"),
  awardCount: z.number().int().describe("获奖人次"),
  nominationCount: z.number().int().describe("推荐荣誉人数"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CompetitionDto = z.infer<typeof CompetitionSchema>;

export const CompetitionTotalsSchema = z.object({
  competitions: z.number().int(),
  entries: z.number().int().describe("参赛人次"),
  awarded: z.number().int().describe("获奖人次"),
  firstPlaces: z.number().int().describe("第一名人次"),
  nominations: z.number().int().describe("推荐荣誉人数"),
});
export type CompetitionTotals = z.infer<typeof CompetitionTotalsSchema>;

// ---------------------------------------------------------------- entries

const entryFields = {
  trade: zTrade,
  score: z
    .string({ error: "成绩应为数字" })
    .trim()
    .regex(/^\d{1,4}(\.\d{1,2})?$/, "成绩应为0–9999.99之间的数字，最多两位小数"),
  rank: z.coerce.number({ error: "名次应为正整数" }).int("名次应为正整数").min(1, "名次应为正整数").max(10_000, "名次不能超过10000"),
  award: z.enum(COMPETITION_AWARDS, { error: "请选择奖项" }),
};

export const EntryCreateSchema = z.strictObject({
  memberId: zUuid("会员"),
  trade: entryFields.trade,
  score: optional(entryFields.score),
  rank: optional(entryFields.rank),
  award: optional(entryFields.award),
});
export type EntryCreateInput = z.infer<typeof EntryCreateSchema>;

/** The member of an entry never changes: remove it and enter the right person. */
export const EntryUpdateSchema = z.strictObject({
  trade: entryFields.trade.optional(),
  score: clearable(entryFields.score),
  rank: clearable(entryFields.rank),
  award: clearable(entryFields.award),
});
export type EntryUpdateInput = z.infer<typeof EntryUpdateSchema>;

export const ENTRY_SORTS = ["rank", "-score", "name"] as const;
const entryFilters = {
  q: z.string().trim().max(30).optional(),
  trade: z.string().trim().max(50).optional(),
  award: z.enum(COMPETITION_AWARDS).optional(),
};
export const EntryListQuerySchema = z.strictObject({
  ...entryFilters,
  sort: z.enum(ENTRY_SORTS).default("rank"),
  page: zPage,
  pageSize: zPageSize,
});
export type EntryListQuery = z.infer<typeof EntryListQuerySchema>;
export const EntryExportQuerySchema = z.strictObject({ ...entryFilters, format: z.enum(["list", "import"]).default("list") });
export type EntryExportQuery = z.infer<typeof EntryExportQuerySchema>;

export const NOMINATION_STATES = ["NOMINATED", "AWARDED", "WITHDRAWN"] as const;

export const EntrySchema = z.object({
  id: zUuid(),
  competitionId: zUuid(),
  memberId: zUuid(),
  memberName: z.string(),
  idMasked: z.string().describe("脱敏身份证号"),
  memberOrgName: z.string(),
  trade: z.string(),
  score: z.string().nullable().describe("成绩，两位小数的字符串"),
  rank: z.number().int().nullable(),
  award: z.enum(COMPETITION_AWARDS).nullable(),
  nomination: z
    .object({ honourId: zUuid(), title: z.string(), status: z.enum(NOMINATION_STATES) })
    .nullable()
    .describe("由本参赛记录产生的荣誉推荐（荣誉列表中的提名）"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EntryDto = z.infer<typeof EntrySchema>;

export const CompetitionDetailSchema = CompetitionSchema.extend({
  tradeStats: z.array(z.object({ trade: z.string(), entries: z.number().int(), awarded: z.number().int() })).describe("各工种参赛与获奖人次"),
});
export type CompetitionDetail = z.infer<typeof CompetitionDetailSchema>;

/** Marking a first place as nominated: by default for the county 五一劳动奖章. */
export const NominationCreateSchema = z.strictObject({
  title: z.enum(NOMINATION_TITLES, { error: "请选择推荐的荣誉" }).default("MAY_DAY_MEDAL"),
  level: z.enum(COMPETITION_LEVELS, { error: "请选择荣誉级别" }).default("COUNTY"),
});
export type NominationCreateInput = z.infer<typeof NominationCreateSchema>;
