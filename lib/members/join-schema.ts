import { z, zPage, zPageSize, zPickedId, zSerialId } from "../validation/zod";
import { MEMBER_APPLICATION_STATUSES, MEMBER_GROUPS } from "./labels";
import { zIdNumber, zMemberName, zPhone } from "./schema";

/** The public 网上入会 form. */
export const JoinApplySchema = z.strictObject({
  name: zMemberName,
  idNumber: zIdNumber,
  phone: zPhone,
  employer: z.string({ error: "请填写工作单位或平台" }).trim().min(2, "请填写工作单位或平台（至少2个字）").max(50, "工作单位不能超过50个字"),
  townId: zPickedId("工作所在的镇（街道）"),
  /** Optional: the union the applicant found by name; otherwise the town's union. */
  orgId: zPickedId("工会").optional(),
  groups: z.array(z.enum(MEMBER_GROUPS)).max(MEMBER_GROUPS.length).default([]),
  consent: z.literal(true, { error: "请阅读并同意《个人信息使用说明》" }),
});
export type JoinApplyInput = z.infer<typeof JoinApplySchema>;

export const JOIN_NUMBER_PATTERN = /^RH\d{10}$/;

/** Following an application: its number and the last six characters of the ID number. */
export const JoinStatusQuerySchema = z.strictObject({
  number: z.string({ error: "请填写申请编号" }).trim().toUpperCase().regex(JOIN_NUMBER_PATTERN, "申请编号为RH加10位数字"),
  idTail: z.string({ error: "请填写身份证号后六位" }).trim().toUpperCase().regex(/^\d{5}[\dX]$/, "请填写身份证号后六位"),
});
export type JoinStatusQuery = z.infer<typeof JoinStatusQuerySchema>;

export const JoinUnionQuerySchema = z.strictObject({
  q: z.string({ error: "请输入工会名称" }).trim().min(2, "请至少输入2个字").max(50),
  townId: zSerialId().optional(),
});
export type JoinUnionQuery = z.infer<typeof JoinUnionQuerySchema>;

export const ApplicationListQuerySchema = z.strictObject({
  status: z.enum(MEMBER_APPLICATION_STATUSES).optional(),
  orgId: zSerialId().optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuerySchema>;

export const ApplicationAcceptSchema = z.strictObject({ orgId: zPickedId("入会的工会") });
export type ApplicationAcceptInput = z.infer<typeof ApplicationAcceptSchema>;

export const ApplicationDeclineSchema = z.strictObject({
  reason: z.string({ error: "请填写不同意的原因" }).trim().min(2, "请填写不同意的原因").max(200, "原因不能超过200字"),
});
export type ApplicationDeclineInput = z.infer<typeof ApplicationDeclineSchema>;

export const JoinReceiptSchema = z.object({
  number: z.string().describe("申请编号，凭它和身份证号后六位查询进度"),
  message: z.string(),
});

export const JoinStatusSchema = z.object({
  number: z.string(),
  status: z.enum(MEMBER_APPLICATION_STATUSES),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  message: z.string().describe("给申请人的说明：已是会员时不说明在哪个工会登记"),
  unionName: z.string().nullable().describe("同意入会后所在的工会"),
  declineReason: z.string().nullable(),
});
export type JoinStatusDto = z.infer<typeof JoinStatusSchema>;

export const MemberApplicationSchema = z.object({
  id: z.string().uuid(),
  number: z.string(),
  name: z.string(),
  idMasked: z.string(),
  phone: z.string(),
  employer: z.string(),
  groups: z.array(z.enum(MEMBER_GROUPS)),
  townId: z.number().int(),
  townName: z.string(),
  orgId: z.number().int(),
  orgName: z.string().describe("所在的待办队列：申请人选择的工会，或所在镇（街道）工会"),
  status: z.enum(MEMBER_APPLICATION_STATUSES),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  memberId: z.string().nullable(),
  canDecide: z.boolean(),
});
export type MemberApplicationDto = z.infer<typeof MemberApplicationSchema>;

export const AcceptedApplicationSchema = MemberApplicationSchema.extend({
  activation: z.object({ code: z.string(), expiresAt: z.string(), username: z.string() }).describe("激活码只在此时显示一次，由工会干部交给申请人"),
});
