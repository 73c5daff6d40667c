// Chinese labels and the rules of the hierarchy, shared by pages and schemas.
export const ORG_LEVELS = ["PROVINCE", "CITY", "COUNTY", "TOWN", "VILLAGE", "GRASSROOTS"] as const;
export const ORG_KINDS = ["FEDERATION", "COMMUNITY", "INDEPENDENT", "JOINT", "INDUSTRY", "NEW_EMPLOYMENT"] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];
export type OrgKind = (typeof ORG_KINDS)[number];

/**
 * The depth of a county's (district's) federation under a province and a city.
 * A member's `county_id` is its union's ancestor here: `ancestor_ids[3]` in the
 * trigger of migration member_county_id, which must change with it.
 */
export const COUNTY_DEPTH = 2;

/**
 * A province or a city (depth 0–1): a tenth or more of all members. Its member
 * list is "100,000+", its 会员数 the rollup's, its desk counts stop at 99+.
 */
export const isWide = (depth: number) => depth < COUNTY_DEPTH;
export const ORG_STATUSES = ["ACTIVE", "DISSOLVED"] as const;
export const ORG_STATUS_LABELS: Record<(typeof ORG_STATUSES)[number], string> = { ACTIVE: "正常", DISSOLVED: "已撤销" };

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  PROVINCE: "省级",
  CITY: "市级",
  COUNTY: "县（区）级",
  TOWN: "镇（街道）级",
  VILLAGE: "村（社区）级",
  GRASSROOTS: "基层工会",
};

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  FEDERATION: "总工会",
  COMMUNITY: "村（社区）工会",
  INDEPENDENT: "独立基层工会",
  JOINT: "联合工会",
  INDUSTRY: "行业工会联合会",
  NEW_EMPLOYMENT: "新业态工会",
};

/** Which kinds a node of each level may be. */
export const KINDS_BY_LEVEL: Record<OrgLevel, readonly OrgKind[]> = {
  PROVINCE: ["FEDERATION"],
  CITY: ["FEDERATION"],
  COUNTY: ["FEDERATION"],
  TOWN: ["FEDERATION"],
  VILLAGE: ["COMMUNITY", "JOINT"],
  GRASSROOTS: ["INDEPENDENT", "JOINT", "INDUSTRY", "NEW_EMPLOYMENT"],
};

export const levelRank = (l: OrgLevel) => ORG_LEVELS.indexOf(l);

/** County and above carry a GB/T 2260 administrative division code. */
export const needsDivisionCode = (l: OrgLevel) => levelRank(l) <= levelRank("COUNTY");

/** Members are registered with grassroots and village/community unions. */
export const holdsMembers = (l: OrgLevel) => l === "GRASSROOTS" || l === "VILLAGE";
