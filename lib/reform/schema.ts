// zod schemas of the 产改 module: inputs (strict, shared by the forms and the
// server) and the shapes the API answers with (for the OpenAPI document).
import { z, zPage, zPageSize, zSerialId } from "../validation/zod";
import { optional, clearable, requiredText, text, zDate, zPickedId, zUuid, zYear } from "../records/fields";
import { zContactPhone } from "../orgs/schema";
import { TASK_STATUSES, UNIT_KINDS } from "./labels";

const zPercent = z.coerce.number({ error: "请填写完成进度" }).int("完成进度应为整数").min(0, "完成进度不能小于0").max(100, "完成进度不能大于100");
/** A target figure for an indicator-linked task: a positive number with at most 2 decimals, as a string. */
const zFigure = z.string().trim().regex(/^\d{1,12}(\.\d{1,2})?$/, "目标数值应为不超过两位小数的正数").refine((s) => Number(s) > 0, "目标数值应大于0");

const areaNames = z
  .array(requiredText(50, "工程名称"), { error: "请填写工程（行动）" })
  .min(1, "至少填写一个工程（行动）")
  .max(12, "工程（行动）最多12个")
  .refine((a) => new Set(a).size === a.length, "工程（行动）名称不能重复");

export const PlanCreateSchema = z.strictObject({
  orgId: optional(zPickedId("制定单位")),
  year: zYear(),
  title: requiredText(200, "方案名称"),
  areas: areaNames,
});
export type PlanCreateInput = z.infer<typeof PlanCreateSchema>;

export const PlanUpdateSchema = z.strictObject({
  title: requiredText(200, "方案名称").optional(),
  /** The whole list in its new order: kept names keep their tasks; a dropped area must have none. */
  areas: areaNames.optional(),
});
export type PlanUpdateInput = z.infer<typeof PlanUpdateSchema>;

export const PlanListQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  year: zYear().optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type PlanListQuery = z.infer<typeof PlanListQuerySchema>;

const unitFields = {
  name: requiredText(100, "单位名称"),
  kind: z.enum(UNIT_KINDS, { error: "请选择单位类别" }),
  linkedOrgId: zPickedId("对应的工会组织"),
  contactName: text(50, "联系人"),
  contactPhone: zContactPhone,
};
export const UnitCreateSchema = z.strictObject({
  orgId: optional(zPickedId("所属单位")),
  name: unitFields.name,
  kind: unitFields.kind,
  linkedOrgId: optional(unitFields.linkedOrgId),
  contactName: optional(unitFields.contactName),
  contactPhone: optional(unitFields.contactPhone),
});
export type UnitCreateInput = z.infer<typeof UnitCreateSchema>;
export const UnitUpdateSchema = z.strictObject({
  name: unitFields.name.optional(),
  kind: unitFields.kind.optional(),
  linkedOrgId: clearable(unitFields.linkedOrgId),
  contactName: clearable(unitFields.contactName),
  contactPhone: clearable(unitFields.contactPhone),
});
export type UnitUpdateInput = z.infer<typeof UnitUpdateSchema>;
export const UnitListQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  q: z.string().trim().max(30).optional(),
});
export type UnitListQuery = z.infer<typeof UnitListQuerySchema>;

const milestone = z.strictObject({
  dueOn: zDate("节点日期"),
  percent: zPercent,
  description: optional(text(200, "节点说明")),
});
const pilot = z
  .strictObject({ enterpriseId: optional(zUuid("试点企业")), industry: optional(requiredText(100, "试点行业")) })
  .refine((p) => !!p.enterpriseId !== !!p.industry, "试点单位须为一家企业或一个行业");

const taskFields = {
  areaId: zPickedId("所属工程"),
  number: z.coerce.number({ error: "请填写序号" }).int("序号应为整数").min(1, "序号应为正整数").max(999, "序号不超过999"),
  title: requiredText(200, "任务名称"),
  content: text(2000, "任务内容"),
  leadUnitId: zPickedId("牵头单位"),
  unitIds: z.array(zPickedId("责任单位")).max(30, "责任单位最多30个").refine((a) => new Set(a).size === a.length, "责任单位不能重复"),
  pilots: z.array(pilot).max(50, "试点单位最多50个"),
  deadline: zDate("完成时限"),
  milestones: z.array(milestone).max(12, "节点最多12个"),
  target: text(500, "目标"),
  indicatorKey: z.string().trim().max(60),
  indicatorTarget: zFigure,
};

type TaskShape = { deadline?: string; milestones?: { dueOn: string; percent: number }[]; indicatorKey?: string | null; indicatorTarget?: string | null };
/** Milestones lie on or before the deadline, on distinct days, with percents that do not fall. */
function checkTask(t: TaskShape, ctx: z.RefinementCtx) {
  const ms = [...(t.milestones ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  ms.forEach((m, i) => {
    if (t.deadline && m.dueOn > t.deadline) ctx.addIssue({ code: "custom", path: ["milestones"], message: "节点日期不能晚于完成时限" });
    if (i > 0 && ms[i - 1].dueOn === m.dueOn) ctx.addIssue({ code: "custom", path: ["milestones"], message: "节点日期不能重复" });
    if (i > 0 && ms[i - 1].percent > m.percent) ctx.addIssue({ code: "custom", path: ["milestones"], message: "后面节点的进度不能低于前面节点" });
  });
  if (t.indicatorKey && !t.indicatorTarget) ctx.addIssue({ code: "custom", path: ["indicatorTarget"], message: "关联统计指标时请填写目标数值" });
}

export const TaskCreateSchema = z
  .strictObject({
    areaId: taskFields.areaId,
    number: taskFields.number,
    title: taskFields.title,
    content: optional(taskFields.content),
    leadUnitId: taskFields.leadUnitId,
    unitIds: taskFields.unitIds.default([]),
    pilots: taskFields.pilots.default([]),
    deadline: taskFields.deadline,
    milestones: taskFields.milestones.default([]),
    target: optional(taskFields.target),
    indicatorKey: optional(taskFields.indicatorKey),
    indicatorTarget: optional(taskFields.indicatorTarget),
  })
  .superRefine(checkTask);
export type TaskCreateInput = z.infer<typeof TaskCreateSchema>;

export const TaskUpdateSchema = z
  .strictObject({
    areaId: taskFields.areaId.optional(),
    number: taskFields.number.optional(),
    title: taskFields.title.optional(),
    content: clearable(taskFields.content),
    leadUnitId: taskFields.leadUnitId.optional(),
    unitIds: taskFields.unitIds.optional(),
    pilots: taskFields.pilots.optional(),
    deadline: taskFields.deadline.optional(),
    milestones: taskFields.milestones.optional(),
    target: clearable(taskFields.target),
    indicatorKey: clearable(taskFields.indicatorKey),
    indicatorTarget: clearable(taskFields.indicatorTarget),
  })
  .superRefine(checkTask);
export type TaskUpdateInput = z.infer<typeof TaskUpdateSchema>;

export const TaskListQuerySchema = z.strictObject({
  areaId: zSerialId().optional(),
  unitId: zSerialId().optional(),
  status: z.enum(TASK_STATUSES).optional(),
  /** soon: due within 7 days; late: 已滞后 (same as status=LATE). */
  due: z.enum(["soon"]).optional(),
  q: z.string().trim().max(30).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type TaskListQuery = z.infer<typeof TaskListQuerySchema>;

/** Late tasks across the plans in scope (the dashboard's drill-down). */
export const ScopeTaskQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  year: zYear().optional(),
  status: z.enum(TASK_STATUSES).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type ScopeTaskQuery = z.infer<typeof ScopeTaskQuerySchema>;

export const ReportCreateSchema = z.strictObject({
  reportedOn: zDate("填报日期"),
  content: requiredText(2000, "工作进展"),
  /** Required unless the task's progress is counted from a dashboard indicator. */
  percent: optional(zPercent),
  /** Why the percent is lower than the last report's (required then). */
  reason: optional(text(500, "进度下调原因")),
});
export type ReportCreateInput = z.infer<typeof ReportCreateSchema>;

export const CompleteSchema = z.strictObject({ completedOn: zDate("完成日期") });
export type CompleteInput = z.infer<typeof CompleteSchema>;
export const ReopenSchema = z.strictObject({ reason: requiredText(500, "重新打开的原因") });
export type ReopenInput = z.infer<typeof ReopenSchema>;

export const MeetingCreateSchema = z.strictObject({
  heldOn: zDate("会议日期"),
  title: requiredText(200, "会议名称"),
  attendeeUnitIds: z.array(zPickedId("参会单位")).max(60).refine((a) => new Set(a).size === a.length, "参会单位不能重复").default([]),
  minutes: optional(text(5000, "会议纪要")),
  decisions: z
    .array(z.strictObject({ content: requiredText(1000, "议定事项"), ownerUnitId: zPickedId("责任单位"), dueOn: zDate("办结时限") }))
    .max(30, "议定事项最多30项")
    .default([]),
});
export type MeetingCreateInput = z.infer<typeof MeetingCreateSchema>;
export const DecisionUpdateSchema = z.strictObject({ doneOn: z.union([zDate("办结日期"), z.null()]) });
export type DecisionUpdateInput = z.infer<typeof DecisionUpdateSchema>;

// ── Answers ──
const UnitRef = z.object({ id: z.number().int(), name: z.string() });
export const AreaSchema = z.object({ id: z.number().int(), name: z.string(), sort: z.number().int() });
export const PlanSchema = z.object({
  id: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  title: z.string(),
  areas: z.array(AreaSchema),
  counts: z.object({ total: z.number().int(), completed: z.number().int(), late: z.number().int(), inProgress: z.number().int(), notStarted: z.number().int() }).describe("任务按状态计数（按当天推算）"),
  canManage: z.boolean().describe("调用者能否维护方案、任务并确认完成"),
});
export type PlanDto = z.infer<typeof PlanSchema>;
/** What a partner-unit account sees of a plan: its headings only. */
export const PlanHeadingSchema = PlanSchema.pick({ id: true, orgName: true, year: true, title: true, areas: true });

export const AttachmentRefSchema = z.object({ id: z.string(), fileName: z.string(), size: z.number().int(), mimeType: z.string(), createdAt: z.string() });
export const ReportSchema = z.object({
  id: z.string(),
  reportedOn: z.string(),
  content: z.string(),
  percent: z.number().int().nullable(),
  reason: z.string().nullable(),
  unitName: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  attachments: z.array(AttachmentRefSchema),
});
export type ReportDto = z.infer<typeof ReportSchema>;

export const TaskRowSchema = z.object({
  id: z.string(),
  planId: z.string(),
  areaId: z.number().int(),
  areaName: z.string(),
  number: z.number().int(),
  title: z.string(),
  leadUnit: UnitRef,
  units: z.array(UnitRef),
  deadline: z.string(),
  percent: z.number().int(),
  status: z.enum(TASK_STATUSES),
  expectedPercent: z.number().int().describe("按已过节点应达到的进度"),
  dueSoon: z.boolean(),
  lastReportOn: z.string().nullable(),
  lastReport: z.string().nullable().describe("最近一次填报的进展（摘要）"),
  indicatorKey: z.string().nullable(),
});
export type TaskRow = z.infer<typeof TaskRowSchema>;

export const TaskDetailSchema = TaskRowSchema.extend({
  planTitle: z.string(),
  planYear: z.number().int(),
  planOrgName: z.string(),
  content: z.string().nullable(),
  target: z.string().nullable(),
  pilots: z.array(z.object({ id: z.number().int(), enterpriseId: z.string().nullable(), name: z.string() })),
  milestones: z.array(z.object({ dueOn: z.string(), percent: z.number().int(), description: z.string().nullable() })),
  indicator: z.object({ key: z.string(), name: z.string(), unit: z.string(), figure: z.number().nullable(), target: z.string() }).nullable(),
  completedOn: z.string().nullable(),
  reports: z.array(ReportSchema),
  events: z.array(z.object({ action: z.string(), reason: z.string().nullable(), on: z.string(), createdAt: z.string() })),
  canReport: z.boolean(),
  canManage: z.boolean(),
});
export type TaskDetail = z.infer<typeof TaskDetailSchema>;

export const UnitSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  linkedOrgId: z.number().int().nullable(),
  linkedOrgName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type UnitDto = z.infer<typeof UnitSchema>;

export const UnitSummarySchema = z.object({
  unit: UnitRef,
  lead: z.number().int(),
  responsible: z.number().int(),
  completed: z.number().int(),
  ongoing: z.number().int(),
  late: z.number().int(),
  lastReportOn: z.string().nullable(),
});
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

export const DecisionSchema = z.object({
  id: z.number().int(),
  content: z.string(),
  ownerUnit: UnitRef,
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  status: z.enum(["DONE", "LATE", "OPEN"]),
  meetingId: z.string(),
});
export type DecisionDto = z.infer<typeof DecisionSchema>;
export const MeetingSchema = z.object({
  id: z.string(),
  planId: z.string(),
  heldOn: z.string(),
  title: z.string(),
  attendees: z.array(UnitRef),
  minutes: z.string().nullable(),
  decisions: z.array(DecisionSchema),
});
export type MeetingDto = z.infer<typeof MeetingSchema>;

export const ReformSummaryQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  year: zYear().optional(),
});
export const ReformSummarySchema = z.object({
  orgId: z.number().int(),
  year: z.number().int(),
  total: z.number().int(),
  completed: z.number().int(),
  late: z.number().int(),
  inProgress: z.number().int(),
  notStarted: z.number().int(),
  completionRate: z.number().nullable().describe("已完成任务占比（%），无任务时为 null"),
});
