// 单位性质 (the host unit's type in the union statistics survey) and how the
// yearbook's 工会组织基本情况 groups them: 企业合计 = 内资 + 港澳台商投资 + 外商投资.
import type { EnterpriseOwnership } from "../db/generated/enums";

export const OWNERSHIPS = ["STATE", "COLLECTIVE", "PRIVATE", "OTHER_DOMESTIC", "HMT", "FOREIGN", "INSTITUTION", "GOVERNMENT", "SOCIAL_ORG", "INDIVIDUAL"] as const satisfies readonly EnterpriseOwnership[];

export const OWNERSHIP_LABELS: Record<EnterpriseOwnership, string> = {
  STATE: "国有",
  COLLECTIVE: "集体",
  PRIVATE: "私营",
  OTHER_DOMESTIC: "其他内资（股份合作、联营、有限责任、股份有限）",
  HMT: "港澳台商投资",
  FOREIGN: "外商投资",
  INSTITUTION: "事业单位",
  GOVERNMENT: "机关",
  SOCIAL_ORG: "社会组织",
  INDIVIDUAL: "个体经济组织",
};

/** 内资企业 in the yearbook. */
export const DOMESTIC_ENTERPRISE: readonly EnterpriseOwnership[] = ["STATE", "COLLECTIVE", "PRIVATE", "OTHER_DOMESTIC"];
