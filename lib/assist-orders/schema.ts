// zod schemas of 劳模工匠助企行 orders: shared by the forms and the route handlers.
import { z, zPage, zPageSize, zSerialId } from "../validation/zod";
import { optional, requiredText, text, zCount, zDate, zMoney, zPickedId, zPastDate, zUuid } from "../records/fields";
import { STUDIO_KINDS } from "../studios/labels";
import { ASSIST_SORTS, ASSIST_STATUSES, ASSIST_TRADES, ASSIST_URGENCIES } from "./labels";

const zTrade = z.enum(ASSIST_TRADES, { error: "请选择技术领域（行业）" });
const zPhone = z
  .string({ error: "请填写联系电话" })
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "联系电话应为11位手机号或带区号的固定电话");

export const AssistOrderCreateSchema = z.strictObject({
  enterpriseId: zUuid("企业"),
  /** The union that takes the order; the caller's own when absent. */
  orgId: optional(zPickedId("受理工会")),
  trade: zTrade,
  field: requiredText(100, "技术领域"),
  title: requiredText(100, "问题概述"),
  description: requiredText(2000, "问题描述"),
  urgency: z.enum(ASSIST_URGENCIES, { error: "请选择紧急程度" }).default("NORMAL"),
  preferredStudioKind: optional(z.enum(STUDIO_KINDS, { error: "请选择工作室类型" })),
  contactName: requiredText(50, "联系人"),
  contactPhone: zPhone,
  requestedOn: zPastDate("下单日期"),
});
export type AssistOrderCreateInput = z.infer<typeof AssistOrderCreateSchema>;

export const AssistDispatchSchema = z
  .strictObject({
    memberId: optional(zUuid("劳模工匠")),
    studioId: optional(zUuid("工作室")),
    dispatchedOn: zPastDate("派单日期"),
    note: optional(text(500, "派单说明")),
  })
  .refine((v) => Boolean(v.memberId) !== Boolean(v.studioId), { message: "请选择一位劳模工匠或一个工作室团队（二选一）", path: ["memberId"] });
export type AssistDispatchInput = z.infer<typeof AssistDispatchSchema>;

export const AssistVisitSchema = z.strictObject({
  visitedOn: zPastDate("服务日期"),
  memberIds: z.array(zUuid("服务人员"), { error: "请选择服务人员" }).min(1, "请至少选择一名服务人员").max(10, "服务人员最多10人"),
  hours: z
    .string({ error: "请填写服务时长" })
    .trim()
    .regex(/^\d{1,3}(\.\d)?$/, "服务时长应为不超过一位小数的小时数")
    .refine((h) => Number(h) > 0, "服务时长应大于0"),
  content: optional(text(1000, "服务内容")),
});
export type AssistVisitInput = z.infer<typeof AssistVisitSchema>;

export const AssistCloseSchema = z.strictObject({
  closedOn: zPastDate("办结日期"),
  problemsSolved: zCount("解决问题数", 1000),
  workersTrained: zCount("培训职工人数", 100_000),
  benefit: zMoney("经济效益"),
  rating: z.coerce.number({ error: "请选择企业评价" }).int().min(1, "企业评价为1–5分").max(5, "企业评价为1–5分"),
  outcomeNote: optional(text(1000, "成效说明")),
});
export type AssistCloseInput = z.infer<typeof AssistCloseSchema>;

export const AssistCancelSchema = z.strictObject({ reason: requiredText(200, "撤销原因") });

const filters = {
  q: z.string().trim().max(30).optional(),
  orgId: zSerialId().optional(),
  status: z.enum(ASSIST_STATUSES).optional(),
  trade: zTrade.optional(),
  requestedFrom: zDate("下单日期（起）").optional(),
  requestedTo: zDate("下单日期（止）").optional(),
  closedFrom: zDate("办结日期（起）").optional(),
  closedTo: zDate("办结日期（止）").optional(),
};
export const AssistListQuerySchema = z.strictObject({ ...filters, sort: z.enum(ASSIST_SORTS).default("-requestedOn"), page: zPage, pageSize: zPageSize });
export type AssistListQuery = z.infer<typeof AssistListQuerySchema>;

/** The visits behind the dashboard's 劳模工匠助企行 card. */
export const AssistVisitListQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  from: zDate("服务日期（起）").optional(),
  to: zDate("服务日期（止）").optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type AssistVisitListQuery = z.infer<typeof AssistVisitListQuerySchema>;

// ---- outputs ----

const Assignee = z.object({ kind: z.enum(["MEMBER", "STUDIO"]), id: z.string(), name: z.string(), orgName: z.string() });

export const AssistOrderSchema = z.object({
  id: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  trade: z.enum(ASSIST_TRADES),
  field: z.string(),
  title: z.string(),
  urgency: z.enum(ASSIST_URGENCIES),
  status: z.enum(ASSIST_STATUSES),
  requestedOn: z.string(),
  assignee: Assignee.nullable(),
  visitCount: z.number().int(),
  problemsSolved: z.number().int().nullable(),
  workersTrained: z.number().int().nullable(),
  benefit: z.string().nullable().describe("元，两位小数"),
  rating: z.number().int().nullable(),
  closedOn: z.string().nullable(),
});
export type AssistOrderDto = z.infer<typeof AssistOrderSchema>;

export const AssistVisitDtoSchema = z.object({
  id: z.string(),
  visitedOn: z.string(),
  visitors: z.string(),
  memberIds: z.array(z.string()),
  hours: z.string(),
  content: z.string().nullable(),
});
export type AssistVisitDto = z.infer<typeof AssistVisitDtoSchema>;

export const TimelineItemSchema = z.object({ date: z.string(), kind: z.string(), text: z.string() });
export type TimelineItem = z.infer<typeof TimelineItemSchema>;

export const AssistOrderDetailSchema = AssistOrderSchema.extend({
  description: z.string(),
  preferredStudioKind: z.enum(STUDIO_KINDS).nullable(),
  contactName: z.string(),
  contactPhone: z.string().describe("企业联系人电话（单位联系方式）"),
  dispatchedOn: z.string().nullable(),
  dispatchNote: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  cancelReason: z.string().nullable(),
  visits: z.array(AssistVisitDtoSchema),
  /** Who may be named on a visit: the dispatched person, or the studio's members (lead first). */
  team: z.array(z.object({ id: z.string(), name: z.string() })),
  timeline: z.array(TimelineItemSchema),
});
export type AssistOrderDetail = z.infer<typeof AssistOrderDetailSchema>;

export const AssistTotalsSchema = z.object({
  count: z.number().int(),
  visits: z.number().int(),
  problemsSolved: z.number().int(),
  workersTrained: z.number().int(),
  benefit: z.string(),
});

export const CandidateSchema = z.object({
  kind: z.enum(["MEMBER", "STUDIO"]),
  id: z.string(),
  name: z.string(),
  orgName: z.string(),
  /** 0 same town, 1 same county, 2 same city. */
  distance: z.number().int(),
  fit: z.number().int().describe("与技术领域、工作室类型的匹配得分"),
  reasons: z.array(z.string()),
  openOrders: z.number().int().describe("当前在办的助企行工单数"),
  servedOrders: z.number().int(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const VisitRowSchema = z.object({
  source: z.enum(["ORDER", "ACTIVITY"]),
  id: z.string().describe("工单或工作台账记录的 id"),
  date: z.string(),
  orgName: z.string(),
  title: z.string(),
  visitors: z.string().nullable(),
});
export type VisitRow = z.infer<typeof VisitRowSchema>;
