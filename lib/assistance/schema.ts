import { z, zPage, zPageSize, zUuid, zLockVersion, zPickedId, zSerialId } from "../validation/zod";
import { toFen } from "../money";
import { zMoney, zPositiveMoney } from "../validation/money";
import { FUND_SOURCES, GRANT_KINDS, GRANT_STATUSES, LEDGER_KINDS, type GrantKind } from "./labels";
import { GRANT_ACTIONS } from "./grant-workflow";

/** Blank form fields mean "not given". */
const optional = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => undefined), s]).optional();
const text = (label: string, min: number, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字`).max(max, `${label}不能超过${max}字`);
const zYear = z.coerce.number({ error: "请填写年度" }).int("年度应为整数").min(2000, "年度应在2000–2100之间").max(2100, "年度应在2000–2100之间");
const zVersion = zLockVersion.optional();

// ---------------------------------------------------------------- funds

export const FundCreateSchema = z.strictObject({
  orgId: zPickedId("资金所属工会"),
  year: zYear,
  source: z.enum(FUND_SOURCES, { error: "请选择资金来源" }),
  name: text("资金名称", 2, 100),
  budget: zMoney("年度预算"),
});
export type FundCreateInput = z.infer<typeof FundCreateSchema>;

export const FundUpdateSchema = z.strictObject({
  name: text("资金名称", 2, 100).optional(),
  budget: zMoney("年度预算").optional(),
});
export type FundUpdateInput = z.infer<typeof FundUpdateSchema>;

export const FundListQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  year: zYear.optional(),
  source: z.enum(FUND_SOURCES).optional(),
  /** Only funds that may pay this grant (of the member's union or an organisation above it). */
  forGrant: zUuid().optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type FundListQuery = z.infer<typeof FundListQuerySchema>;

export const AllocationSchema = z.strictObject({
  amount: zPositiveMoney("拨入金额"),
  note: text("资金来源说明", 2, 500),
});
export type AllocationInput = z.infer<typeof AllocationSchema>;

export const ReversalSchema = z.strictObject({
  reason: text("冲正原因", 2, 500),
  version: zVersion,
});
export type ReversalInput = z.infer<typeof ReversalSchema>;

export const LedgerQuerySchema = z.strictObject({
  kind: z.enum(LEDGER_KINDS).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type LedgerQuery = z.infer<typeof LedgerQuerySchema>;

/** Idempotency-Key header: what a client generates once per intended payment and resends on retry. */
export const IdempotencyKeySchema = z
  .string({ error: "发放须带请求头 Idempotency-Key（每笔发放唯一，重试时保持不变）" })
  .regex(/^[A-Za-z0-9_.:-]{8,100}$/, "Idempotency-Key 应为8–100位字母、数字或 _ . : -");

export const FundSchema = z.object({
  id: zUuid(),
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  source: z.enum(FUND_SOURCES),
  name: z.string(),
  budget: z.string(),
  allocated: z.string().describe("拨入净额（拨入减去拨入冲正）"),
  disbursed: z.string().describe("发放净额（发放减去发放冲正）"),
  balance: z.string().describe("余额 = 台账合计"),
  entryCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FundDto = z.infer<typeof FundSchema>;

export const LedgerEntrySchema = z.object({
  id: z.string().describe("台账序号"),
  fundId: zUuid(),
  kind: z.enum(LEDGER_KINDS),
  amount: z.string().describe("带符号金额：拨入为正，发放为负，冲正与原分录相反"),
  balance: z.string().optional().describe("该分录之后的余额"),
  grantId: zUuid().nullable(),
  memberName: z.string().nullable(),
  reversesId: z.string().nullable(),
  reversedById: z.string().nullable(),
  paymentRef: z.string().nullable(),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type LedgerEntryDto = z.infer<typeof LedgerEntrySchema>;

// ---------------------------------------------------------------- grants

/** Kind-specific application facts; stored encrypted, shown only on request. */
export const GrantDetailsSchema = z.strictObject({
  // 金秋助学: the child's admission
  childName: optional(text("子女姓名", 2, 20)),
  school: optional(text("录取学校", 2, 100)),
  admissionYear: optional(z.coerce.number().int("入学年份应为整数").min(2000, "入学年份无效").max(2100, "入学年份无效")),
  major: optional(text("录取专业", 1, 50)),
  admissionNo: optional(text("录取通知书编号", 1, 50)),
  // 医疗救助: the hospital bill
  hospital: optional(text("就诊医院", 2, 100)),
  billTotal: optional(zPositiveMoney("医疗费用总额")),
  selfPaid: optional(zMoney("个人自付金额")),
  diagnosis: optional(text("病情诊断", 1, 200)),
  note: optional(text("补充说明", 1, 1000)),
});
export type GrantDetails = z.infer<typeof GrantDetailsSchema>;

const EDUCATION_FIELDS = ["childName", "school", "admissionYear", "major", "admissionNo"] as const;
const MEDICAL_FIELDS = ["hospital", "billTotal", "selfPaid", "diagnosis"] as const;

/** Field → message for what a kind needs and may not carry; empty when fine. Used by the schema and by updates. */
export function grantDetailsIssues(kind: GrantKind, amount: string | undefined, d: GrantDetails | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const details = d ?? {};
  const need = (k: keyof GrantDetails, msg: string) => {
    if (details[k] === undefined) out[`details.${k}`] = msg;
  };
  const forbid = (keys: readonly (keyof GrantDetails)[]) => {
    for (const k of keys) if (details[k] !== undefined) out[`details.${k}`] = "该救助类别不填写此项";
  };
  if (kind === "EDUCATION") {
    need("childName", "请填写子女姓名");
    need("school", "请填写录取学校");
    need("admissionYear", "请填写入学年份");
  } else if (kind === "EDUCATION_UPGRADE") {
    // 学历提升: the member's own studies — school, programme and year, no child.
    need("school", "请填写就读学校");
    need("major", "请填写就读专业");
    need("admissionYear", "请填写入学年份");
    forbid(["childName", "admissionNo"]);
  } else forbid(EDUCATION_FIELDS);
  if (kind === "MEDICAL") {
    need("hospital", "请填写就诊医院");
    need("billTotal", "请填写医疗费用总额");
    if (details.billTotal && amount && toFen(amount) > toFen(details.billTotal)) out.amount = "救助金额不能超过医疗费用总额";
    if (details.billTotal && details.selfPaid && toFen(details.selfPaid) > toFen(details.billTotal)) out["details.selfPaid"] = "个人自付不能超过费用总额";
  } else forbid(MEDICAL_FIELDS);
  return out;
}

const grantFields = {
  kind: z.enum(GRANT_KINDS, { error: "请选择救助类别" }),
  amount: zPositiveMoney("救助金额"),
  reason: text("申请理由", 2, 500),
};

/** A new grant's fields before the kind's rules (zod refuses .partial on a refined object; the form derives from this). */
export const GrantFieldsSchema = z.strictObject({
  memberId: z.string({ error: "请选择救助对象" }).uuid("请选择救助对象"),
  ...grantFields,
  fileId: optional(z.string().uuid("请选择困难职工档案")),
  details: GrantDetailsSchema.optional(),
});

/** What the kind needs in `details`, and the bill's limit on the amount, as issues on their fields. */
export function addGrantDetailsIssues(v: { kind: GrantKind; amount?: string; details?: GrantDetails }, ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(grantDetailsIssues(v.kind, v.amount, v.details))) {
    ctx.addIssue({ code: "custom", path: path.split("."), message });
  }
}

export const GrantCreateSchema = GrantFieldsSchema.superRefine(addGrantDetailsIssues);
export type GrantCreateInput = z.infer<typeof GrantCreateSchema>;

/** Drafts only. `details` replaces the stored details as a whole; absent keeps them. */
export const GrantUpdateSchema = z.strictObject({
  kind: grantFields.kind.optional(),
  amount: grantFields.amount.optional(),
  reason: grantFields.reason.optional(),
  fileId: z.union([z.literal("").transform(() => null), z.null(), z.string().uuid("请选择困难职工档案")]).optional(),
  details: GrantDetailsSchema.optional(),
  version: zVersion,
});
export type GrantUpdateInput = z.infer<typeof GrantUpdateSchema>;

/** submit, review, approve, start-notice: an optional opinion. */
export const GrantStepSchema = z.strictObject({
  reason: optional(text("意见", 1, 500)),
  version: zVersion,
});
export type GrantStepInput = z.infer<typeof GrantStepSchema>;

/** reject, withdraw, reverse: the reason is required. */
export const GrantReasonSchema = z.strictObject({
  reason: text("原因", 2, 500),
  version: zVersion,
});
export type GrantReasonInput = z.infer<typeof GrantReasonSchema>;

export const GrantDisburseSchema = z.strictObject({
  fundId: z.string({ error: "请选择支出资金" }).uuid("请选择支出资金"),
  paymentRef: z
    .string({ error: "请填写支付凭证号" })
    .trim()
    .min(2, "请填写支付凭证号")
    .max(100, "支付凭证号不能超过100字")
    .regex(/^[\w\-/.#\u4e00-\u9fa5]+$/, "支付凭证号只能包含字母、数字、汉字和 - / . #"),
  version: zVersion,
});
export type GrantDisburseInput = z.infer<typeof GrantDisburseSchema>;

export const GRANT_SORTS = ["-createdAt", "-updatedAt", "-amount", "amount", "memberName"] as const;

export const GrantListQuerySchema = z.strictObject({
  q: z.string().trim().max(20).optional(),
  orgId: zSerialId().optional(),
  memberId: zUuid().optional(),
  fileId: zUuid().optional(),
  fundId: zUuid().optional(),
  status: z.enum(GRANT_STATUSES).optional(),
  kind: z.enum(GRANT_KINDS).optional(),
  year: zYear.optional(),
  sort: z.enum(GRANT_SORTS).default("-createdAt"),
  page: zPage,
  pageSize: zPageSize,
});
export type GrantListQuery = z.infer<typeof GrantListQuerySchema>;

export const GrantExportQuerySchema = GrantListQuerySchema.omit({ sort: true, page: true, pageSize: true });

const person = z.object({ id: zUuid(), name: z.string() }).nullable();

export const GrantSchema = z.object({
  id: zUuid(),
  orgId: z.number().int(),
  orgName: z.string(),
  memberId: zUuid(),
  memberName: z.string(),
  memberIdMasked: z.string(),
  fileId: zUuid().nullable(),
  kind: z.enum(GRANT_KINDS),
  amount: z.string().describe("救助金额（元），两位小数"),
  reason: z.string(),
  hasDetails: z.boolean(),
  channel: z.enum(["STAFF", "MEMBER"]),
  status: z.enum(GRANT_STATUSES),
  year: z.number().int(),
  fundId: zUuid().nullable(),
  fundName: z.string().nullable(),
  noticeStartsOn: z.string().nullable(),
  noticeEndsOn: z.string().nullable(),
  paymentRef: z.string().nullable(),
  decisionReason: z.string().nullable(),
  createdBy: person,
  submittedBy: person,
  reviewedBy: person,
  approvedBy: person,
  disbursedBy: person,
  disbursedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GrantDto = z.infer<typeof GrantSchema>;

export const GrantEventSchema = z.object({
  id: z.string(),
  fromStatus: z.enum(GRANT_STATUSES).nullable(),
  toStatus: z.enum(GRANT_STATUSES),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type GrantEventDto = z.infer<typeof GrantEventSchema>;

export const GrantDetailSchema = GrantSchema.extend({
  events: z.array(GrantEventSchema),
  entries: z.array(LedgerEntrySchema),
  allowedActions: z.array(z.enum(GRANT_ACTIONS)).describe("当前用户此刻可以执行的操作"),
});

export const DisbursementResultSchema = z.object({ grant: GrantSchema, entry: LedgerEntrySchema, replayed: z.boolean() });

// ---------------------------------------------------------------- policies

export const PolicyUpdateSchema = z.strictObject({
  requiresHardshipFile: z.boolean().optional(),
  maxAmount: z.union([z.literal("").transform(() => null), z.null(), zPositiveMoney("单笔上限")]).optional(),
  maxPerHouseholdYear: z.union([z.literal("").transform(() => null), z.null(), zPositiveMoney("每户每年上限")]).optional(),
  noticeDays: z.coerce.number({ error: "请填写公示天数" }).int("公示天数应为整数").min(1, "公示天数至少1天").max(30, "公示天数不超过30天").optional(),
});
export type PolicyUpdateInput = z.infer<typeof PolicyUpdateSchema>;

export const PolicySchema = z.object({
  kind: z.enum(GRANT_KINDS),
  requiresHardshipFile: z.boolean(),
  maxAmount: z.string().nullable(),
  maxPerHouseholdYear: z.string().nullable(),
  noticeDays: z.number().int(),
  updatedAt: z.string(),
});
export type PolicyDto = z.infer<typeof PolicySchema>;

// ---------------------------------------------------------------- queue, summary, reconciliation

export const ScopeQuerySchema = z.strictObject({ orgId: zSerialId().optional() });
export type ScopeQuery = z.infer<typeof ScopeQuerySchema>;

export const SummaryQuerySchema = z.strictObject({
  year: zYear.optional(),
  orgId: zSerialId().optional(),
});
export type SummaryQuery = z.infer<typeof SummaryQuerySchema>;

export const ReconciliationQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  year: zYear.optional(),
});
export type ReconciliationQuery = z.infer<typeof ReconciliationQuerySchema>;
