// Chinese labels and the fixed rules of collective contracts (集体合同), shared
// by pages, schemas, the workflow and the coverage figures.
export const CONTRACT_KINDS = ["COMPREHENSIVE", "WAGE", "WOMEN", "REGIONAL", "INDUSTRY"] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const CONTRACT_KIND_LABELS: Record<ContractKind, string> = {
  COMPREHENSIVE: "综合集体合同",
  WAGE: "工资专项集体合同",
  WOMEN: "女职工权益保护专项集体合同",
  REGIONAL: "区域性集体合同",
  INDUSTRY: "行业性集体合同",
};

/** Short forms for tables and badges. */
export const CONTRACT_KIND_SHORT: Record<ContractKind, string> = {
  COMPREHENSIVE: "综合",
  WAGE: "工资专项",
  WOMEN: "女职工专项",
  REGIONAL: "区域性",
  INDUSTRY: "行业性",
};

export const CONTRACT_STATUSES = ["OFFERED", "NEGOTIATING", "CONGRESS_APPROVED", "SIGNED", "SUBMITTED", "IN_FORCE", "EXPIRED", "RENEWED"] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  OFFERED: "要约",
  NEGOTIATING: "协商中",
  CONGRESS_APPROVED: "职代会审议通过",
  SIGNED: "已签订",
  SUBMITTED: "已报送审查",
  IN_FORCE: "生效",
  EXPIRED: "已到期",
  RENEWED: "已续订",
};

/**
 * Contracts of one enterprise, signed by its own (independent) union; they
 * cover exactly that enterprise. Regional and industry contracts cover many.
 */
export const SINGLE_ENTERPRISE_KINDS: readonly ContractKind[] = ["COMPREHENSIVE", "WAGE", "WOMEN"];
export const isSingleEnterpriseKind = (k: ContractKind) => SINGLE_ENTERPRISE_KINDS.includes(k);

/**
 * Wage negotiation coverage (工资集体协商覆盖): an enterprise counts when a
 * contract in force of one of these kinds covers it. 工资专项集体合同 is the
 * wage agreement itself; in Jiangsu regional and industry contracts are signed
 * as 区域性/行业性工资集体协议 that set minimum wages and the yearly rise for the
 * small firms they cover. A comprehensive contract only restates remuneration
 * principles (the yearly figures are negotiated in the wage-specific one), and
 * a women workers' contract has no wage terms, so neither counts on its own.
 * There is no per-contract "includes wage terms" flag in the schema; the kind decides.
 */
export const WAGE_TERM_KINDS: readonly ContractKind[] = ["WAGE", "REGIONAL", "INDUSTRY"];

/** Contracts ending within this many days appear in the reminder list. */
export const EXPIRY_WINDOW_DAYS = 60;
/** A collective contract runs for at most three years (《集体合同规定》第三十八条). */
export const MAX_TERM_YEARS = 3;
/** The province's target for wage negotiation coverage (建湖: ≥ 90%). */
export const WAGE_COVERAGE_TARGET = 0.9;

/**
 * Statuses of contracts that went into force. A contract counts as "in force"
 * on a date when it has one of these statuses and the date lies within its term:
 * a renewed contract keeps counting until its own term ends (no gap while the
 * renewal is negotiated), and a past date gives the coverage as it was then.
 */
export const EFFECTIVE_STATUSES: readonly ContractStatus[] = ["IN_FORCE", "EXPIRED", "RENEWED"];

/**
 * Who may be the union party of each kind, as (level, kind) pairs of
 * organisations: an enterprise's own independent union for its own contracts;
 * a town/street or village/community union, or a joint union, for a regional
 * contract; an industry federation for an industry contract. The party picker
 * searches exactly these; the server checks them again.
 */
export type PartyFilter = { level: "TOWN" | "VILLAGE" | "GRASSROOTS"; kind?: "INDEPENDENT" | "JOINT" | "INDUSTRY" };
export const PARTY_FILTERS: Record<ContractKind, readonly PartyFilter[]> = {
  COMPREHENSIVE: [{ level: "GRASSROOTS", kind: "INDEPENDENT" }],
  WAGE: [{ level: "GRASSROOTS", kind: "INDEPENDENT" }],
  WOMEN: [{ level: "GRASSROOTS", kind: "INDEPENDENT" }],
  REGIONAL: [{ level: "TOWN" }, { level: "VILLAGE" }, { level: "GRASSROOTS", kind: "JOINT" }],
  INDUSTRY: [{ level: "GRASSROOTS", kind: "INDUSTRY" }],
};
export const PARTY_HINTS: Record<ContractKind, string> = {
  COMPREHENSIVE: "企业的独立基层工会",
  WAGE: "企业的独立基层工会",
  WOMEN: "企业的独立基层工会",
  REGIONAL: "镇（街道）、村（社区）工会或联合工会",
  INDUSTRY: "行业工会联合会",
};
export const isPartyAllowed = (kind: ContractKind, org: { level: string; kind: string }) =>
  PARTY_FILTERS[kind].some((f) => f.level === org.level && (!f.kind || f.kind === org.kind));
