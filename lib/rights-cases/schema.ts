// zod schemas of 维权服务工单 (rights cases): shared by the forms and the route handlers.
import { z, zPage, zPageSize, zSerialId } from "../validation/zod";
import { optional, requiredText, text, zCount, zDate, zMoney, zPickedId, zPastDate, zUuid } from "../records/fields";
import { RIGHTS_CHANNELS, RIGHTS_KINDS, RIGHTS_REFERRALS, RIGHTS_STATUSES } from "./labels";

const zKind = z.enum(RIGHTS_KINDS, { error: "请选择诉求类别" });
const facts = requiredText(4000, "案情");
const zMobile = z.string({ error: "请填写联系电话" }).trim().regex(/^1\d{10}$/, "联系电话应为11位手机号");

export const RightsCaseCreateSchema = z
  .strictObject({
    memberId: optional(zUuid("会员")),
    applicantName: optional(requiredText(50, "姓名")),
    applicantPhone: optional(zMobile),
    kind: zKind,
    channel: z.enum(RIGHTS_CHANNELS, { error: "请选择来源渠道" }),
    facts,
    workers: zCount("涉及职工人数", 100_000).refine((n) => n >= 1, "涉及职工人数至少为1").default(1),
    receivedOn: zPastDate("接收日期"),
    receivingOrgId: optional(zPickedId("接收工会")),
  })
  .refine((v) => Boolean(v.memberId) || (Boolean(v.applicantName) && Boolean(v.applicantPhone)), {
    message: "请选择会员，或填写非会员职工的姓名和手机号",
    path: ["memberId"],
  });
export type RightsCaseCreateInput = z.infer<typeof RightsCaseCreateSchema>;

/** A member opening a case from their own pages: the rest comes from the session. */
export const OwnRightsCaseCreateSchema = z.strictObject({
  kind: zKind,
  facts,
  workers: zCount("涉及职工人数", 100_000).refine((n) => n >= 1, "涉及职工人数至少为1").default(1),
});
export type OwnRightsCaseCreateInput = z.infer<typeof OwnRightsCaseCreateSchema>;

export const RightsAcceptSchema = z.strictObject({ acceptedOn: zPastDate("受理日期") });
export const RightsHandoverSchema = z.strictObject({ toOrgId: zPickedId("移交工会"), on: zPastDate("移交日期"), note: optional(text(200, "移交说明")) });
export const RightsReferSchema = z.strictObject({
  referral: z.enum(RIGHTS_REFERRALS, { error: "请选择转办机构" }),
  referralRef: requiredText(100, "转办文号或编号"),
  on: zPastDate("转办日期"),
});
export const RightsCloseSchema = z.strictObject({
  closedOn: zPastDate("办结日期"),
  outcome: requiredText(2000, "办理结果"),
  moneyRecovered: optional(zMoney("追回金额")),
  workers: optional(zCount("涉及职工人数", 100_000)),
});
export type RightsCloseInput = z.infer<typeof RightsCloseSchema>;
export const RightsFollowUpSchema = z.strictObject({
  followedUpOn: zPastDate("回访日期"),
  satisfaction: z.coerce.number({ error: "请选择满意度" }).int().min(1, "满意度为1–5分").max(5, "满意度为1–5分"),
});

export const RightsListQuerySchema = z.strictObject({
  q: z.string().trim().max(30).optional(),
  orgId: zSerialId().optional(),
  kind: zKind.optional(),
  status: z.enum(RIGHTS_STATUSES).optional(),
  channel: z.enum(RIGHTS_CHANNELS).optional(),
  /** Cases past a time limit today. */
  overdue: z.enum(["true"]).optional(),
  /** The caller's queue: cases their own union handles, and the overdue cases of the unions directly below. */
  queue: z.enum(["mine"]).optional(),
  receivedFrom: zDate("接收日期（起）").optional(),
  receivedTo: zDate("接收日期（止）").optional(),
  closedFrom: zDate("办结日期（起）").optional(),
  closedTo: zDate("办结日期（止）").optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type RightsListQuery = z.infer<typeof RightsListQuerySchema>;

// ---- outputs: never the facts, the outcome text or a phone ----

export const RightsCaseSchema = z.object({
  id: z.string(),
  receivingOrgId: z.number().int(),
  receivingOrgName: z.string(),
  handlingOrgId: z.number().int(),
  handlingOrgName: z.string(),
  applicantName: z.string().describe("领导账号看到的是脱敏姓名"),
  isMember: z.boolean(),
  kind: z.enum(RIGHTS_KINDS),
  channel: z.enum(RIGHTS_CHANNELS),
  status: z.enum(RIGHTS_STATUSES),
  workers: z.number().int(),
  receivedOn: z.string(),
  acknowledgeBy: z.string(),
  resolveBy: z.string(),
  overdue: z.boolean(),
  acceptedOn: z.string().nullable(),
  referral: z.enum(RIGHTS_REFERRALS).nullable(),
  referralRef: z.string().nullable(),
  closedOn: z.string().nullable(),
  workingDaysToClose: z.number().int().nullable(),
  onTime: z.boolean().nullable(),
  moneyRecovered: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
});
export type RightsCaseDto = z.infer<typeof RightsCaseSchema>;

export const RightsEventSchema = z.object({ on: z.string(), action: z.string(), text: z.string() });
export const RightsCaseDetailSchema = RightsCaseSchema.extend({ events: z.array(RightsEventSchema) });
export type RightsCaseDetail = z.infer<typeof RightsCaseDetailSchema>;
export const RightsFactsSchema = z.object({ facts: z.string(), outcome: z.string().nullable(), phone: z.string().nullable() });

export const RightsTotalsSchema = z.object({
  count: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
  onTimeRate: z.number().nullable(),
  moneyRecovered: z.string(),
  avgSatisfaction: z.number().nullable(),
});
