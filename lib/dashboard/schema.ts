// Inputs and outputs of the dashboard and target APIs. Query schemas are
// strict (unknown parameters are refused) and shared by the pages and the
// route handlers.
import { z, zPickedId, zSerialId } from "../validation/zod";
import { INDICATOR_KEYS, TARGETABLE_KEYS } from "./indicators";
import { TARGET_SCOPES } from "./target-scope";

const orgId = zSerialId("组织编号应为正整数");
const periodFields = {
  orgId: orgId.optional(),
  period: z.string().trim().max(20).optional(),
  from: z.string().trim().max(10).optional(),
  to: z.string().trim().max(10).optional(),
};

export const RANK_BY = ["value", "progress"] as const;
export type RankBy = (typeof RANK_BY)[number];

export const DashboardQuerySchema = z.strictObject({
  ...periodFields,
  /** The indicator the child organisations are ranked on. */
  rank: z.enum(INDICATOR_KEYS, { error: "未知的指标" }).optional(),
  /** Rank by the figure (default) or by completion against each child's target. */
  rankBy: z.enum(RANK_BY, { error: "排序方式应为 value 或 progress" }).optional(),
  /** ADMIN only: compute from the records, bypassing the rollup (to check it). */
  source: z.enum(["auto", "live"]).optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

export const RankingQuerySchema = z.strictObject({
  ...periodFields,
  indicator: z.enum(INDICATOR_KEYS, { error: "未知的指标" }),
  rankBy: z.enum(RANK_BY, { error: "排序方式应为 value 或 progress" }).optional(),
});
export type RankingQuery = z.infer<typeof RankingQuerySchema>;

export const DashboardExportQuerySchema = z.strictObject(periodFields);

// ---------------------------------------------------------------------------
// Targets

/** Target values: up to 12 digits and 2 decimals, as strings (money-safe). */
export const zTargetValue = z
  .string({ error: "请填写目标值" })
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, "目标值应为非负数，最多两位小数");

export const zYear = z.coerce.number({ error: "请填写年度" }).int("年度应为整数").min(2000, "年度不能早于2000年").max(2100, "年度不能晚于2100年");

const zTargetScope = z.enum(TARGET_SCOPES, { error: "目标口径应为本级或全辖" });

export const TargetListQuerySchema = z.strictObject({
  orgId: orgId.optional(),
  year: zYear.optional(),
});
export type TargetListQuery = z.infer<typeof TargetListQuerySchema>;

export const TargetUpsertSchema = z.strictObject({
  orgId: zPickedId("组织"),
  year: zYear,
  indicator: z.enum(TARGETABLE_KEYS, { error: "请选择指标" }),
  value: zTargetValue,
  /** 本级 (OWN): the organisation's own records; 全辖 (SUBTREE, the default): its whole subtree. */
  scope: zTargetScope.optional(),
});
export type TargetUpsertInput = z.infer<typeof TargetUpsertSchema>;

export const TargetUpdateSchema = z.strictObject({ value: zTargetValue, scope: zTargetScope.optional() });
export type TargetUpdateInput = z.infer<typeof TargetUpdateSchema>;

/**
 * Splits a target across the direct children of its organisation. For counts
 * and amounts the parts must add up to the target, or to the target less an
 * explicit `remainder` kept at the parent's own level (本级/直属单位). Rates
 * do not add up: each part is that child's own target rate.
 */
export const TargetSplitSchema = z.strictObject({
  parts: z
    .array(z.strictObject({ orgId: zPickedId("下级组织"), value: zTargetValue }), { error: "请填写分解方案" })
    .min(1, "至少分解到一个下级组织")
    .max(200, "一次最多分解到200个下级组织"),
  remainder: zTargetValue.optional(),
});
export type TargetSplitInput = z.infer<typeof TargetSplitSchema>;

export const TargetSchema = z.object({
  id: z.string().uuid(),
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  indicator: z.string(),
  indicatorName: z.string(),
  unit: z.string(),
  value: z.string().describe("目标值（两位小数的字符串）"),
  scope: z.enum(TARGET_SCOPES).describe("目标口径：OWN 本级（本组织自身的记录），SUBTREE 全辖（含下级）"),
  parentId: z.string().uuid().nullable(),
  /** Sum of the split parts, when the target has been split. */
  splitTotal: z.string().nullable(),
  splitCount: z.number().int(),
  updatedAt: z.string(),
});
export type TargetDto = z.infer<typeof TargetSchema>;

// ---------------------------------------------------------------------------
// Dashboard output (documented in the OpenAPI document)

const ChangeSchema = z.object({ delta: z.number().nullable(), pct: z.number().nullable() });
const ProgressSchema = z.object({ pct: z.number().nullable(), met: z.boolean().nullable() });

export const CardSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  kind: z.enum(["count", "amount", "rate"]),
  programme: z.string(),
  higherIsBetter: z.boolean().nullable(),
  value: z.number().nullable().describe("本期数值（金额为元，比率为百分数）"),
  previous: z.number().nullable().describe("上年同期"),
  change: ChangeSchema,
  /** Rates: numerator and denominator. */
  parts: z.object({ num: z.number(), den: z.number() }).nullable(),
  annualTarget: z.number().nullable(),
  target: z.number().nullable().describe("本期目标（季度、月份按天数折算）"),
  targetScope: z.enum(TARGET_SCOPES).nullable().describe("目标口径：OWN 本级，SUBTREE 全辖"),
  /** The figure the target is held against: the card's value, or the 本级 figure for an OWN target. */
  targetBasis: z.number().nullable(),
  progress: ProgressSchema,
  timeProgress: z.number().nullable(),
  description: z.string(),
  href: z.string().nullable().describe("构成该数字的记录列表"),
});
export type Card = z.infer<typeof CardSchema>;

export const DashboardSchema = z.object({
  org: z.object({ id: z.number().int(), name: z.string(), level: z.string(), depth: z.number().int(), breadcrumbs: z.array(z.object({ id: z.number().int(), name: z.string() })) }),
  period: z.object({ param: z.string(), kind: z.string(), label: z.string(), from: z.string(), to: z.string(), end: z.string(), previousFrom: z.string(), previousEnd: z.string() }),
  source: z.enum(["rollup", "live"]),
  asOf: z.string().describe("数据截至（ISO 时间）"),
  cards: z.array(CardSchema),
  trend: z.object({
    months: z.array(z.object({ key: z.string(), label: z.string() })),
    series: z.array(z.object({ key: z.string(), name: z.string(), unit: z.string(), kind: z.string(), values: z.array(z.number().nullable()), previous: z.array(z.number().nullable()) })),
  }),
  breakdowns: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      unit: z.string(),
      kind: z.string(),
      items: z.array(z.object({ code: z.string(), label: z.string(), value: z.number(), previous: z.number(), href: z.string().nullable() })),
    }),
  ),
  columns: z.array(z.object({ key: z.string(), name: z.string(), unit: z.string(), kind: z.string(), timeProgress: z.number().nullable().describe("流量指标的时间进度（%），用于判断是否落后") })),
  children: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      level: z.string(),
      drillable: z.boolean(),
      values: z.record(z.string(), z.number().nullable()),
      targets: z.record(z.string(), z.number().nullable()),
      /** Per column: the progress against the child's target, by the target's own scope. */
      progress: z.record(z.string(), z.number().nullable()),
      targetScopes: z.record(z.string(), z.enum(TARGET_SCOPES).nullable()),
      lastEntry: z.string().nullable(),
      entries: z.record(z.string(), z.string().nullable()),
    }),
  ),
  /** Records entered at the root organisation itself (本级), not below a child. */
  own: z.object({ values: z.record(z.string(), z.number().nullable()), lastEntry: z.string().nullable() }),
  entryColumns: z.array(z.string()),
  ranking: z.lazy(() => RankingSchema),
});

export const RankingSchema = z.object({
  rankBy: z.enum(RANK_BY),
  indicator: z.object({ key: z.string(), name: z.string(), unit: z.string(), kind: z.string(), higherIsBetter: z.boolean().nullable() }),
  rows: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      rank: z.number().int(),
      value: z.number().nullable(),
      previous: z.number().nullable(),
      change: ChangeSchema,
      target: z.number().nullable(),
      targetScope: z.enum(TARGET_SCOPES).nullable(),
      targetBasis: z.number().nullable(),
      progress: ProgressSchema,
    }),
  ),
});
export type Ranking = z.infer<typeof RankingSchema>;
export type Dashboard = z.infer<typeof DashboardSchema>;
