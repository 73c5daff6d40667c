// Chinese labels for hardship files (困难职工档案), shared by pages, forms and exports.
export const HARDSHIP_CATEGORIES = ["DEEP", "RELATIVE", "ACCIDENT"] as const;
export type HardshipCategory = (typeof HARDSHIP_CATEGORIES)[number];
export const HARDSHIP_CATEGORY_LABELS: Record<HardshipCategory, string> = {
  DEEP: "深度困难",
  RELATIVE: "相对困难",
  ACCIDENT: "意外致困",
};

export const HARDSHIP_CAUSES = ["ILLNESS", "DISABILITY", "ACCIDENT", "UNEMPLOYMENT", "EDUCATION", "LOW_INCOME", "OTHER"] as const;
export type HardshipCause = (typeof HARDSHIP_CAUSES)[number];
export const HARDSHIP_CAUSE_LABELS: Record<HardshipCause, string> = {
  ILLNESS: "因病",
  DISABILITY: "因残",
  ACCIDENT: "因灾因意外",
  UNEMPLOYMENT: "失业",
  EDUCATION: "子女就学",
  LOW_INCOME: "收入低",
  OTHER: "其他",
};

export const HARDSHIP_STATUSES = ["PENDING", "IN_FILE", "LIFTED", "CLOSED"] as const;
export type HardshipStatus = (typeof HARDSHIP_STATUSES)[number];
export const HARDSHIP_STATUS_LABELS: Record<HardshipStatus, string> = {
  PENDING: "待核实",
  IN_FILE: "在档",
  LIFTED: "已解困",
  CLOSED: "已关闭",
};

export const VISIT_CONCLUSIONS = ["CONFIRMED", "ADJUST", "RECOMMEND_LIFT", "NOT_ELIGIBLE"] as const;
export type VisitConclusion = (typeof VISIT_CONCLUSIONS)[number];
export const VISIT_CONCLUSION_LABELS: Record<VisitConclusion, string> = {
  CONFIRMED: "情况属实",
  ADJUST: "调整类别",
  RECOMMEND_LIFT: "建议解困",
  NOT_ELIGIBLE: "不符合条件",
};
