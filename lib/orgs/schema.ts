import { z, zDate, zPage, zPageSize, zPickedId, zSerialId } from "../validation/zod";
import { KINDS_BY_LEVEL, ORG_KINDS, ORG_LEVELS, ORG_STATUSES, needsDivisionCode, type OrgKind, type OrgLevel } from "./labels";

const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过${max}个字`);

/** Optional on create: a blank form field means "not given". */
const optional = <T extends z.ZodType>(s: T) => z.union([z.literal("").transform(() => undefined), s]).optional();
/** On update a blank (or null) clears the stored value; absent leaves it alone. */
const clearable = <T extends z.ZodType>(s: T) =>
  z.union([z.literal("").transform(() => null), z.null(), s]).optional();

export const DIVISION_CODE_REQUIRED = "县级及以上组织须填写行政区划代码";

/** A contact phone: a mobile number or a landline with its area code (organisations, 产改 units). */
export const zContactPhone = z.string().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "联系电话应为手机号或带区号的固话");

const base = {
  code: z.string().regex(/^\d{6}$/, "行政区划代码应为6位数字（GB/T 2260）"),
  creditCode: z
    .string()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, "统一社会信用代码应为18位"),
  employeeCount: z.coerce.number().int("职工人数应为整数").min(0, "职工人数不能为负").max(1_000_000),
  coveredEnterprises: z.coerce.number().int("覆盖企业数应为整数").min(0, "覆盖企业数不能为负").max(100_000),
  address: text(200, "地址"),
  contactName: text(50, "联系人"),
  contactPhone: zContactPhone,
  foundedOn: zDate("成立日期"),
};

const name = z.string({ error: "请填写组织名称" }).trim().min(2, "组织名称至少2个字").max(100, "组织名称不能超过100个字");

const orgCreateFields = z.strictObject({
  parentId: zPickedId("上级组织"),
  name,
  level: z.enum(ORG_LEVELS, { error: "请选择组织层级" }),
  kind: z.enum(ORG_KINDS, { error: "请选择工会类型" }),
  code: optional(base.code),
  creditCode: optional(base.creditCode),
  employeeCount: optional(base.employeeCount),
  coveredEnterprises: optional(base.coveredEnterprises),
  address: optional(base.address),
  contactName: optional(base.contactName),
  contactPhone: optional(base.contactPhone),
  foundedOn: optional(base.foundedOn),
});

/** A kind the level allows, and a division code where the level needs one. */
function orgRules(v: { level: OrgLevel; kind?: OrgKind; code?: string }, ctx: z.RefinementCtx) {
  if (v.kind !== undefined && !KINDS_BY_LEVEL[v.level].includes(v.kind)) {
    ctx.addIssue({ code: "custom", path: ["kind"], message: "该层级不能选择此工会类型" });
  }
  if (needsDivisionCode(v.level) && !v.code) ctx.addIssue({ code: "custom", path: ["code"], message: DIVISION_CODE_REQUIRED });
}

export const OrgCreateSchema = orgCreateFields.superRefine(orgRules);
export type OrgCreateInput = z.infer<typeof OrgCreateSchema>;

export const OrgUpdateSchema = z.strictObject({
  name: name.optional(),
  code: clearable(base.code),
  creditCode: clearable(base.creditCode),
  employeeCount: clearable(base.employeeCount),
  coveredEnterprises: clearable(base.coveredEnterprises),
  address: clearable(base.address),
  contactName: clearable(base.contactName),
  contactPhone: clearable(base.contactPhone),
  foundedOn: clearable(base.foundedOn),
  status: z.enum(ORG_STATUSES).optional(),
});
export type OrgUpdateInput = z.infer<typeof OrgUpdateSchema>;

/**
 * The organisation form's one schema, for creating and editing: editing has no
 * parent to choose and shows level and kind without changing them (the level
 * stays in the values for the division-code rule), and may set the status.
 */
export const OrgFormSchema = orgCreateFields.partial({ parentId: true, kind: true }).extend({ status: OrgUpdateSchema.shape.status }).superRefine(orgRules);

export const OrgListQuerySchema = z.strictObject({
  parentId: zSerialId().optional(),
  within: zSerialId().optional(),
  q: z.string().trim().max(50).optional(),
  level: z.enum(ORG_LEVELS).optional(),
  kind: z.enum(ORG_KINDS).optional(),
  status: z.enum(ORG_STATUSES).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type OrgListQuery = z.infer<typeof OrgListQuerySchema>;

export const OrgSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  level: z.enum(ORG_LEVELS),
  kind: z.enum(ORG_KINDS),
  code: z.string().nullable(),
  parentId: z.number().int().nullable(),
  depth: z.number().int(),
  creditCode: z.string().nullable(),
  employeeCount: z.number().int().nullable(),
  coveredEnterprises: z.number().int().nullable(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  foundedOn: z.string().nullable(),
  status: z.enum(ORG_STATUSES),
});
export type Org = z.infer<typeof OrgSchema>;
