import { z, zPage, zPageSize, zUuid, zPickedId, zSerialId } from "../validation/zod";
import { ORG_KINDS } from "../orgs/labels";
import { CONTRACT_KINDS, CONTRACT_STATUSES } from "../contracts/labels";
import { OWNERSHIPS } from "../yearbook/labels";

/** 单位性质 as the union statistics survey classifies the host (lib/yearbook). */
const ownership = z.enum(OWNERSHIPS, { error: "请选择单位性质" });

/** GB 32100 unified social credit code: 18 characters, no I, O, S, V or Z. */
export const zCreditCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, "统一社会信用代码应为18位（数字或大写字母，不含 I、O、S、V、Z）");

const name = z.string({ error: "请填写企业名称" }).trim().min(2, "企业名称至少2个字").max(200, "企业名称不能超过200个字");
const workerCount = z.coerce
  .number({ error: "请填写职工人数" })
  .int("职工人数应为整数")
  .min(1, "职工人数至少为1")
  .max(1_000_000, "职工人数不能超过1,000,000");

export const EnterpriseCreateSchema = z.strictObject({
  name,
  creditCode: z.union([z.literal("").transform(() => undefined), zCreditCode]).optional(),
  workerCount,
  /** The town/street or village/community where the enterprise is located. */
  areaOrgId: zPickedId("所在镇（街道）或村（社区）"),
  /** Its own independent union or the joint union covering it; absent = not unionised. */
  unionOrgId: z.union([z.literal("").transform(() => null), z.null(), zPickedId("所属工会")]).optional(),
  ownership: z.union([z.literal("").transform(() => undefined), ownership]).optional(),
});
export type EnterpriseCreateInput = z.infer<typeof EnterpriseCreateSchema>;

/** Absent leaves a field alone; null (or "") clears the credit code or the union. */
export const EnterpriseUpdateSchema = z.strictObject({
  name: name.optional(),
  creditCode: z.union([z.literal("").transform(() => null), z.null(), zCreditCode]).optional(),
  workerCount: workerCount.optional(),
  areaOrgId: zPickedId("所在镇（街道）或村（社区）").optional(),
  unionOrgId: z.union([z.literal("").transform(() => null), z.null(), zPickedId("所属工会")]).optional(),
  ownership: z.union([z.literal("").transform(() => null), z.null(), ownership]).optional(),
});
export type EnterpriseUpdateInput = z.infer<typeof EnterpriseUpdateSchema>;

export const ENTERPRISE_SORTS = ["name", "-name", "workerCount", "-workerCount", "-createdAt"] as const;

const zBool = z.enum(["true", "false"], { error: "应为 true 或 false" }).transform((v) => v === "true");

export const EnterpriseListQuerySchema = z.strictObject({
  /** Name fragment, or a full credit code. */
  q: z.string().trim().max(50).optional(),
  /** Enterprises located in, or covered by a union of, this organisation's subtree. */
  orgId: zSerialId().optional(),
  unionised: zBool.optional(),
  /** Exactly the enterprises of one union (e.g. an independent union's own enterprise). */
  unionOrgId: zSerialId().optional(),
  sort: z.enum(ENTERPRISE_SORTS).default("name"),
  page: zPage,
  pageSize: zPageSize,
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuerySchema>;

export const EnterpriseExportQuerySchema = EnterpriseListQuerySchema.omit({ sort: true, page: true, pageSize: true });

export const EnterpriseStatsQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
});

export const EnterpriseSchema = z.object({
  id: zUuid(),
  name: z.string(),
  creditCode: z.string().nullable(),
  workerCount: z.number().int(),
  ownership: z.enum(OWNERSHIPS).nullable().describe("单位性质"),
  areaOrgId: z.number().int(),
  areaName: z.string(),
  unionOrgId: z.number().int().nullable().describe("所属工会；为空表示未建会"),
  unionName: z.string().nullable(),
  unionKind: z.enum(ORG_KINDS).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EnterpriseDto = z.infer<typeof EnterpriseSchema>;

export const EnterpriseContractSchema = z.object({
  id: zUuid(),
  title: z.string(),
  kind: z.enum(CONTRACT_KINDS),
  status: z.enum(CONTRACT_STATUSES),
  orgName: z.string(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  inForce: z.boolean().describe("今天是否在有效期内"),
  workerCount: z.number().int().describe("合同覆盖的职工人数（签订时）"),
  visible: z.boolean().describe("调用者能否查看该合同详情"),
});

export const EnterpriseDetailSchema = EnterpriseSchema.extend({
  areaPath: z.array(z.object({ id: z.number().int(), name: z.string() })),
  contracts: z.array(EnterpriseContractSchema),
});

const unionisationFigures = {
  enterprises: z.number().int().describe("企业数"),
  workers: z.number().int().describe("职工数"),
  unionised: z.number().int().describe("已建会企业数"),
  unionisedWorkers: z.number().int().describe("已建会企业职工数"),
  rate: z.number().nullable().describe("建会率 = 已建会企业数 / 企业数"),
  workerRate: z.number().nullable().describe("已建会企业职工数 / 职工数"),
};
export const UnionisationStatsSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  ...unionisationFigures,
  children: z.array(z.object({ orgId: z.number().int().nullable(), orgName: z.string(), ...unionisationFigures })),
});
export type UnionisationStats = z.infer<typeof UnionisationStatsSchema>;
