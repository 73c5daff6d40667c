// Inputs and outputs of the trainings module (技能培训): sessions and their
// enrolments. One schema per input, shared by the forms and the route handlers.
import { z, zDate, zPage, zPageSize, zUuid, zPickedId, zSerialId } from "../validation/zod";
import {
  CERTIFICATE_LEVELS,
  ENROLMENT_OUTCOMES,
  OUTCOMES_NEEDING_ATTENDANCE,
  TRAINING_MODES,
  TRAINING_TYPES,
  type CertificateLevel,
  type EnrolmentOutcome,
} from "./labels";

/** Optional on create: a blank form field means "not given". */
const optional = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => undefined), s]).optional();
/** On update a blank (or null) clears the stored value; absent leaves it alone. */
const clearable = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => null), z.null(), s]).optional();
const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过${max}个字`);
const requiredText = (min: number, max: number, label: string) =>
  z.string({ error: `请填写${label}` }).trim().min(min, min > 1 ? `${label}至少${min}个字` : `请填写${label}`).max(max, `${label}不能超过${max}个字`);

/** Hours with at most one decimal, e.g. 16 or 2.5 (numeric(6,1)); travels as a number. */
export const zHours = (label: string) =>
  z
    .union([z.number(), z.string()], { error: `请填写${label}` })
    .transform((v) => String(v).trim())
    .pipe(
      z
        .string()
        .regex(/^\d{1,4}(\.\d)?$/, `${label}应为数字，最多一位小数`)
        .refine((s) => Number(s) > 0, `${label}应大于0`)
        .transform(Number),
    );

/**
 * Money travels as a string with at most two decimals ("1234.50"), never a
 * float; the column is numeric(12,2).
 */
export const zMoney = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, `${label}应为不超过两位小数的金额（元）`)
    .refine((s) => Number(s) > 0, `${label}应大于0`);

const zCount = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(min, min > 0 ? `${label}至少为${min}` : `${label}不能为负`).max(max, `${label}不能超过${max.toLocaleString("zh-CN")}`);


// ---------------------------------------------------------------- sessions

const sessionFields = {
  orgId: zPickedId("举办组织"),
  title: requiredText(2, 200, "培训名称"),
  type: z.enum(TRAINING_TYPES, { error: "请选择培训类型" }),
  organiser: requiredText(2, 100, "承办单位"),
  startsOn: zDate("开始日期"),
  endsOn: zDate("结束日期"),
  hours: zHours("培训学时"),
  mode: z.enum(TRAINING_MODES, { error: "请选择培训方式" }),
  place: text(200, "培训地点"),
  capacity: zCount("计划人数", 1, 100_000),
  extraParticipants: zCount("非会员参训人数", 0, 1_000_000),
  notes: text(1000, "备注"),
};

type SessionShape = { startsOn?: string; endsOn?: string; mode?: string; place?: string | null };

/** Rules across fields, applied to the create input and to the merged record on update. */
export function sessionProblems(v: SessionShape): Record<string, string> {
  const out: Record<string, string> = {};
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) out.endsOn = "结束日期不能早于开始日期";
  if (v.mode === "ONSITE" && !v.place) out.place = "线下培训请填写培训地点";
  return out;
}

const addProblems = (problems: Record<string, string>, ctx: z.RefinementCtx) => {
  for (const [path, message] of Object.entries(problems)) ctx.addIssue({ code: "custom", path: [path], message });
};

export const TrainingCreateSchema = z
  .strictObject({
    orgId: sessionFields.orgId,
    title: sessionFields.title,
    type: sessionFields.type,
    organiser: sessionFields.organiser,
    startsOn: sessionFields.startsOn,
    endsOn: sessionFields.endsOn,
    hours: sessionFields.hours,
    mode: sessionFields.mode.default("ONSITE"),
    place: optional(sessionFields.place),
    capacity: optional(sessionFields.capacity),
    extraParticipants: sessionFields.extraParticipants.default(0),
    notes: optional(sessionFields.notes),
  })
  .superRefine((v, ctx) => addProblems(sessionProblems(v), ctx));
export type TrainingCreateInput = z.infer<typeof TrainingCreateSchema>;

export const TrainingUpdateSchema = z
  .strictObject({
    orgId: sessionFields.orgId.optional(),
    title: sessionFields.title.optional(),
    type: sessionFields.type.optional(),
    organiser: sessionFields.organiser.optional(),
    startsOn: sessionFields.startsOn.optional(),
    endsOn: sessionFields.endsOn.optional(),
    hours: sessionFields.hours.optional(),
    mode: sessionFields.mode.optional(),
    place: clearable(sessionFields.place),
    capacity: clearable(sessionFields.capacity),
    extraParticipants: sessionFields.extraParticipants.optional(),
    notes: clearable(sessionFields.notes),
  })
  .superRefine((v, ctx) => {
    // Only what can be judged from the patch itself; the server re-checks the merged record.
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "结束日期不能早于开始日期" });
  });
export type TrainingUpdateInput = z.infer<typeof TrainingUpdateSchema>;

export const TRAINING_SORTS = ["startsOn", "-startsOn", "title", "-title", "-createdAt"] as const;

const listFilters = {
  q: z.string().trim().max(50).optional(),
  orgId: zSerialId().optional(),
  type: z.enum(TRAINING_TYPES).optional(),
  mode: z.enum(TRAINING_MODES).optional(),
  from: zDate("起始日期").optional(),
  to: zDate("截止日期").optional(),
};

export const TrainingListQuerySchema = z.strictObject({
  ...listFilters,
  sort: z.enum(TRAINING_SORTS).default("-startsOn"),
  page: zPage,
  pageSize: zPageSize,
});
export type TrainingListQuery = z.infer<typeof TrainingListQuerySchema>;
export const TrainingExportQuerySchema = z.strictObject(listFilters);
export type TrainingFilters = z.infer<typeof TrainingExportQuerySchema>;

export const TrainingSchema = z.object({
  id: zUuid(),
  orgId: z.number().int(),
  orgName: z.string(),
  title: z.string(),
  type: z.enum(TRAINING_TYPES),
  organiser: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  hours: z.number(),
  mode: z.enum(TRAINING_MODES),
  place: z.string().nullable(),
  capacity: z.number().int().nullable(),
  extraParticipants: z.number().int().describe("非会员参训人数（未登记为会员的参训者）"),
  enrolledCount: z.number().int().describe("参训会员数（报名登记的会员）"),
  participantCount: z.number().int().describe("参训人次 = 参训会员数 + 非会员参训人数"),
  certifiedCount: z.number().int().describe("取得职业资格证书人数"),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TrainingDto = z.infer<typeof TrainingSchema>;

export const TrainingTotalsSchema = z.object({
  sessions: z.number().int(),
  enrolled: z.number().int().describe("参训会员（人次）"),
  extraParticipants: z.number().int().describe("非会员参训人数"),
  participants: z.number().int().describe("参训人次 = 参训会员 + 非会员，不重复计算"),
  certified: z.number().int().describe("取得职业资格证书人数"),
  subsidies: z.number().int().describe("发放学历提升补助人数"),
  subsidyAmount: z.string().describe("学历提升补助金额合计（元）"),
});
export type TrainingTotals = z.infer<typeof TrainingTotalsSchema>;

// ---------------------------------------------------------------- enrolments

type OutcomeShape = {
  attended?: boolean;
  outcome?: EnrolmentOutcome;
  certificateLevel?: CertificateLevel | null;
  certificateNo?: string | null;
  subsidyAmount?: string | null;
};

/** The outcome decides which of certificate and subsidy may (and must) be filled in. */
export function outcomeProblems(v: OutcomeShape): Record<string, string> {
  const out: Record<string, string> = {};
  if (v.outcome === "CERTIFIED") {
    if (!v.certificateLevel) out.certificateLevel = "请选择证书等级";
    if (!v.certificateNo) out.certificateNo = "请填写证书编号";
  } else {
    if (v.certificateLevel) out.certificateLevel = "只有“取得职业资格证书”时才填写证书等级";
    if (v.certificateNo) out.certificateNo = "只有“取得职业资格证书”时才填写证书编号";
  }
  if (v.outcome === "SUBSIDY_GRANTED") {
    if (!v.subsidyAmount) out.subsidyAmount = "请填写补助金额";
  } else if (v.subsidyAmount) {
    out.subsidyAmount = "只有“学历提升补助”时才填写补助金额";
  }
  if (v.outcome && OUTCOMES_NEEDING_ATTENDANCE.includes(v.outcome) && v.attended === false) {
    out.attended = "结业、取证或领取补助的学员应为“已参训”";
  }
  return out;
}

const enrolmentFields = {
  attended: z.boolean({ error: "请选择是否参训" }),
  attendedHours: zHours("参训学时"),
  outcome: z.enum(ENROLMENT_OUTCOMES, { error: "请选择培训结果" }),
  certificateLevel: z.enum(CERTIFICATE_LEVELS, { error: "请选择证书等级" }),
  certificateNo: z.string().trim().min(1, "请填写证书编号").max(50, "证书编号不能超过50个字").regex(/^[0-9A-Za-z-]+$/, "证书编号只能包含字母、数字和“-”"),
  subsidyAmount: zMoney("补助金额"),
};

export const EnrolmentCreateSchema = z
  .strictObject({
    memberId: zUuid("会员"),
    attended: enrolmentFields.attended.default(true),
    attendedHours: optional(enrolmentFields.attendedHours),
    outcome: enrolmentFields.outcome.default("ENROLLED"),
    certificateLevel: optional(enrolmentFields.certificateLevel),
    certificateNo: optional(enrolmentFields.certificateNo),
    subsidyAmount: optional(enrolmentFields.subsidyAmount),
  })
  .superRefine((v, ctx) => addProblems(outcomeProblems(v), ctx));
export type EnrolmentCreateInput = z.infer<typeof EnrolmentCreateSchema>;

/** Several members at once, from the member list's selection. */
export const EnrolmentBatchSchema = z.strictObject({
  memberIds: z.array(zUuid("会员")).min(1, "请至少选择一名会员").max(200, "一次最多登记200名会员"),
});
export type EnrolmentBatchInput = z.infer<typeof EnrolmentBatchSchema>;
export const EnrolmentBatchResultSchema = z.object({
  enrolled: z.number().int().describe("新登记的学员数"),
  alreadyEnrolled: z.number().int().describe("已在名单中、未重复登记的人数"),
});

/**
 * The member of an enrolment never changes: remove it and enrol the right
 * person. A patch is checked for what it says itself (a field it sends that
 * the outcome forbids or needs); the server checks the merged record.
 */
export const EnrolmentUpdateSchema = z
  .strictObject({
    attended: enrolmentFields.attended.optional(),
    attendedHours: clearable(enrolmentFields.attendedHours),
    outcome: enrolmentFields.outcome.optional(),
    certificateLevel: clearable(enrolmentFields.certificateLevel),
    certificateNo: clearable(enrolmentFields.certificateNo),
    subsidyAmount: clearable(enrolmentFields.subsidyAmount),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === undefined) return;
    for (const [path, message] of Object.entries(outcomeProblems(v))) {
      if (path in v) ctx.addIssue({ code: "custom", path: [path], message });
    }
  });
export type EnrolmentUpdateInput = z.infer<typeof EnrolmentUpdateSchema>;

export const ENROLMENT_SORTS = ["name", "-name", "-createdAt"] as const;
const enrolmentFilters = {
  q: z.string().trim().max(30).optional(),
  outcome: z.enum(ENROLMENT_OUTCOMES).optional(),
};
export const EnrolmentListQuerySchema = z.strictObject({
  ...enrolmentFilters,
  sort: z.enum(ENROLMENT_SORTS).default("name"),
  page: zPage,
  pageSize: zPageSize,
});
export type EnrolmentListQuery = z.infer<typeof EnrolmentListQuerySchema>;

/**
 * `format=import` gives the import template's columns with full ID numbers,
 * for staff only and audited as a reveal; the default shows them masked.
 */
export const EnrolmentExportQuerySchema = z.strictObject({
  ...enrolmentFilters,
  format: z.enum(["list", "import"]).default("list"),
});
export type EnrolmentExportQuery = z.infer<typeof EnrolmentExportQuerySchema>;

export const EnrolmentSchema = z.object({
  id: zUuid(),
  sessionId: zUuid(),
  memberId: zUuid(),
  memberName: z.string(),
  idMasked: z.string().describe("脱敏身份证号"),
  memberOrgName: z.string(),
  attended: z.boolean(),
  attendedHours: z.number().nullable(),
  outcome: z.enum(ENROLMENT_OUTCOMES),
  certificateLevel: z.enum(CERTIFICATE_LEVELS).nullable(),
  certificateNo: z.string().nullable(),
  subsidyAmount: z.string().nullable().describe("补助金额（元），两位小数的字符串"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EnrolmentDto = z.infer<typeof EnrolmentSchema>;

export const TrainingDetailSchema = TrainingSchema.extend({
  outcomes: z.record(z.enum(ENROLMENT_OUTCOMES), z.number().int()).describe("各培训结果的人数"),
  subsidyAmount: z.string().describe("本次培训学历提升补助合计（元）"),
});
export type TrainingDetail = z.infer<typeof TrainingDetailSchema>;
