import { z, zDate, zPage, zPageSize, zPastDate, zUuid, zLockVersion, zPickedId, zSerialId } from "../validation/zod";
import { EnterpriseSchema } from "../enterprises/schema";
import { CONTRACT_KINDS, CONTRACT_STATUSES, CONTRACT_KIND_LABELS, isSingleEnterpriseKind } from "./labels";
import { termProblem, votesProblem } from "./contract-workflow";

const title = z.string({ error: "请填写合同名称" }).trim().min(4, "合同名称至少4个字").max(200, "合同名称不能超过200个字");
const employerParty = z
  .string({ error: "请填写企业方（用人单位方）" })
  .trim()
  .min(2, "企业方至少2个字")
  .max(200, "企业方不能超过200个字");
const kind = z.enum(CONTRACT_KINDS, { error: "请选择合同类型" });
const orgId = zPickedId("工会方");

export const CoverageItemSchema = z.strictObject({
  enterpriseId: z.string({ error: "请选择企业" }).uuid("企业编号无效"),
  workerCount: z.coerce.number({ error: "请填写覆盖职工人数" }).int("职工人数应为整数").min(1, "职工人数至少为1").max(1_000_000, "职工人数过大"),
});

const coverage = z
  .array(CoverageItemSchema, { error: "请选择覆盖企业" })
  .min(1, "请至少选择一家覆盖企业")
  .max(5_000, "一份合同最多覆盖5,000家企业")
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.enterpriseId)) ctx.addIssue({ code: "custom", path: [i, "enterpriseId"], message: "同一企业不能重复选择" });
      seen.add(it.enterpriseId);
    });
  });

const singleEnterpriseRule = (v: { kind?: (typeof CONTRACT_KINDS)[number]; coverage?: unknown[] }, ctx: z.RefinementCtx) => {
  if (v.kind && v.coverage && isSingleEnterpriseKind(v.kind) && v.coverage.length !== 1) {
    ctx.addIssue({ code: "custom", path: ["coverage"], message: `${CONTRACT_KIND_LABELS[v.kind]}只覆盖工会所在的一家企业` });
  }
};

/** A new contract starts at the offer to negotiate (要约). */
export const ContractCreateSchema = z
  .strictObject({
    kind,
    /** The union party: an independent union (own enterprise), a town/village or joint union (regional), an industry federation (industry). */
    orgId,
    title,
    employerParty,
    offeredOn: zPastDate("要约日期"),
    coverage,
  })
  .superRefine(singleEnterpriseRule);
export type ContractCreateInput = z.infer<typeof ContractCreateSchema>;

const version = zLockVersion;

/** Only while the terms are still open (要约, 协商中); `version` guards against lost updates. */
export const ContractUpdateSchema = z
  .strictObject({
    version,
    kind: kind.optional(),
    orgId: orgId.optional(),
    title: title.optional(),
    employerParty: employerParty.optional(),
    offeredOn: zPastDate("要约日期").optional(),
    coverage: coverage.optional(),
  })
  .superRefine(singleEnterpriseRule);
export type ContractUpdateInput = z.infer<typeof ContractUpdateSchema>;

// ---- lifecycle steps: POST /api/v1/contracts/{id}/transition with the target status in `to` ----

const step = {
  on: zPastDate("办理日期"),
  note: z.string().trim().max(500, "说明不能超过500字").optional(),
  version,
};
const votes = (label: string) => z.coerce.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(0, `${label}不能为负`).max(100_000, `${label}过大`);

export const TRANSITION_SCHEMAS = {
  OFFERED: z.strictObject({ to: z.literal("OFFERED"), ...step }),
  NEGOTIATING: z.strictObject({ to: z.literal("NEGOTIATING"), ...step }),
  CONGRESS_APPROVED: z
    .strictObject({ to: z.literal("CONGRESS_APPROVED"), ...step, votesFor: votes("赞成票数"), votesAgainst: votes("反对票数"), votesAbstain: votes("弃权票数") })
    .superRefine((v, ctx) => {
      const problem = votesProblem(v.votesFor, v.votesAgainst, v.votesAbstain);
      if (problem) ctx.addIssue({ code: "custom", path: ["votesFor"], message: problem });
    }),
  SIGNED: z.strictObject({ to: z.literal("SIGNED"), ...step }),
  SUBMITTED: z.strictObject({ to: z.literal("SUBMITTED"), ...step }),
  IN_FORCE: z
    .strictObject({ to: z.literal("IN_FORCE"), ...step, effectiveFrom: zDate("起始日期"), effectiveTo: zDate("终止日期") })
    .superRefine((v, ctx) => {
      const problem = termProblem(v.effectiveFrom, v.effectiveTo);
      if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
    }),
  EXPIRED: z.strictObject({ to: z.literal("EXPIRED"), ...step }),
  /** Creates the renewal (a new contract at 要约 with the same parties and coverage). */
  RENEWED: z.strictObject({ to: z.literal("RENEWED"), ...step, title: title.optional() }),
} as const;

export const ContractTransitionSchema = z.discriminatedUnion(
  "to",
  [
    TRANSITION_SCHEMAS.OFFERED,
    TRANSITION_SCHEMAS.NEGOTIATING,
    TRANSITION_SCHEMAS.CONGRESS_APPROVED,
    TRANSITION_SCHEMAS.SIGNED,
    TRANSITION_SCHEMAS.SUBMITTED,
    TRANSITION_SCHEMAS.IN_FORCE,
    TRANSITION_SCHEMAS.EXPIRED,
    TRANSITION_SCHEMAS.RENEWED,
  ],
  { error: "请指定目标状态（to）" },
);
export type ContractTransitionInput = z.infer<typeof ContractTransitionSchema>;

export const ContractExpireSchema = z.strictObject({
  /** Limit to this subtree (default: the caller's whole scope). */
  orgId: zSerialId().optional(),
  /** Contracts whose term ended before this date (default today). */
  on: zDate("办理日期").optional(),
});
export type ContractExpireInput = z.infer<typeof ContractExpireSchema>;

// ---- queries ----

const zBool = z.enum(["true", "false"], { error: "应为 true 或 false" }).transform((v) => v === "true");

export const CONTRACT_SORTS = ["-offeredOn", "offeredOn", "effectiveTo", "-effectiveTo", "-updatedAt", "title"] as const;

export const ContractListQuerySchema = z.strictObject({
  /** Fragment of the title or of the employer side. */
  q: z.string().trim().max(50).optional(),
  /** Contracts of unions in this organisation's subtree. */
  orgId: zSerialId().optional(),
  kind: kind.optional(),
  status: z.enum(CONTRACT_STATUSES).optional(),
  /** In force and ending within the next 60 days. */
  expiring: zBool.optional(),
  /** Still marked in force although the term has ended. */
  lapsed: zBool.optional(),
  /** In force today (status and term). */
  inForce: zBool.optional(),
  sort: z.enum(CONTRACT_SORTS).default("-offeredOn"),
  page: zPage,
  pageSize: zPageSize,
});
export type ContractListQuery = z.infer<typeof ContractListQuerySchema>;

export const ContractExportQuerySchema = ContractListQuerySchema.omit({ sort: true, page: true, pageSize: true });

export const ReminderQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type ReminderQuery = z.infer<typeof ReminderQuerySchema>;

export const CoverageQuerySchema = z.strictObject({
  orgId: zSerialId().optional(),
  /** Coverage as of this date (default today). */
  date: zDate("统计日期").optional(),
});
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

export const CandidateQuerySchema = z.strictObject({
  /** The union party of the contract. */
  orgId: zSerialId("请先选择工会方"),
  kind,
  q: z.string().trim().max(50).optional(),
  page: zPage,
  pageSize: z.coerce.number().int().min(1).max(1_000, "每次最多1,000家").default(50),
});
export type CandidateQuery = z.infer<typeof CandidateQuerySchema>;

// ---- responses ----

const statusEnum = z.enum(CONTRACT_STATUSES);

export const ContractSchema = z.object({
  id: zUuid(),
  kind,
  title: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  employerParty: z.string(),
  status: statusEnum,
  offeredOn: z.string(),
  congressOn: z.string().nullable(),
  votesFor: z.number().int().nullable(),
  votesAgainst: z.number().int().nullable(),
  votesAbstain: z.number().int().nullable(),
  signedOn: z.string().nullable(),
  submittedOn: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  renewedFromId: zUuid().nullable(),
  renewalId: zUuid().nullable(),
  version: z.number().int().describe("乐观锁版本号：修改和办理时原样提交"),
  enterpriseCount: z.number().int().describe("覆盖企业数"),
  workerCount: z.number().int().describe("覆盖职工数（签订时各企业人数之和）"),
  inForce: z.boolean().describe("今天是否在有效期内"),
  lapsed: z.boolean().describe("仍为生效状态但已过期限，待标记为已到期"),
  expiringSoon: z.boolean().describe("60天内到期"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContractDto = z.infer<typeof ContractSchema>;

export const ContractDetailSchema = ContractSchema.extend({
  coverage: z.array(
    z.object({
      enterpriseId: zUuid(),
      name: z.string(),
      creditCode: z.string().nullable(),
      areaName: z.string(),
      unionName: z.string().nullable(),
      workerCount: z.number().int(),
      visible: z.boolean().describe("调用者能否查看该企业"),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      fromStatus: statusEnum.nullable(),
      toStatus: statusEnum,
      on: z.string(),
      actorName: z.string().nullable(),
      note: z.string().nullable(),
      at: z.string(),
    }),
  ),
  transitions: z.array(statusEnum).describe("调用者此时可以办理的目标状态"),
  editable: z.boolean(),
});
export type ContractDetail = z.infer<typeof ContractDetailSchema>;

export const CandidateSchema = EnterpriseSchema;

const share = { enterprises: z.number().int(), workers: z.number().int() };
const coverageFigures = {
  enterprises: z.number().int().describe("企业数（含未建会）"),
  unionised: z.number().int().describe("已建会企业数"),
  unionisedWorkers: z.number().int().describe("已建会企业职工数"),
  covered: z.object(share).describe("至少一份在有效期内的合同覆盖的已建会企业（每家只计一次）"),
  wage: z.object(share).describe("工资集体协商覆盖：工资专项、区域性或行业性合同"),
  byKind: z.object(Object.fromEntries(CONTRACT_KINDS.map((k) => [k, z.object(share)])) as Record<(typeof CONTRACT_KINDS)[number], z.ZodObject<typeof share>>),
};
export const CoverageSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  date: z.string(),
  ...coverageFigures,
  contracts: z
    .array(z.object({ kind, contracts: z.number().int(), coverageRows: z.number().int(), coverageWorkers: z.number().int() }))
    .describe("本范围工会签订、在有效期内的合同，按类型累计（同一企业被多份合同覆盖时重复计入）"),
  children: z.array(z.object({ orgId: z.number().int().nullable(), orgName: z.string(), ...coverageFigures })),
});
export type Coverage = z.infer<typeof CoverageSchema>;
