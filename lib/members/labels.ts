export const MEMBER_STATUSES = ["ACTIVE", "TRANSFERRED_OUT", "LEFT", "RETAINED"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
/**
 * 会员数 everywhere (首页, the organisation tree, the dashboard's 会员总数, the
 * member list and its API by default) counts the members in this status: 在会.
 * Retirees who keep membership (保留会籍) are still members but are counted
 * apart, as the dashboard's 保留会籍会员 and the union statistics do: they are
 * not in the working membership a target or a coverage rate is measured on.
 */
export const COUNTED_MEMBER_STATUS = "ACTIVE" satisfies MemberStatus;
/** The member list's status filter value for every status (no filter). */
export const MEMBER_STATUS_ALL = "ALL";
export type MemberStatusFilter = MemberStatus | typeof MEMBER_STATUS_ALL;
/** The status a member list shows when none is asked for: the counted one. */
export const memberStatusShown = (status: MemberStatusFilter | undefined): MemberStatusFilter => status ?? COUNTED_MEMBER_STATUS;
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  ACTIVE: "在会",
  TRANSFERRED_OUT: "转出",
  LEFT: "退会",
  RETAINED: "保留会籍",
};

/** Still a member: 在会, or a retiree who keeps membership (保留会籍). */
export const MEMBERSHIP_HELD: readonly MemberStatus[] = ["ACTIVE", "RETAINED"];

export const MEMBER_APPLICATION_STATUSES = ["PENDING", "ACCEPTED", "DECLINED", "EXISTING"] as const;
export type MemberApplicationStatus = (typeof MEMBER_APPLICATION_STATUSES)[number];
export const MEMBER_APPLICATION_STATUS_LABELS: Record<MemberApplicationStatus, string> = {
  PENDING: "待审核",
  ACCEPTED: "已同意入会",
  DECLINED: "未同意",
  EXISTING: "已是会员",
};

export const MEMBER_GROUPS = [
  "MIGRANT_WORKER",
  "FRONTLINE",
  "TRUCK_DRIVER",
  "COURIER",
  "FOOD_DELIVERY",
  "RIDE_HAILING",
  "LIVE_STREAMER",
  "PROPERTY_STAFF",
] as const;
export type MemberGroup = (typeof MEMBER_GROUPS)[number];
export const MEMBER_GROUP_LABELS: Record<MemberGroup, string> = {
  MIGRANT_WORKER: "农民工",
  FRONTLINE: "一线职工",
  TRUCK_DRIVER: "货车司机",
  COURIER: "快递员",
  FOOD_DELIVERY: "外卖配送员",
  RIDE_HAILING: "网约车司机",
  LIVE_STREAMER: "网络主播",
  PROPERTY_STAFF: "物业服务人员",
};

/** 新就业形态劳动者: the groups the new-employment-form policies target. */
export const NEW_EMPLOYMENT_GROUPS: readonly MemberGroup[] = [
  "TRUCK_DRIVER",
  "COURIER",
  "FOOD_DELIVERY",
  "RIDE_HAILING",
  "LIVE_STREAMER",
  "PROPERTY_STAFF",
];

export const SEX_LABELS = { MALE: "男", FEMALE: "女" } as const;
