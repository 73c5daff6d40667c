// Labels of 维权服务工单 (rights cases). Client-safe.
export const RIGHTS_KINDS = ["WAGE_ARREARS", "LABOUR_CONTRACT", "WORK_INJURY", "SOCIAL_INSURANCE", "DISPUTE_MEDIATION", "LEGAL_CONSULTATION", "OTHER"] as const;
export type RightsKind = (typeof RIGHTS_KINDS)[number];
export const RIGHTS_KIND_LABELS: Record<RightsKind, string> = {
  WAGE_ARREARS: "欠薪",
  LABOUR_CONTRACT: "劳动合同",
  WORK_INJURY: "工伤",
  SOCIAL_INSURANCE: "社保",
  DISPUTE_MEDIATION: "劳动争议调解",
  LEGAL_CONSULTATION: "法律咨询",
  OTHER: "其他",
};

export const RIGHTS_CHANNELS = ["VISIT", "PHONE", "ONLINE"] as const;
export const RIGHTS_CHANNEL_LABELS: Record<(typeof RIGHTS_CHANNELS)[number], string> = { VISIT: "来访", PHONE: "来电", ONLINE: "网上" };

export const RIGHTS_STATUSES = ["RECEIVED", "ACCEPTED", "REFERRED", "CLOSED", "FOLLOWED_UP"] as const;
export type RightsStatus = (typeof RIGHTS_STATUSES)[number];
export const RIGHTS_STATUS_LABELS: Record<RightsStatus, string> = {
  RECEIVED: "待受理",
  ACCEPTED: "办理中",
  REFERRED: "已转办",
  CLOSED: "已办结",
  FOLLOWED_UP: "已回访",
};

export const RIGHTS_REFERRALS = ["LABOUR_INSPECTION", "ARBITRATION", "LEGAL_AID_CENTRE"] as const;
export const RIGHTS_REFERRAL_LABELS: Record<(typeof RIGHTS_REFERRALS)[number], string> = {
  LABOUR_INSPECTION: "劳动保障监察",
  ARBITRATION: "劳动人事争议仲裁委员会",
  LEGAL_AID_CENTRE: "法律援助中心",
};

/** Which acts each status allows (409 otherwise). */
export const RIGHTS_ACTS: Record<"accept" | "handover" | "refer" | "close" | "followUp", readonly RightsStatus[]> = {
  accept: ["RECEIVED"],
  handover: ["RECEIVED", "ACCEPTED"],
  refer: ["ACCEPTED"],
  close: ["ACCEPTED", "REFERRED"],
  followUp: ["CLOSED"],
};
