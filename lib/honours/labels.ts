// Chinese labels for honours and model-worker services, shared by pages, exports and schemas.
export const HONOUR_TITLES = ["MODEL_WORKER", "MAY_DAY_MEDAL", "WORKER_PIONEER", "WOMEN_PACESETTER", "CRAFTSMAN", "TECH_PACESETTER", "OTHER"] as const;
export type HonourTitle = (typeof HONOUR_TITLES)[number];
export const HONOUR_TITLE_LABELS: Record<HonourTitle, string> = {
  MODEL_WORKER: "劳动模范",
  MAY_DAY_MEDAL: "五一劳动奖章",
  WORKER_PIONEER: "工人先锋号",
  WOMEN_PACESETTER: "五一巾帼标兵",
  CRAFTSMAN: "工匠",
  TECH_PACESETTER: "技术标兵",
  OTHER: "其他荣誉",
};
/** Titles held by a union or team rather than a person. */
export const COLLECTIVE_TITLES: readonly HonourTitle[] = ["WORKER_PIONEER"];

export const HONOUR_LEVELS = ["NATIONAL", "PROVINCIAL", "CITY", "COUNTY"] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];
export const HONOUR_LEVEL_LABELS: Record<HonourLevel, string> = {
  NATIONAL: "全国",
  PROVINCIAL: "省级",
  CITY: "市级",
  COUNTY: "县（区）级",
};

export const HONOUR_STATUSES = ["AWARDED", "NOMINATED"] as const;
export type HonourStatus = (typeof HONOUR_STATUSES)[number];
export const HONOUR_STATUS_LABELS: Record<HonourStatus, string> = { AWARDED: "已授予", NOMINATED: "提名" };

export const HOLDER_KINDS = ["MEMBER", "TEAM"] as const;
export const HOLDER_KIND_LABELS: Record<(typeof HOLDER_KINDS)[number], string> = { MEMBER: "个人", TEAM: "集体" };

export const SERVICE_KINDS = ["HEALTH_CHECK", "RECUPERATION", "SERVICE_CARD", "VISIT", "OTHER"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  HEALTH_CHECK: "健康体检",
  RECUPERATION: "疗休养",
  SERVICE_CARD: "劳模服务卡",
  VISIT: "走访慰问",
  OTHER: "其他服务",
};
