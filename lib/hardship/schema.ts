import { z, zPage, zPageSize, zPastDate, zUuid, zLockVersion, zSerialId } from "../validation/zod";
import { zMoney } from "../validation/money";
import { HARDSHIP_CATEGORIES, HARDSHIP_CAUSES, HARDSHIP_STATUSES, VISIT_CONCLUSIONS } from "./labels";

/** Blank form fields mean "not given". */
const optional = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => undefined), s]).optional();

const narrative = z.string().trim().max(2000, "情况说明不能超过2000字");

const fileFields = {
  category: z.enum(HARDSHIP_CATEGORIES, { error: "请选择困难类别" }),
  cause: z.enum(HARDSHIP_CAUSES, { error: "请选择致困原因" }),
  householdSize: z.coerce.number({ error: "请填写家庭人口" }).int("家庭人口应为整数").min(1, "家庭人口至少1人").max(20, "家庭人口不超过20人"),
  householdIncome: zMoney("家庭年收入"),
};

export const HardshipFileCreateSchema = z.strictObject({
  memberId: z.string({ error: "请选择职工" }).uuid("请选择职工"),
  ...fileFields,
  /** Narrative hardship and medical details: stored encrypted, shown only on request. */
  details: optional(narrative),
});
export type HardshipFileCreateInput = z.infer<typeof HardshipFileCreateSchema>;

export const HardshipFileUpdateSchema = z.strictObject({
  category: fileFields.category.optional(),
  cause: fileFields.cause.optional(),
  householdSize: fileFields.householdSize.optional(),
  householdIncome: fileFields.householdIncome.optional(),
  /** Absent or blank: unchanged (the stored text is never sent to the form); null: cleared. */
  details: z.union([z.literal("").transform(() => undefined), z.null(), narrative]).optional(),
  version: zLockVersion.optional(),
});
export type HardshipFileUpdateInput = z.infer<typeof HardshipFileUpdateSchema>;

export const HardshipStatusSchema = z.strictObject({
  status: z.enum(["IN_FILE", "LIFTED", "CLOSED"], { error: "请选择新的档案状态" }),
  reason: optional(z.string().trim().min(2, "请填写原因").max(500, "原因不能超过500字")),
  version: zLockVersion.optional(),
});
export type HardshipStatusInput = z.infer<typeof HardshipStatusSchema>;

export const HardshipVisitSchema = z.strictObject({
  visitedOn: zPastDate("走访日期"),
  visitors: z.string({ error: "请填写走访人员" }).trim().min(2, "请填写走访人员").max(200, "走访人员不能超过200字"),
  findings: optional(z.string().trim().max(2000, "核实情况不能超过2000字")),
  conclusion: z.enum(VISIT_CONCLUSIONS, { error: "请选择核实结论" }),
});
export type HardshipVisitInput = z.infer<typeof HardshipVisitSchema>;

export const HARDSHIP_SORTS = ["-createdAt", "lastVerifiedOn", "-lastVerifiedOn", "memberName"] as const;

export const HardshipListQuerySchema = z.strictObject({
  q: z.string().trim().max(20).optional(),
  orgId: zSerialId().optional(),
  memberId: zUuid().optional(),
  status: z.enum(HARDSHIP_STATUSES).optional(),
  category: z.enum(HARDSHIP_CATEGORIES).optional(),
  cause: z.enum(HARDSHIP_CAUSES).optional(),
  /** "1": only files due for the annual re-check (复核到期). */
  reviewDue: z.enum(["1"]).optional(),
  sort: z.enum(HARDSHIP_SORTS).default("-createdAt"),
  page: zPage,
  pageSize: zPageSize,
});
export type HardshipListQuery = z.infer<typeof HardshipListQuerySchema>;

export const HardshipExportQuerySchema = HardshipListQuerySchema.omit({ sort: true, page: true, pageSize: true });

export const HardshipFileSchema = z.object({
  id: zUuid(),
  orgId: z.number().int(),
  orgName: z.string(),
  memberId: zUuid(),
  memberName: z.string(),
  memberIdMasked: z.string().describe("脱敏身份证号"),
  category: z.enum(HARDSHIP_CATEGORIES),
  cause: z.enum(HARDSHIP_CAUSES),
  householdSize: z.number().int(),
  householdIncome: z.string().describe("家庭年收入（元），两位小数"),
  status: z.enum(HARDSHIP_STATUSES),
  statusReason: z.string().nullable(),
  statusOn: z.string().nullable(),
  lastVerifiedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable().describe("下次复核日期（末次核实满12个月）"),
  reviewDue: z.boolean(),
  hasDetails: z.boolean().describe("是否有困难情况说明（加密保存，需单独申请查看）"),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HardshipFileDto = z.infer<typeof HardshipFileSchema>;

export const HardshipVisitDtoSchema = z.object({
  id: zUuid(),
  visitedOn: z.string(),
  visitors: z.string(),
  conclusion: z.enum(VISIT_CONCLUSIONS),
  hasFindings: z.boolean(),
  createdAt: z.string(),
});
export type HardshipVisitDto = z.infer<typeof HardshipVisitDtoSchema>;

export const HardshipFileDetailSchema = HardshipFileSchema.extend({
  visits: z.array(HardshipVisitDtoSchema),
  grants: z.array(z.object({ id: zUuid(), kind: z.string(), amount: z.string(), status: z.string(), year: z.number().int() })),
});

export const HardshipRevealSchema = z.object({
  details: z.string().nullable(),
  visits: z.array(z.object({ id: zUuid(), findings: z.string().nullable() })),
});
