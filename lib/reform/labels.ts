// Client-safe vocabulary of the 产改 module.
export { TASK_STATUSES, TASK_STATUS_LABELS, DECISION_STATUS_LABELS, type TaskStatus, type DecisionStatus } from "./status";

export const UNIT_KINDS = ["PARTY", "GOVERNMENT", "UNION", "ENTERPRISE", "OTHER"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  PARTY: "党委部门",
  GOVERNMENT: "政府部门",
  UNION: "工会组织",
  ENTERPRISE: "企业",
  OTHER: "其他单位",
};

/** The areas (工程) most county plans start from; a plan keeps its own list. */
export const DEFAULT_AREAS = ["思想引领", "素质提升", "权益维护", "支撑保障", "助力发展"];

/** Tasks due within this many days (today included) are listed under 7 天内到期. */
export const DUE_SOON_DAYS = 7;

export const TASK_EVENT_LABELS: Record<string, string> = { COMPLETE: "确认完成", REOPEN: "重新打开" };
