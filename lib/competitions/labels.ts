// Chinese labels for competitions and entries, shared by pages, exports, imports and schemas.
export const COMPETITION_KINDS = ["SKILLS", "KEY_PROJECT", "ANKANG_CUP", "OTHER"] as const;
export type CompetitionKind = (typeof COMPETITION_KINDS)[number];
export const COMPETITION_KIND_LABELS: Record<CompetitionKind, string> = {
  SKILLS: "职业技能竞赛",
  KEY_PROJECT: "重点工程劳动竞赛",
  ANKANG_CUP: "安康杯竞赛",
  OTHER: "其他竞赛",
};

/** Same values as the honour levels: a first place can lead to an honour of the matching level. */
export const COMPETITION_LEVELS = ["NATIONAL", "PROVINCIAL", "CITY", "COUNTY"] as const;
export type CompetitionLevel = (typeof COMPETITION_LEVELS)[number];
export const COMPETITION_LEVEL_LABELS: Record<CompetitionLevel, string> = {
  NATIONAL: "全国",
  PROVINCIAL: "省级",
  CITY: "市级",
  COUNTY: "县（区）级",
};

export const COMPETITION_AWARDS = ["FIRST", "SECOND", "THIRD", "EXCELLENCE"] as const;
export type CompetitionAward = (typeof COMPETITION_AWARDS)[number];
export const COMPETITION_AWARD_LABELS: Record<CompetitionAward, string> = {
  FIRST: "一等奖",
  SECOND: "二等奖",
  THIRD: "三等奖",
  EXCELLENCE: "优秀奖",
};

/** Honours a first place may be nominated for (the skills-to-honours pipeline). */
export const NOMINATION_TITLES = ["MAY_DAY_MEDAL", "CRAFTSMAN", "TECH_PACESETTER"] as const;
export type NominationTitle = (typeof NOMINATION_TITLES)[number];
export const NOMINATION_TITLE_LABELS: Record<NominationTitle, string> = {
  MAY_DAY_MEDAL: "五一劳动奖章",
  CRAFTSMAN: "工匠",
  TECH_PACESETTER: "技术标兵",
};
