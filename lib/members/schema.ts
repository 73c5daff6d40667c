import { z, zDate, zPage, zPageSize, zPastDate, zUuid, zPickedId, zSerialId } from "../validation/zod";
import { ID_NUMBER_MESSAGES, parseIdNumber } from "./id-number";
import { MEMBER_GROUPS, MEMBER_STATUS_ALL, MEMBER_STATUSES } from "./labels";

export const zIdNumber = z
  .string({ error: "请填写身份证号" })
  .trim()
  .superRefine((v, ctx) => {
    const r = parseIdNumber(v);
    if (!r.ok) ctx.addIssue({ code: "custom", message: ID_NUMBER_MESSAGES[r.error] });
  });

export const zPhone = z.string({ error: "请填写手机号" }).trim().regex(/^1[3-9]\d{9}$/, "手机号应为11位，以1开头");

export const zMemberName = z
  .string({ error: "请填写姓名" })
  .trim()
  .min(2, "姓名至少2个字")
  .max(20, "姓名不能超过20个字")
  .regex(/^[\u4e00-\u9fa5·A-Za-z]+$/, "姓名只能包含汉字、字母和间隔号“·”");

const memberFields = {
  name: zMemberName,
  idNumber: zIdNumber,
  phone: zPhone,
  joinedOn: zPastDate("入会日期"),
  groups: z.array(z.enum(MEMBER_GROUPS)).max(MEMBER_GROUPS.length).default([]),
  cardNo: z
    .string()
    .trim()
    .regex(/^\d{8,20}$/, "会员服务卡号应为8–20位数字")
    .optional()
    .or(z.literal("").transform(() => undefined)),
};

export const MemberCreateSchema = z.strictObject({
  ...memberFields,
  orgId: zPickedId("所在工会"),
});
export type MemberCreateInput = z.infer<typeof MemberCreateSchema>;

/** The union changes only through a transfer, which keeps history. */
export const MemberUpdateSchema = z.strictObject({
  name: memberFields.name.optional(),
  idNumber: memberFields.idNumber.optional(),
  phone: memberFields.phone.optional(),
  joinedOn: memberFields.joinedOn.optional(),
  groups: z.array(z.enum(MEMBER_GROUPS)).max(MEMBER_GROUPS.length).optional(),
  cardNo: memberFields.cardNo.nullable(),
});
export type MemberUpdateInput = z.infer<typeof MemberUpdateSchema>;

export const MemberTransferSchema = z.strictObject({
  toOrgId: zPickedId("转入工会"),
  transferredOn: zPastDate("转会日期"),
  reason: z.string().trim().max(200, "原因不能超过200字").optional(),
});
export type MemberTransferInput = z.infer<typeof MemberTransferSchema>;

export const MemberLeaveSchema = z.strictObject({
  leftOn: zPastDate("退会日期"),
  reason: z.string({ error: "请填写退会原因" }).trim().min(2, "请填写退会原因").max(200, "原因不能超过200字"),
});
export type MemberLeaveInput = z.infer<typeof MemberLeaveSchema>;

/** 保留会籍: a retiree keeps membership from this day. */
export const MemberRetainSchema = z.strictObject({
  retainedOn: zPastDate("退休日期"),
});
export type MemberRetainInput = z.infer<typeof MemberRetainSchema>;

/** The lapsed-member review: keep (the review date takes them off the list) or confirm leaving. */
export const LapsedReviewSchema = z.strictObject({
  decision: z.enum(["KEEP", "LEAVE"], { error: "请选择保留会籍或按退会处理" }),
  reason: z.string().trim().max(200, "说明不能超过200字").optional(),
});
export type LapsedReviewInput = z.infer<typeof LapsedReviewSchema>;

export const LapsedListQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type LapsedListQuery = z.infer<typeof LapsedListQuerySchema>;

export const LapsedMemberSchema = z.object({
  id: zUuid(),
  name: z.string(),
  idMasked: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  joinedOn: z.string(),
  lastActivityOn: z.string().describe("最近一次工会活动：入会、转会、参加培训或竞赛、申请帮扶、上次复核中最晚的日期"),
});
export type LapsedMemberDto = z.infer<typeof LapsedMemberSchema>;

export const MEMBER_SORTS = ["name", "-name", "joinedOn", "-joinedOn", "-createdAt"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

export const MemberListQuerySchema = z.strictObject({
  q: z.string().trim().max(30).optional(),
  orgId: zSerialId().optional(),
  // Absent: the counted members (在会, COUNTED_MEMBER_STATUS), the same set as
  // 会员数 on 首页 and the dashboard; ALL: every status.
  status: z
    .enum([...MEMBER_STATUSES, MEMBER_STATUS_ALL])
    .optional()
    .describe("会员状态；不填时只列在会会员（与首页、数据看板的会员数同一口径），ALL 为全部状态"),
  group: z.enum(MEMBER_GROUPS).optional(),
  sex: z.enum(["MALE", "FEMALE"]).optional(),
  joinedFrom: zDate("入会起始日期").optional(),
  joinedTo: zDate("入会截止日期").optional(),
  // Default: by name for a name search, otherwise newest first (lib/members/list.ts effectiveSort).
  sort: z.enum(MEMBER_SORTS).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type MemberListQuery = z.infer<typeof MemberListQuerySchema>;

/** Selected rows of a list, comma-separated in one query parameter (a list's "export the selected rows"). */
export const zSelectedIds = z
  .string()
  .transform((v) => v.split(",").filter(Boolean))
  .pipe(z.array(zUuid()).min(1, "请至少选择一条记录").max(500, "一次最多导出所选的500条记录"))
  .describe("只导出所选的记录：以逗号分隔的会员编号，最多500个");

export const MemberExportQuerySchema = MemberListQuerySchema.omit({ sort: true, page: true, pageSize: true }).extend({
  // "import": the import template's columns with full ID numbers (staff only, audited).
  format: z.enum(["list", "import"]).default("list"),
  ids: zSelectedIds.optional(),
});
export type MemberExportQuery = z.infer<typeof MemberExportQuerySchema>;

export const MemberSchema = z.object({
  id: zUuid(),
  name: z.string(),
  idMasked: z.string().describe("脱敏身份证号"),
  birthYear: z.number().int().describe("出生年份。完整出生日期是身份证号的第7至14位，只随经审计的查看完整身份证号给出"),
  sex: z.enum(["MALE", "FEMALE"]),
  phone: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  joinedOn: z.string(),
  status: z.enum(MEMBER_STATUSES),
  groups: z.array(z.enum(MEMBER_GROUPS)),
  cardNo: z.string().nullable(),
  leftOn: z.string().nullable(),
  leftReason: z.string().nullable(),
  retainedOn: z.string().nullable().describe("保留会籍（退休）的日期"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MemberDto = z.infer<typeof MemberSchema>;

/** A member in a list or search: the phone masked (lib/members/phone.ts); the record itself has it whole. */
export const MemberListItemSchema = MemberSchema.omit({ phone: true }).extend({
  phoneMasked: z.string().describe("脱敏手机号（前3位和后4位）；完整号码见会员详情"),
});
export type MemberListItem = z.infer<typeof MemberListItemSchema>;

export const MemberPageSchema = z.object({
  data: z.array(MemberListItemSchema),
  total: z.number().int().describe("符合条件的人数；totalCapped 为 true 时为计数上限（检索 10,000，省、市范围的名册 100,000），实际更多"),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: z.enum(MEMBER_SORTS).describe("实际采用的排序：未指定时，按姓名检索为 name，否则为 -joinedOn"),
});
