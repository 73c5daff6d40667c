import { z, zPage, zPageSize, zSerialId } from "../validation/zod";
import { clearable, optional, requiredText, text, zDate, zMoney, zPickedId, zUuid } from "../records/fields";
import { HONOUR_LEVELS } from "../honours/labels";
import { ACHIEVEMENT_KINDS, MENTORSHIP_OUTCOMES, STUDIO_KINDS, STUDIO_STATUSES, TIMELINE_KINDS } from "./labels";

const f = {
  name: requiredText(100, "工作室名称").refine((s) => s.length >= 4, "工作室名称至少4个字"),
  kind: z.enum(STUDIO_KINDS, { error: "请选择工作室类别" }),
  level: z.enum(HONOUR_LEVELS, { error: "请选择级别" }),
  leadMemberId: zUuid("领衔人"),
  orgId: zPickedId("依托企业工会"),
  foundedOn: zDate("命名日期"),
  description: text(1000, "简介"),
};

export const StudioCreateSchema = z.strictObject({
  name: f.name,
  kind: f.kind,
  level: f.level,
  leadMemberId: f.leadMemberId,
  orgId: f.orgId,
  foundedOn: f.foundedOn,
  description: optional(f.description),
});
export type StudioCreateInput = z.infer<typeof StudioCreateSchema>;

/** Status changes go through the status endpoint, which enforces the allowed transitions. */
export const StudioUpdateSchema = z.strictObject({
  name: f.name.optional(),
  kind: f.kind.optional(),
  level: f.level.optional(),
  leadMemberId: f.leadMemberId.optional(),
  orgId: f.orgId.optional(),
  foundedOn: f.foundedOn.optional(),
  description: clearable(f.description),
});
export type StudioUpdateInput = z.infer<typeof StudioUpdateSchema>;

export const StudioStatusSchema = z.strictObject({
  status: z.enum(STUDIO_STATUSES, { error: "请选择新状态" }),
  statusOn: zDate("变更日期"),
});
export type StudioStatusInput = z.infer<typeof StudioStatusSchema>;

export const StudioMemberAddSchema = z.strictObject({
  memberId: zUuid("成员"),
  role: optional(text(50, "角色")),
  joinedOn: zDate("加入日期"),
});
export type StudioMemberAddInput = z.infer<typeof StudioMemberAddSchema>;

const a = {
  kind: z.enum(ACHIEVEMENT_KINDS, { error: "请选择成果类别" }),
  title: requiredText(200, "成果名称"),
  achievedOn: zDate("取得日期"),
  benefit: zMoney("经济效益"),
  patentNo: text(50, "专利号").regex(/^[A-Za-z0-9.\-]*$/, "专利号只能包含字母、数字、点和连字符"),
  description: text(1000, "说明"),
};
export const AchievementCreateSchema = z.strictObject({
  kind: a.kind,
  title: a.title,
  achievedOn: a.achievedOn,
  benefit: optional(a.benefit),
  patentNo: optional(a.patentNo),
  description: optional(a.description),
});
export type AchievementCreateInput = z.infer<typeof AchievementCreateSchema>;
export const AchievementUpdateSchema = z.strictObject({
  kind: a.kind.optional(),
  title: a.title.optional(),
  achievedOn: a.achievedOn.optional(),
  benefit: clearable(a.benefit),
  patentNo: clearable(a.patentNo),
  description: clearable(a.description),
});
export type AchievementUpdateInput = z.infer<typeof AchievementUpdateSchema>;

export const MentorshipCreateSchema = z
  .strictObject({
    mentorMemberId: zUuid("师傅"),
    apprenticeMemberId: zUuid("徒弟"),
    startedOn: zDate("结对日期"),
  })
  .refine((v) => v.mentorMemberId !== v.apprenticeMemberId, { path: ["apprenticeMemberId"], message: "师傅和徒弟不能是同一人" });
export type MentorshipCreateInput = z.infer<typeof MentorshipCreateSchema>;

export const MentorshipOutcomeSchema = z
  .strictObject({
    outcome: z.enum(MENTORSHIP_OUTCOMES, { error: "请选择带教结果" }),
    outcomeOn: optional(zDate("结果日期")),
    outcomeNote: optional(text(500, "说明")),
  })
  .refine((v) => v.outcome === "ONGOING" || Boolean(v.outcomeOn), { path: ["outcomeOn"], message: "请填写结果日期" });
export type MentorshipOutcomeInput = z.infer<typeof MentorshipOutcomeSchema>;

export const STUDIO_SORTS = ["name", "-foundedOn", "foundedOn", "level", "-createdAt"] as const;
const studioFilters = {
  q: z.string().trim().max(30).optional(),
  orgId: zSerialId().optional(),
  kind: z.enum(STUDIO_KINDS).optional(),
  level: z.enum(HONOUR_LEVELS).optional(),
  status: z.enum(STUDIO_STATUSES).optional(),
  foundedFrom: zDate("命名日期（起）").optional(),
  foundedTo: zDate("命名日期（止）").optional(),
};
export const StudioListQuerySchema = z.strictObject({ ...studioFilters, sort: z.enum(STUDIO_SORTS).default("-foundedOn"), page: zPage, pageSize: zPageSize });
export type StudioListQuery = z.infer<typeof StudioListQuerySchema>;
export const StudioExportQuerySchema = z.strictObject(studioFilters);
export type StudioFilters = z.infer<typeof StudioExportQuerySchema>;

export const StudioSchema = z.object({
  id: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  name: z.string(),
  kind: z.enum(STUDIO_KINDS),
  level: z.enum(HONOUR_LEVELS),
  leadMemberId: z.string(),
  leadName: z.string(),
  foundedOn: z.string(),
  status: z.enum(STUDIO_STATUSES),
  statusOn: z.string().nullable(),
  description: z.string().nullable(),
  memberCount: z.number().int(),
  achievementCount: z.number().int(),
  mentorshipCount: z.number().int(),
  benefitTotal: z.string().describe("经济效益合计（元）"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StudioDto = z.infer<typeof StudioSchema>;

export const StudioMemberSchema = z.object({ memberId: z.string(), name: z.string(), orgName: z.string(), role: z.string().nullable(), joinedOn: z.string() });
export const AchievementSchema = z.object({
  id: z.string(),
  kind: z.enum(ACHIEVEMENT_KINDS),
  title: z.string(),
  achievedOn: z.string(),
  benefit: z.string().nullable(),
  patentNo: z.string().nullable(),
  description: z.string().nullable(),
});
export type AchievementDto = z.infer<typeof AchievementSchema>;
export const MentorshipSchema = z.object({
  id: z.string(),
  mentorMemberId: z.string(),
  mentorName: z.string(),
  apprenticeMemberId: z.string(),
  apprenticeName: z.string(),
  startedOn: z.string(),
  outcome: z.enum(MENTORSHIP_OUTCOMES),
  outcomeOn: z.string().nullable(),
  outcomeNote: z.string().nullable(),
});
export type MentorshipDto = z.infer<typeof MentorshipSchema>;
export const TimelineEventSchema = z.object({ date: z.string(), kind: z.enum(TIMELINE_KINDS), text: z.string() });
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const StudioDetailSchema = StudioSchema.extend({
  members: z.array(StudioMemberSchema),
  achievements: z.array(AchievementSchema),
  mentorships: z.array(MentorshipSchema),
  timeline: z.array(TimelineEventSchema),
  totals: z.object({
    byKind: z.array(z.object({ kind: z.enum(ACHIEVEMENT_KINDS), count: z.number().int(), benefit: z.string() })),
    benefitTotal: z.string(),
    achievements: z.number().int(),
    members: z.number().int(),
    mentorships: z.number().int(),
    mentorshipsOngoing: z.number().int(),
  }),
});
export type StudioDetail = z.infer<typeof StudioDetailSchema>;
export const StudioTotalsSchema = z.object({ count: z.number().int(), achievements: z.number().int(), benefitTotal: z.string(), mentorships: z.number().int() });
