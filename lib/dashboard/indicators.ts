// The dashboard's indicators, defined once: the dashboard, its exports, the
// targets and the API all read these. Each indicator is computed from the
// programme records by set-based SQL: a *source* turns a table into dated
// facts (metric, org_id, day, value); an indicator reads one metric as a flow
// (sum over the period), a stock (as of the period's end: +1 when something
// starts, −1 when it ends) or an annual fact (recorded per year), or divides
// two of them (a rate). The same sources feed the live computation for small
// subtrees and the rollup table for counties and above (lib/dashboard/facts.ts),
// so both give the same figure by construction.
//
// This file is the catalogue and safe for client components: the SQL sources
// live in ./sources.ts (server-only).
import { COUNTED_MEMBER_STATUS, MEMBER_GROUP_LABELS, MEMBER_GROUPS } from "../members/labels";
// Coverage follows the contracts module's definition (lib/contracts/coverage.ts):
// which kinds carry wage terms.
import { WAGE_TERM_KINDS } from "../contracts/labels";

export type Measure = "flow" | "stock" | "annual";
export type IndicatorKind = "count" | "amount" | "rate";
export type MetricRef = { metric: string; measure: Measure };

export type ProgrammeKey = "org" | "coverage" | "training" | "competition" | "model" | "assistance" | "activity" | "rights";

export const PROGRAMMES: { key: ProgrammeKey; name: string }[] = [
  { key: "org", name: "组织建设" },
  { key: "coverage", name: "建会与集体合同" },
  { key: "training", name: "技能培训" },
  { key: "competition", name: "劳动和技能竞赛" },
  { key: "model", name: "劳模工匠" },
  { key: "assistance", name: "困难职工帮扶" },
  { key: "activity", name: "工作台账" },
];

/** Where a figure's records are listed: the other modules' list pages and their filters. */
export type DrillContext = { orgId: number; from: string; end: string; year: number };

export type Indicator = {
  key: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  programme: ProgrammeKey;
  /** null: neither direction is "better" (context figures such as the budget). */
  higherIsBetter: boolean | null;
  /** Count or amount: one metric. Rate: numerator / denominator × 100. */
  value: MetricRef | { num: MetricRef; den: MetricRef };
  /** 口径: how the figure is computed, shown beside it. */
  description: string;
  /** Whether administrators may set an annual target for it. */
  targetable: boolean;
  drill?: (c: DrillContext) => string | null;
};

export const measureOf = (i: Indicator): Measure => ("metric" in i.value ? i.value.measure : i.value.num.measure);

const q = (path: string, params: Record<string, string | number | undefined>) => {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") sp.set(k, String(v));
  return `${path}?${sp}`;
};
const flow = (metric: string): MetricRef => ({ metric, measure: "flow" });
const stock = (metric: string): MetricRef => ({ metric, measure: "stock" });
const annual = (metric: string): MetricRef => ({ metric, measure: "annual" });

/** "Wage negotiation" coverage counts these kinds (lib/contracts/labels.ts). */
export const WAGE_CONTRACT_KINDS = WAGE_TERM_KINDS;
/** Activity types whose records are 劳模工匠助企行 visits to enterprises. */
export const MODEL_VISIT_ACTIVITY_CODES = ["MODEL_WORKER_VISIT", "HELP_ENTERPRISE", "ZHU_QI_XING"] as const;

export const INDICATORS: Indicator[] = [
  {
    key: "members",
    name: "会员数",
    unit: "人",
    kind: "count",
    programme: "org",
    higherIsBetter: true,
    value: stock("members"),
    description: "截至期末在会的会员（入会日期不晚于期末，且期末前未退会），按会员当前所在工会计",
    targetable: true,
    drill: (c) => q("/members", { orgId: c.orgId, status: COUNTED_MEMBER_STATUS, joinedTo: c.end }),
  },
  {
    key: "members_nef",
    name: "新就业形态会员",
    unit: "人",
    kind: "count",
    programme: "org",
    higherIsBetter: true,
    value: stock("members_nef"),
    description: "会员中属于货车司机、快递员、外卖配送员、网约车司机、网络主播、物业服务人员任一群体的人数",
    targetable: true,
    drill: (c) => q("/members", { orgId: c.orgId, status: COUNTED_MEMBER_STATUS, joinedTo: c.end }),
  },
  {
    key: "unions",
    name: "基层工会数",
    unit: "个",
    kind: "count",
    programme: "org",
    higherIsBetter: true,
    value: stock("unions"),
    description: "状态正常的基层工会和村（社区）工会（成立日期不晚于期末）",
    targetable: true,
    drill: (c) => `/orgs/${c.orgId}`,
  },
  {
    key: "unionisation_rate",
    name: "建会率",
    unit: "%",
    kind: "rate",
    programme: "coverage",
    higherIsBetter: true,
    value: { num: stock("enterprises_unionised"), den: stock("enterprises") },
    description: "企业名录中已建会（有所属工会）的企业 ÷ 企业总数，按企业所在地统计",
    targetable: true,
    drill: (c) => q("/enterprises", { orgId: c.orgId }),
  },
  {
    key: "contract_coverage",
    name: "集体合同覆盖率",
    unit: "%",
    kind: "rate",
    programme: "coverage",
    higherIsBetter: true,
    value: { num: stock("coverage_any"), den: stock("enterprises_unionised") },
    description: "已建会企业中，期末有至少一份生效集体合同覆盖的企业所占比例（一家企业只计一次）",
    targetable: true,
    drill: (c) => q("/contracts/coverage", { orgId: c.orgId, date: c.end }),
  },
  {
    key: "wage_coverage",
    name: "工资集体协商覆盖率",
    unit: "%",
    kind: "rate",
    programme: "coverage",
    higherIsBetter: true,
    value: { num: stock("coverage_wage"), den: stock("enterprises_unionised") },
    description: "已建会企业中，期末有生效的工资专项合同或区域性、行业性合同（含工资条款）覆盖的企业所占比例",
    targetable: true,
    drill: (c) => q("/contracts/coverage", { orgId: c.orgId, date: c.end }),
  },
  {
    key: "contracts",
    name: "生效集体合同",
    unit: "份",
    kind: "count",
    programme: "coverage",
    higherIsBetter: true,
    value: stock("contracts"),
    description: "期末在有效期内的集体合同份数（与覆盖率同一口径）",
    targetable: false,
    drill: (c) => q("/contracts", { orgId: c.orgId, inForce: "true" }),
  },
  {
    key: "training_sessions",
    name: "培训场次",
    unit: "场",
    kind: "count",
    programme: "training",
    higherIsBetter: true,
    value: flow("training_sessions"),
    description: "开班日期在期间内的培训班次",
    targetable: true,
    drill: (c) => q("/trainings", { orgId: c.orgId, from: c.from, to: c.end }),
  },
  {
    key: "trainees",
    name: "培训人次",
    unit: "人次",
    kind: "count",
    programme: "training",
    higherIsBetter: true,
    value: flow("trainees"),
    description: "期间内开班的培训的报名会员人次加非会员参训人数，不重复计算",
    targetable: true,
    drill: (c) => q("/trainings", { orgId: c.orgId, from: c.from, to: c.end }),
  },
  {
    key: "certificates",
    name: "取得证书人数",
    unit: "人",
    kind: "count",
    programme: "training",
    higherIsBetter: true,
    value: flow("certificates"),
    description: "期间内开班的培训中结果为“取得职业资格证书”的学员（每次培训计一次）",
    targetable: true,
    drill: (c) => q("/trainings", { orgId: c.orgId, from: c.from, to: c.end }),
  },
  {
    key: "contests",
    name: "竞赛场次",
    unit: "场",
    kind: "count",
    programme: "competition",
    higherIsBetter: true,
    value: flow("contests"),
    description: "开始日期在期间内的劳动和技能竞赛",
    targetable: true,
    drill: (c) => q("/competitions", { orgId: c.orgId, from: c.from, to: c.end }),
  },
  {
    key: "entrants",
    name: "参赛人次",
    unit: "人次",
    kind: "count",
    programme: "competition",
    higherIsBetter: true,
    value: flow("entrants"),
    description: "期间内开始的竞赛的参赛记录数（一人参加多个工种计多次）",
    targetable: true,
    drill: (c) => q("/competitions", { orgId: c.orgId, from: c.from, to: c.end }),
  },
  {
    key: "studios",
    name: "创新工作室",
    unit: "个",
    kind: "count",
    programme: "model",
    higherIsBetter: true,
    value: stock("studios"),
    description: "期末已命名且未撤销的劳模、工匠创新工作室和技能大师工作室",
    targetable: true,
    drill: (c) => q("/studios", { orgId: c.orgId, foundedTo: c.end }),
  },
  {
    key: "studios_city_up",
    name: "市级以上工作室",
    unit: "个",
    kind: "count",
    programme: "model",
    higherIsBetter: true,
    value: stock("studios_city_up"),
    description: "期末有效的市级、省级、全国级创新工作室",
    targetable: true,
    drill: (c) => q("/studios", { orgId: c.orgId, foundedTo: c.end }),
  },
  {
    key: "honours",
    name: "荣誉",
    unit: "项",
    kind: "count",
    programme: "model",
    higherIsBetter: true,
    value: annual("honours"),
    description: "期间所在年度授予的荣誉（提名未授予的不计），按年度统计",
    targetable: true,
    drill: (c) => q("/honours", { orgId: c.orgId, yearFrom: c.year, yearTo: c.year, status: "AWARDED" }),
  },
  {
    key: "mw_services",
    name: "劳模服务人次",
    unit: "人次",
    kind: "count",
    programme: "model",
    higherIsBetter: true,
    value: flow("mw_services"),
    description: "期间内为劳模提供的体检、疗休养、服务卡、走访慰问等服务人次",
    targetable: true,
    drill: (c) => q("/honours/services", { orgId: c.orgId, year: c.year }),
  },
  {
    key: "mw_visits",
    name: "劳模工匠助企行",
    unit: "次",
    kind: "count",
    programme: "model",
    higherIsBetter: true,
    value: flow("mw_visits"),
    // Fed by the assist-orders block at the end of this file, and still by activity records of these types.
    description: "助企行工单的上门服务次数，加上此前在工作台账登记的“劳模工匠助企行”类活动次数",
    targetable: true,
    drill: (c) => q("/assist-orders/visits", { orgId: c.orgId, from: c.from, to: c.end }),
  },
  {
    key: "aid_amount",
    name: "帮扶资金发放",
    unit: "元",
    kind: "amount",
    programme: "assistance",
    higherIsBetter: true,
    value: flow("aid_amount"),
    description: "期间内已发放的帮扶救助金额合计（以发放日期计）",
    targetable: true,
    drill: (c) => q("/assistance/grants", { orgId: c.orgId, status: "DISBURSED", year: c.year }),
  },
  {
    key: "aid_budget",
    name: "帮扶资金预算",
    unit: "元",
    kind: "amount",
    programme: "assistance",
    higherIsBetter: null,
    value: annual("aid_budget"),
    description: "期间所在年度各帮扶资金的预算合计",
    targetable: false,
    drill: (c) => q("/assistance/funds", { orgId: c.orgId, year: c.year }),
  },
  {
    key: "aid_execution",
    name: "帮扶资金执行率",
    unit: "%",
    kind: "rate",
    programme: "assistance",
    higherIsBetter: true,
    value: { num: flow("aid_amount"), den: annual("aid_budget") },
    description: "期间内已发放金额 ÷ 年度预算",
    targetable: true,
    drill: (c) => q("/assistance/grants", { orgId: c.orgId, status: "DISBURSED", year: c.year }),
  },
  {
    key: "aid_persons",
    name: "帮扶人次",
    unit: "人次",
    kind: "count",
    programme: "assistance",
    higherIsBetter: true,
    value: flow("aid_persons"),
    description: "期间内已发放的帮扶救助笔数",
    targetable: true,
    drill: (c) => q("/assistance/grants", { orgId: c.orgId, status: "DISBURSED", year: c.year }),
  },
  {
    key: "hardship_open",
    name: "在档困难职工",
    unit: "户",
    kind: "count",
    programme: "assistance",
    higherIsBetter: null,
    value: stock("hardship_open"),
    description: "期末在档的困难职工档案（已解困的在解困日期前计入）",
    targetable: false,
    drill: (c) => q("/assistance/hardship", { orgId: c.orgId, status: "IN_FILE" }),
  },
  {
    key: "hardship_lifted",
    name: "解困脱困",
    unit: "户",
    kind: "count",
    programme: "assistance",
    higherIsBetter: true,
    value: flow("hardship_lifted"),
    description: "期间内办理解困的困难职工档案",
    targetable: true,
    drill: (c) => q("/assistance/hardship", { orgId: c.orgId, status: "LIFTED" }),
  },
  {
    key: "activities",
    name: "工作台账活动",
    unit: "场",
    kind: "count",
    programme: "activity",
    higherIsBetter: true,
    value: flow("activities"),
    description: "期间内举办的台账活动（双进宣讲、送清凉、法律援助等）",
    targetable: true,
    drill: (c) => q("/activities", { orgId: c.orgId, heldFrom: c.from, heldTo: c.end }),
  },
  {
    key: "activity_participants",
    name: "活动参与人次",
    unit: "人次",
    kind: "count",
    programme: "activity",
    higherIsBetter: true,
    value: flow("activity_participants"),
    description: "期间内台账活动登记的参与人数合计",
    targetable: false,
    drill: (c) => q("/activities", { orgId: c.orgId, heldFrom: c.from, heldTo: c.end }),
  },
];

export const INDICATOR_KEYS = INDICATORS.map((i) => i.key) as [string, ...string[]];
export const TARGETABLE_KEYS = INDICATORS.filter((i) => i.targetable).map((i) => i.key) as [string, ...string[]];
// Looked up rather than mapped once: the module blocks at the end of this file add indicators after this line runs.
export const indicatorByKey = (key: string) => INDICATORS.find((i) => i.key === key);

/** For the module blocks at the end of this file: adds indicators and their keys (ranking, targets) together. */
function addIndicators(...added: Indicator[]) {
  INDICATORS.push(...added);
  INDICATOR_KEYS.push(...added.map((i) => i.key));
  TARGETABLE_KEYS.push(...added.filter((i) => i.targetable).map((i) => i.key));
}

/** The cards at the top of the dashboard, in order. */
export const HEADLINE_KEYS = [
  "members",
  "members_nef",
  "unions",
  "unionisation_rate",
  "wage_coverage",
  "contract_coverage",
  "trainees",
  "certificates",
  "contests",
  "entrants",
  "studios",
  "honours",
  "mw_visits",
  "mw_services",
  "aid_amount",
  "aid_persons",
  "hardship_open",
  "hardship_lifted",
  "activities",
];

/** Indicators shown per child organisation (the comparison table and the export). */
export const CHILD_TABLE_KEYS = [
  "members",
  "unions",
  "unionisation_rate",
  "wage_coverage",
  "trainees",
  "certificates",
  "contests",
  "mw_visits",
  "aid_amount",
  "aid_execution",
  "hardship_lifted",
  "activities",
];

/** Monthly trend, one series per programme. */
export const TREND_KEYS = ["members", "trainees", "contests", "mw_services", "aid_amount", "activities"];

// Breakdowns by kind. Labels for enum codes live with their modules; they are
// repeated here only as plain strings so the dashboard does not depend on
// modules that are being written in parallel.
export const TRAINING_TYPE_LABELS: Record<string, string> = {
  APPRENTICESHIP: "企业新型学徒制",
  ENTREPRENEURSHIP: "创业培训",
  SAFETY: "安全技能",
  EMPLOYMENT_SKILLS: "就业技能",
  MIGRANT_UPSKILLING: "农民工技能提升",
  ONLINE: "线上课程",
  EDUCATION_UPGRADE: "学历提升",
};
export const GRANT_KIND_LABELS: Record<string, string> = {
  WARMTH: "送温暖",
  EDUCATION: "金秋助学",
  MEDICAL: "医疗救助",
  LIVING: "生活救助",
  MODEL_WORKER: "困难劳模帮扶",
  OTHER: "其他",
};
export const CONTRACT_KIND_LABELS: Record<string, string> = {
  COMPREHENSIVE: "综合集体合同",
  WAGE: "工资专项集体合同",
  WOMEN: "女职工权益保护专项集体合同",
  REGIONAL: "区域性集体合同",
  INDUSTRY: "行业性集体合同",
};
export const COMPETITION_KIND_LABELS: Record<string, string> = {
  SKILLS: "职业技能竞赛",
  KEY_PROJECT: "重点工程劳动竞赛",
  ANKANG_CUP: "安康杯竞赛",
  OTHER: "其他竞赛",
};
export const LEVEL_LABELS: Record<string, string> = { NATIONAL: "全国级", PROVINCIAL: "省级", CITY: "市级", COUNTY: "县级" };
export const MW_SERVICE_LABELS: Record<string, string> = {
  HEALTH_CHECK: "体检",
  RECUPERATION: "疗休养",
  SERVICE_CARD: "服务卡",
  VISIT: "走访慰问",
  OTHER: "其他",
};

export type Breakdown = {
  key: string;
  title: string;
  programme: ProgrammeKey;
  unit: string;
  kind: IndicatorKind;
  /** Metric prefix: the metric of code X is `${prefix}${X}`. */
  prefix: string;
  measure: Measure;
  /** Known codes and labels; null = codes come from the data (activity types). */
  labels: Record<string, string> | null;
  /** `typeId`: the activity type's id, for the activity list's filter. */
  drill?: (c: DrillContext, code: string, typeId?: number) => string | null;
};

export const BREAKDOWNS: Breakdown[] = [
  {
    key: "member_groups",
    title: "会员群体构成",
    programme: "org",
    unit: "人",
    kind: "count",
    prefix: "members_g:",
    measure: "stock",
    labels: Object.fromEntries(MEMBER_GROUPS.map((g) => [g, MEMBER_GROUP_LABELS[g]])),
    drill: (c, code) => q("/members", { orgId: c.orgId, status: COUNTED_MEMBER_STATUS, group: code, joinedTo: c.end }),
  },
  {
    key: "training_types",
    title: "培训人次（按培训类型）",
    programme: "training",
    unit: "人次",
    kind: "count",
    prefix: "trainees:",
    measure: "flow",
    labels: TRAINING_TYPE_LABELS,
    drill: (c, code) => q("/trainings", { orgId: c.orgId, from: c.from, to: c.end, type: code }),
  },
  {
    key: "competition_kinds",
    title: "竞赛场次（按类别）",
    programme: "competition",
    unit: "场",
    kind: "count",
    prefix: "contests:",
    measure: "flow",
    labels: COMPETITION_KIND_LABELS,
    drill: (c, code) => q("/competitions", { orgId: c.orgId, from: c.from, to: c.end, kind: code }),
  },
  {
    key: "studio_levels",
    title: "创新工作室（按级别）",
    programme: "model",
    unit: "个",
    kind: "count",
    prefix: "studios:",
    measure: "stock",
    labels: LEVEL_LABELS,
    drill: (c, code) => q("/studios", { orgId: c.orgId, level: code, foundedTo: c.end }),
  },
  {
    key: "mw_service_kinds",
    title: "劳模服务（按类别）",
    programme: "model",
    unit: "人次",
    kind: "count",
    prefix: "mw_services:",
    measure: "flow",
    labels: MW_SERVICE_LABELS,
  },
  {
    key: "aid_kinds",
    title: "帮扶资金（按帮扶类别）",
    programme: "assistance",
    unit: "元",
    kind: "amount",
    prefix: "aid_amount:",
    measure: "flow",
    labels: GRANT_KIND_LABELS,
    drill: (c, code) => q("/assistance/grants", { orgId: c.orgId, status: "DISBURSED", year: c.year, kind: code }),
  },
  {
    key: "contract_kinds",
    title: "生效集体合同（按合同类别）",
    programme: "coverage",
    unit: "份",
    kind: "count",
    prefix: "contracts:",
    measure: "stock",
    labels: CONTRACT_KIND_LABELS,
    drill: (c, code) => q("/contracts", { orgId: c.orgId, inForce: "true", kind: code }),
  },
  {
    key: "activity_types",
    title: "台账活动（按活动类型）",
    programme: "activity",
    unit: "场",
    kind: "count",
    prefix: "activities:",
    measure: "flow",
    labels: null,
    drill: (c, _code, typeId) => q("/activities", { orgId: c.orgId, heldFrom: c.from, heldTo: c.end, typeId }),
  },
];

/** Columns of the completeness table: several sources share one column. */
export const ENTRY_COLUMNS: { name: string; sources: string[] }[] = [
  { name: "会员", sources: ["member"] },
  { name: "培训", sources: ["training"] },
  { name: "竞赛", sources: ["competition"] },
  { name: "劳模工匠", sources: ["model", "model_service", "studio"] },
  { name: "帮扶", sources: ["hardship", "grant"] },
  { name: "集体合同", sources: ["contract", "enterprise"] },
  { name: "台账", sources: ["activity"] },
];

// ---------------------------------------------------------------------------
// BEGIN 劳模工匠助企行 orders (lib/assist-orders): visits feed mw_visits above;
// the outcome of closed orders (problems solved, workers trained, benefit) has
// indicators of its own, dated by the day the order was closed.
addIndicators(
  {
    key: "assist_problems",
    name: "助企行解决问题",
    unit: "个",
    kind: "count",
    programme: "model",
    higherIsBetter: true,
    value: flow("assist_problems"),
    description: "期间内办结的助企行工单解决的企业技术难题数（以办结日期计）",
    targetable: true,
    drill: (c) => q("/assist-orders", { orgId: c.orgId, status: "CLOSED", closedFrom: c.from, closedTo: c.end }),
  },
  {
    key: "assist_trained",
    name: "助企行培训职工",
    unit: "人",
    kind: "count",
    programme: "model",
    higherIsBetter: true,
    value: flow("assist_trained"),
    description: "期间内办结的助企行工单为企业培训的职工人数（以办结日期计）",
    targetable: true,
    drill: (c) => q("/assist-orders", { orgId: c.orgId, status: "CLOSED", closedFrom: c.from, closedTo: c.end }),
  },
  {
    key: "assist_benefit",
    name: "助企行经济效益",
    unit: "元",
    kind: "amount",
    programme: "model",
    higherIsBetter: true,
    value: flow("assist_benefit"),
    description: "期间内办结的助企行工单为企业创造的经济效益合计（企业确认，以办结日期计）",
    targetable: false,
    drill: (c) => q("/assist-orders", { orgId: c.orgId, status: "CLOSED", closedFrom: c.from, closedTo: c.end }),
  },
);
HEADLINE_KEYS.splice(HEADLINE_KEYS.indexOf("mw_visits") + 1, 0, "assist_problems", "assist_trained", "assist_benefit");
ENTRY_COLUMNS.find((c) => c.name === "劳模工匠")!.sources.push("assist_order");
// END 劳模工匠助企行 orders
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// BEGIN 维权服务工单 rights cases (lib/rights-cases): counted at the union that
// received the case; on time = closed or referred by its resolve-by day
// (lib/rights-cases/deadlines.ts, stored on the case); 满意率 = follow-ups
// rating 4 or 5 among all follow-ups.
PROGRAMMES.push({ key: "rights", name: "维权服务" });
addIndicators(
  {
    key: "rights_received",
    name: "维权受理",
    unit: "件",
    kind: "count",
    programme: "rights",
    higherIsBetter: null,
    value: flow("rights_received"),
    description: "期间内接收的维权诉求（来访、来电、网上），按接收工会统计",
    targetable: false,
    drill: (c) => q("/rights-cases", { orgId: c.orgId, receivedFrom: c.from, receivedTo: c.end }),
  },
  {
    key: "rights_closed",
    name: "维权办结",
    unit: "件",
    kind: "count",
    programme: "rights",
    higherIsBetter: true,
    value: flow("rights_closed"),
    description: "期间内办结的维权工单（以办结日期计）",
    targetable: true,
    drill: (c) => q("/rights-cases", { orgId: c.orgId, closedFrom: c.from, closedTo: c.end }),
  },
  {
    key: "rights_on_time_rate",
    name: "维权按时办结率",
    unit: "%",
    kind: "rate",
    programme: "rights",
    higherIsBetter: true,
    value: { num: flow("rights_on_time"), den: flow("rights_settled") },
    description: "期间内办结或转办的工单中，在时限内（咨询3个工作日，其他15个工作日）办结或转办的比例",
    targetable: true,
    drill: (c) => q("/rights-cases", { orgId: c.orgId, closedFrom: c.from, closedTo: c.end }),
  },
  {
    key: "rights_recovered",
    name: "追回欠薪等金额",
    unit: "元",
    kind: "amount",
    programme: "rights",
    higherIsBetter: true,
    value: flow("rights_recovered"),
    description: "期间内办结工单为职工追回的工资、补偿等金额（以办结日期计）",
    targetable: false,
    drill: (c) => q("/rights-cases", { orgId: c.orgId, closedFrom: c.from, closedTo: c.end }),
  },
  {
    key: "rights_satisfaction",
    name: "维权回访满意率",
    unit: "%",
    kind: "rate",
    programme: "rights",
    higherIsBetter: true,
    value: { num: flow("rights_satisfied"), den: flow("rights_followed") },
    description: "期间内回访的工单中，职工满意度为4分或5分的比例",
    targetable: true,
    drill: (c) => q("/rights-cases", { orgId: c.orgId, status: "FOLLOWED_UP" }),
  },
);
HEADLINE_KEYS.push("rights_received", "rights_closed", "rights_on_time_rate", "rights_recovered", "rights_satisfaction");
CHILD_TABLE_KEYS.push("rights_received", "rights_on_time_rate");
ENTRY_COLUMNS.push({ name: "维权", sources: ["rights_case"] });
// END 维权服务工单 rights cases
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// BEGIN membership status and 网上入会 (lib/members): retirees who keep
// membership (保留会籍) from their retirement day, counted apart from 在会
// members; online applications by the day they were made and accepted ones by
// the day of acceptance, at the union whose queue they were in.
addIndicators(
  {
    key: "members_retained",
    name: "保留会籍会员",
    unit: "人",
    kind: "count",
    programme: "org",
    higherIsBetter: null,
    value: stock("members_retained"),
    description: "截至期末退休后保留会籍的会员（自退休日期起计），不计入会员数",
    targetable: false,
    drill: (c) => q("/members", { orgId: c.orgId, status: "RETAINED" }),
  },
  {
    key: "join_applications",
    name: "网上入会申请",
    unit: "份",
    kind: "count",
    programme: "org",
    higherIsBetter: null,
    value: flow("join_applications"),
    description: "期间内职工在网上提交的入会申请（已是会员的申请不计），按受理工会统计",
    targetable: false,
    drill: (c) => q("/members/applications", { orgId: c.orgId }),
  },
  {
    key: "join_accepted",
    name: "网上入会同意",
    unit: "人",
    kind: "count",
    programme: "org",
    higherIsBetter: true,
    value: flow("join_accepted"),
    description: "期间内同意入会的网上申请（以同意日期计）",
    targetable: true,
    drill: (c) => q("/members/applications", { orgId: c.orgId, status: "ACCEPTED" }),
  },
);
HEADLINE_KEYS.splice(HEADLINE_KEYS.indexOf("members_nef") + 1, 0, "members_retained", "join_applications", "join_accepted");
// END membership status and 网上入会
// ---------------------------------------------------------------------------
