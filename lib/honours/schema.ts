import { z, zPage, zPageSize, zSerialId } from "../validation/zod";
import { clearable, optional, requiredText, text, zMoney, zPickedId, zPastDate, zUuid, zYear } from "../records/fields";
import { COLLECTIVE_TITLES, HOLDER_KINDS, HONOUR_LEVELS, HONOUR_STATUSES, HONOUR_TITLES, SERVICE_KINDS } from "./labels";

const honourFields = {
  title: z.enum(HONOUR_TITLES, { error: "请选择荣誉称号" }),
  titleText: text(100, "称号全称"),
  level: z.enum(HONOUR_LEVELS, { error: "请选择级别" }),
  year: zYear("授予年度"),
  awardingBody: requiredText(100, "授予单位"),
  awardAmount: zMoney("奖励金额"),
  notes: text(500, "备注"),
  teamName: requiredText(100, "集体名称"),
};

/**
 * An honour is held either by a member (memberId; its organisation is the
 * member's union) or by a union or team (teamName + orgId), e.g. 工人先锋号.
 */
export const HonourCreateSchema = z
  .strictObject({
    holder: z.enum(HOLDER_KINDS, { error: "请选择获得者类型" }),
    memberId: optional(zUuid("获得者")),
    teamName: optional(honourFields.teamName),
    orgId: optional(zPickedId("所属工会")),
    title: honourFields.title,
    titleText: optional(honourFields.titleText),
    level: honourFields.level,
    year: honourFields.year,
    awardingBody: honourFields.awardingBody,
    awardAmount: optional(honourFields.awardAmount),
    status: z.enum(HONOUR_STATUSES).default("AWARDED"),
    notes: optional(honourFields.notes),
  })
  .superRefine((v, ctx) => {
    if (v.holder === "MEMBER" && !v.memberId) ctx.addIssue({ code: "custom", path: ["memberId"], message: "请选择获得荣誉的会员" });
    if (v.holder === "TEAM") {
      if (!v.teamName) ctx.addIssue({ code: "custom", path: ["teamName"], message: "请填写获得荣誉的集体名称" });
      if (!v.orgId) ctx.addIssue({ code: "custom", path: ["orgId"], message: "请选择集体所属的工会" });
    }
    if (v.holder === "MEMBER" && COLLECTIVE_TITLES.includes(v.title)) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "工人先锋号是集体荣誉，请选择“集体”" });
    }
  });
export type HonourCreateInput = z.infer<typeof HonourCreateSchema>;

/** The holder does not change; a mistaken holder is deleted and entered again. */
export const HonourUpdateSchema = z.strictObject({
  teamName: honourFields.teamName.optional(),
  title: honourFields.title.optional(),
  titleText: clearable(honourFields.titleText),
  level: honourFields.level.optional(),
  year: honourFields.year.optional(),
  awardingBody: honourFields.awardingBody.optional(),
  awardAmount: clearable(honourFields.awardAmount),
  notes: clearable(honourFields.notes),
});
export type HonourUpdateInput = z.infer<typeof HonourUpdateSchema>;

/** Staff confirm a nomination (from a competition) as awarded, optionally with the award money. */
export const HonourConfirmSchema = z.strictObject({
  awardAmount: optional(honourFields.awardAmount),
  awardingBody: optional(honourFields.awardingBody),
});
export type HonourConfirmInput = z.infer<typeof HonourConfirmSchema>;

export const HONOUR_SORTS = ["-year", "year", "title", "level", "-createdAt", "-awardAmount"] as const;

const honourFilters = {
  q: z.string().trim().max(30).optional(),
  orgId: zSerialId().optional(),
  yearFrom: zYear("起始年度").optional(),
  yearTo: zYear("截止年度").optional(),
  title: z.enum(HONOUR_TITLES).optional(),
  level: z.enum(HONOUR_LEVELS).optional(),
  status: z.enum(HONOUR_STATUSES).optional(),
  holder: z.enum(HOLDER_KINDS).optional(),
  memberId: zUuid("会员").optional(),
};

export const HonourListQuerySchema = z.strictObject({
  ...honourFilters,
  sort: z.enum(HONOUR_SORTS).default("-year"),
  page: zPage,
  pageSize: zPageSize,
});
export type HonourListQuery = z.infer<typeof HonourListQuerySchema>;
export const HonourExportQuerySchema = z.strictObject(honourFilters);
export type HonourFilters = z.infer<typeof HonourExportQuerySchema>;

export const HonourSchema = z.object({
  id: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  holder: z.enum(HOLDER_KINDS),
  memberId: z.string().nullable(),
  memberName: z.string().nullable(),
  teamName: z.string().nullable(),
  title: z.enum(HONOUR_TITLES),
  titleText: z.string(),
  level: z.enum(HONOUR_LEVELS),
  year: z.number().int(),
  awardingBody: z.string(),
  awardAmount: z.string().nullable().describe("元，两位小数"),
  status: z.enum(HONOUR_STATUSES),
  source: z.object({ entryId: z.string(), competitionId: z.string(), competitionName: z.string(), trade: z.string() }).nullable().describe("由竞赛第一名产生的提名"),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HonourDto = z.infer<typeof HonourSchema>;

export const HonourTotalsSchema = z.object({ count: z.number().int(), awardTotal: z.string(), nominated: z.number().int(), persons: z.number().int() });

// ---- model-worker services (体检、疗休养、服务卡、走访慰问) ----

const serviceFields = {
  kind: z.enum(SERVICE_KINDS, { error: "请选择服务项目" }),
  // A service is recorded once it has happened (体检 done, 慰问 paid), never ahead of time.
  servedOn: zPastDate("服务日期"),
  year: zYear("服务年度"),
  amount: zMoney("费用"),
  notes: text(500, "备注"),
};

export const ServiceCreateSchema = z.strictObject({
  memberId: zUuid("劳模（会员）"),
  kind: serviceFields.kind,
  servedOn: serviceFields.servedOn,
  year: optional(serviceFields.year),
  amount: optional(serviceFields.amount),
  notes: optional(serviceFields.notes),
});
export type ServiceCreateInput = z.infer<typeof ServiceCreateSchema>;

export const ServiceUpdateSchema = z.strictObject({
  kind: serviceFields.kind.optional(),
  servedOn: serviceFields.servedOn.optional(),
  year: serviceFields.year.optional(),
  amount: clearable(serviceFields.amount),
  notes: clearable(serviceFields.notes),
});
export type ServiceUpdateInput = z.infer<typeof ServiceUpdateSchema>;

export const SERVICE_SORTS = ["-servedOn", "servedOn", "kind", "-createdAt"] as const;
const serviceFilters = {
  q: z.string().trim().max(30).optional(),
  orgId: zSerialId().optional(),
  year: zYear().optional(),
  kind: z.enum(SERVICE_KINDS).optional(),
  memberId: zUuid("会员").optional(),
};
export const ServiceListQuerySchema = z.strictObject({
  ...serviceFilters,
  sort: z.enum(SERVICE_SORTS).default("-servedOn"),
  page: zPage,
  pageSize: zPageSize,
});
export type ServiceListQuery = z.infer<typeof ServiceListQuerySchema>;
export const ServiceExportQuerySchema = z.strictObject(serviceFilters);
export type ServiceFilters = z.infer<typeof ServiceExportQuerySchema>;

export const ServiceSchema = z.object({
  id: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  year: z.number().int(),
  kind: z.enum(SERVICE_KINDS),
  servedOn: z.string(),
  amount: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceDto = z.infer<typeof ServiceSchema>;
export const ServiceTotalsSchema = z.object({ count: z.number().int(), persons: z.number().int(), amountTotal: z.string() });
