// Chinese labels for training sessions and enrolments, shared by pages, exports, imports and schemas.
export const TRAINING_TYPES = [
  "APPRENTICESHIP",
  "ENTREPRENEURSHIP",
  "SAFETY",
  "EMPLOYMENT_SKILLS",
  "MIGRANT_UPSKILLING",
  "ONLINE",
  "EDUCATION_UPGRADE",
] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];
export const TRAINING_TYPE_LABELS: Record<TrainingType, string> = {
  APPRENTICESHIP: "企业新型学徒制",
  ENTREPRENEURSHIP: "创业培训",
  SAFETY: "安全技能培训",
  EMPLOYMENT_SKILLS: "就业技能培训",
  MIGRANT_UPSKILLING: "农民工技能提升",
  ONLINE: "线上课程",
  EDUCATION_UPGRADE: "学历提升",
};

export const TRAINING_MODES = ["ONSITE", "ONLINE"] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
export const TRAINING_MODE_LABELS: Record<TrainingMode, string> = { ONSITE: "线下", ONLINE: "线上" };

export const ENROLMENT_OUTCOMES = ["ENROLLED", "COMPLETED", "CERTIFIED", "SUBSIDY_GRANTED", "DROPPED"] as const;
export type EnrolmentOutcome = (typeof ENROLMENT_OUTCOMES)[number];
export const ENROLMENT_OUTCOME_LABELS: Record<EnrolmentOutcome, string> = {
  ENROLLED: "已报名",
  COMPLETED: "结业",
  CERTIFIED: "取得职业资格证书",
  SUBSIDY_GRANTED: "学历提升补助",
  DROPPED: "未完成",
};
/** Outcomes that mean the member took part in the training. */
export const OUTCOMES_NEEDING_ATTENDANCE: readonly EnrolmentOutcome[] = ["COMPLETED", "CERTIFIED", "SUBSIDY_GRANTED"];

export const CERTIFICATE_LEVELS = ["LEVEL_5", "LEVEL_4", "LEVEL_3", "LEVEL_2", "LEVEL_1"] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];
export const CERTIFICATE_LEVEL_LABELS: Record<CertificateLevel, string> = {
  LEVEL_5: "初级工（五级）",
  LEVEL_4: "中级工（四级）",
  LEVEL_3: "高级工（三级）",
  LEVEL_2: "技师（二级）",
  LEVEL_1: "高级技师（一级）",
};
/** Short forms people type in spreadsheets. */
export const CERTIFICATE_LEVEL_ALIASES: Record<string, CertificateLevel> = {
  五级: "LEVEL_5",
  初级工: "LEVEL_5",
  初级: "LEVEL_5",
  四级: "LEVEL_4",
  中级工: "LEVEL_4",
  中级: "LEVEL_4",
  三级: "LEVEL_3",
  高级工: "LEVEL_3",
  高级: "LEVEL_3",
  二级: "LEVEL_2",
  技师: "LEVEL_2",
  一级: "LEVEL_1",
  高级技师: "LEVEL_1",
};
