// Chinese labels and the status rules of innovation studios (创新工作室).
export { HONOUR_LEVELS as STUDIO_LEVELS, HONOUR_LEVEL_LABELS as STUDIO_LEVEL_LABELS } from "../honours/labels";

export const STUDIO_KINDS = ["MODEL_WORKER", "CRAFTSMAN", "SKILL_MASTER"] as const;
export type StudioKind = (typeof STUDIO_KINDS)[number];
export const STUDIO_KIND_LABELS: Record<StudioKind, string> = {
  MODEL_WORKER: "劳模创新工作室",
  CRAFTSMAN: "工匠创新工作室",
  SKILL_MASTER: "技能大师工作室",
};

export const STUDIO_STATUSES = ["NAMED", "REVIEWED", "REVOKED"] as const;
export type StudioStatus = (typeof STUDIO_STATUSES)[number];
export const STUDIO_STATUS_LABELS: Record<StudioStatus, string> = { NAMED: "已命名", REVIEWED: "复核通过", REVOKED: "已撤销" };

/** The only status changes allowed: a named studio is reviewed; a named or reviewed one can be revoked. */
export const STUDIO_TRANSITIONS: Record<StudioStatus, readonly StudioStatus[]> = {
  NAMED: ["REVIEWED", "REVOKED"],
  REVIEWED: ["REVOKED"],
  REVOKED: [],
};
export const canTransition = (from: StudioStatus, to: StudioStatus) => STUDIO_TRANSITIONS[from].includes(to);

export const ACHIEVEMENT_KINDS = [
  "INVENTION",
  "PATENT",
  "OPERATING_METHOD",
  "SMALL_INVENTION",
  "SMALL_INNOVATION",
  "SMALL_MODIFICATION",
  "SMALL_DESIGN",
  "SMALL_SUGGESTION",
] as const;
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number];
export const ACHIEVEMENT_KIND_LABELS: Record<AchievementKind, string> = {
  INVENTION: "发明",
  PATENT: "专利",
  OPERATING_METHOD: "先进操作法",
  SMALL_INVENTION: "小发明",
  SMALL_INNOVATION: "小革新",
  SMALL_MODIFICATION: "小改造",
  SMALL_DESIGN: "小设计",
  SMALL_SUGGESTION: "小建议",
};

export const MENTORSHIP_OUTCOMES = ["ONGOING", "COMPLETED", "CERTIFIED", "ENDED"] as const;
export type MentorshipOutcome = (typeof MENTORSHIP_OUTCOMES)[number];
export const MENTORSHIP_OUTCOME_LABELS: Record<MentorshipOutcome, string> = {
  ONGOING: "带教中",
  COMPLETED: "已出师",
  CERTIFIED: "取得职业资格证书",
  ENDED: "已终止",
};

export const TIMELINE_KINDS = ["FOUNDED", "STATUS", "MEMBER_JOINED", "ACHIEVEMENT", "MENTORSHIP_STARTED", "MENTORSHIP_OUTCOME"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  FOUNDED: "成立",
  STATUS: "状态变更",
  MEMBER_JOINED: "成员加入",
  ACHIEVEMENT: "创新成果",
  MENTORSHIP_STARTED: "师徒结对",
  MENTORSHIP_OUTCOME: "带教结果",
};
