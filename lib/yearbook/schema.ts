// Inputs and outputs of the annual union statistics report (工会统计年报).
// The reporting year N runs from 1 October N-1 to 30 September N.
import { z, zSerialId } from "../validation/zod";

export const zStatYear = z.coerce
  .number({ error: "请选择统计年度" })
  .int("统计年度应为整数")
  .min(2000, "统计年度应在2000年之后")
  .max(2100, "统计年度太远");
const orgId = zSerialId("组织编号应为正整数");

export const YearbookQuerySchema = z.strictObject({ orgId: orgId.optional(), year: zStatYear });
export type YearbookQuery = z.infer<typeof YearbookQuerySchema>;

/** The statistics year's window and its period key in lib/reports ("2026-TJ"). */
export function statYear(year: number) {
  return { year, from: `${year - 1}-10-01`, to: `${year}-09-30`, param: `${year}-TJ`, label: `${year}统计年度（${year - 1}年10月1日至${year}年9月30日）` };
}

const count = (label: string) => z.coerce.number({ error: `${label}应为数字` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(1_000_000, `${label}太大`);

export const FACT_FIELDS = [
  ["fullTimeStaff", "专职工会工作人员", "人"],
  ["partTimeStaff", "兼职工会工作人员", "人"],
  ["congressUnits", "建立职代会的单位数", "个"],
  ["openAffairsUnits", "实行厂务公开的单位数", "个"],
  ["congressDelegates", "职代会职工代表人数", "人"],
  ["congressDelegatesWomen", "其中：女职工代表", "人"],
  ["boardUnits", "建立董事会的单位数", "个"],
  ["workerDirectors", "职工董事人数", "人"],
  ["workerDirectorsWomen", "其中：女职工董事", "人"],
] as const;
export type FactKey = (typeof FACT_FIELDS)[number][0];
export type Facts = Record<FactKey, number>;

const factShape = Object.fromEntries(FACT_FIELDS.map(([k, label]) => [k, count(label)])) as Record<FactKey, ReturnType<typeof count>>;

export const FactsInputSchema = z
  .strictObject({ orgId, year: zStatYear, ...factShape })
  .refine((f) => f.congressDelegatesWomen <= f.congressDelegates, { path: ["congressDelegatesWomen"], message: "女职工代表不能多于职代会职工代表" })
  .refine((f) => f.workerDirectorsWomen <= f.workerDirectors, { path: ["workerDirectorsWomen"], message: "女职工董事不能多于职工董事" });
export type FactsInput = z.infer<typeof FactsInputSchema>;

export const YearbookRowSchema = z.object({
  key: z.string(),
  section: z.string(),
  name: z.string(),
  unit: z.string(),
  indent: z.number().int(),
  value: z.number().nullable(),
  previous: z.number().nullable(),
});
export type YearbookRow = z.infer<typeof YearbookRowSchema>;

export const CheckSchema = z.object({ level: z.enum(["error", "warning"]), code: z.string(), message: z.string() });
export type Check = z.infer<typeof CheckSchema>;

export const YearbookSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string(), parentId: z.number().int().nullable() }),
  year: z.number().int(),
  period: z.string(),
  label: z.string(),
  /** 工会组织基本情况, row for row as the yearbooks print it. */
  summary: z.array(YearbookRowSchema),
  /** The survey's main tables. */
  tables: z.array(YearbookRowSchema),
  checks: z.array(CheckSchema),
  /** The organisation's own facts for the year (null: not entered yet). */
  facts: z.record(z.string(), z.number()).nullable(),
});
export type Yearbook = z.infer<typeof YearbookSchema>;

