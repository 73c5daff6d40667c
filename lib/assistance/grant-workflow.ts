// The grant approval workflow (帮扶救助审批流程) as one table: every allowed
// transition, who may perform it and what it needs. Pure (no database, no
// clock): lib/assistance/grant-mutations.ts enforces it, the queue derives its
// filters from it, and the detail page shows exactly the buttons it allows.
import { levelRank, type OrgLevel } from "../orgs/labels";
import type { GrantStatus } from "./labels";

export const GRANT_ACTIONS = ["submit", "review", "approve", "start-notice", "disburse", "reject", "withdraw", "reverse"] as const;
export type GrantAction = (typeof GRANT_ACTIONS)[number];

/**
 * Who may act, by the actor's home organisation relative to the grant's
 * organisation (the member's union):
 * - UNION: any organisation whose subtree contains the member's union (the union itself or above);
 * - TOWN: an organisation strictly above the member's union, at town/street level or higher;
 * - COUNTY: an organisation above it at county level or higher.
 */
export type Authority = "UNION" | "TOWN" | "COUNTY";

/** People excluded from a step because they asked for the grant (separation of duties). */
export type Duty = "creator" | "submitter" | "reviewer";

export type Transition = {
  action: GrantAction;
  from: GrantStatus;
  to: GrantStatus;
  authority: Authority;
  notBy: readonly Duty[];
  /** Withdrawal is for the side that asked: who entered or submitted it, or staff of the member's union. */
  submittingSide?: boolean;
  reason: "required" | "optional" | "none";
};

const ASKERS: readonly Duty[] = ["creator", "submitter"];

export const TRANSITIONS: readonly Transition[] = [
  { action: "submit", from: "DRAFT", to: "SUBMITTED", authority: "UNION", notBy: [], reason: "none" },
  { action: "review", from: "SUBMITTED", to: "REVIEWED", authority: "TOWN", notBy: ASKERS, reason: "optional" },
  { action: "approve", from: "REVIEWED", to: "APPROVED", authority: "COUNTY", notBy: [...ASKERS, "reviewer"], reason: "optional" },
  { action: "start-notice", from: "APPROVED", to: "NOTICE", authority: "COUNTY", notBy: [], reason: "none" },
  { action: "disburse", from: "NOTICE", to: "DISBURSED", authority: "COUNTY", notBy: [], reason: "none" },
  { action: "reject", from: "SUBMITTED", to: "REJECTED", authority: "TOWN", notBy: ASKERS, reason: "required" },
  { action: "reject", from: "REVIEWED", to: "REJECTED", authority: "COUNTY", notBy: ASKERS, reason: "required" },
  { action: "reject", from: "APPROVED", to: "REJECTED", authority: "COUNTY", notBy: ASKERS, reason: "required" },
  { action: "reject", from: "NOTICE", to: "REJECTED", authority: "COUNTY", notBy: ASKERS, reason: "required" },
  { action: "withdraw", from: "DRAFT", to: "WITHDRAWN", authority: "UNION", notBy: [], submittingSide: true, reason: "required" },
  { action: "withdraw", from: "SUBMITTED", to: "WITHDRAWN", authority: "UNION", notBy: [], submittingSide: true, reason: "required" },
  { action: "withdraw", from: "REVIEWED", to: "WITHDRAWN", authority: "UNION", notBy: [], submittingSide: true, reason: "required" },
  // A reversed payment voids the disbursement, not the approval: the grant is
  // approved again and needs a fresh public notice before it can be paid.
  { action: "reverse", from: "DISBURSED", to: "APPROVED", authority: "COUNTY", notBy: [], reason: "required" },
];

export const ACTION_LABELS: Record<GrantAction, string> = {
  submit: "提交",
  review: "审核通过",
  approve: "审批通过",
  "start-notice": "开始公示",
  disburse: "发放",
  reject: "驳回",
  withdraw: "撤回",
  reverse: "冲正（撤销发放）",
};

/** What waits for an action, as the queue names it. */
export const PENDING_LABELS: Record<GrantAction, string> = {
  submit: "待提交",
  review: "待审核",
  approve: "待审批",
  "start-notice": "待公示",
  disburse: "待发放",
  reject: "待驳回",
  withdraw: "待撤回",
  reverse: "待冲正",
};

export type ActorFacts = {
  userId: string;
  role: "ADMIN" | "LEADER" | "STAFF" | "MEMBER" | "PARTNER";
  homeOrgId: number;
  homeLevel: OrgLevel;
};

export type GrantFacts = {
  status: GrantStatus;
  orgId: number;
  /** The grant organisation's path from the root, itself included. */
  orgAncestorIds: readonly number[];
  createdById: string | null;
  submittedById: string | null;
  reviewedById: string | null;
  /** Last day of the public notice (yyyy-mm-dd), once started. */
  noticeEndsOn: string | null;
};

export type Verdict =
  | { ok: true; transition: Transition }
  | { ok: false; why: "STATE" | "AUTHORITY" | "DUTY" | "NOTICE"; message: string };

export function transitionFor(action: GrantAction, from: GrantStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.action === action && t.from === from);
}

export function hasAuthority(actor: ActorFacts, grant: Pick<GrantFacts, "orgId" | "orgAncestorIds">, authority: Authority): boolean {
  if (actor.role !== "ADMIN" && actor.role !== "STAFF") return false;
  if (!grant.orgAncestorIds.includes(actor.homeOrgId)) return false;
  if (authority === "UNION") return true;
  if (authority === "TOWN") return actor.homeOrgId !== grant.orgId && levelRank(actor.homeLevel) <= levelRank("TOWN");
  return levelRank(actor.homeLevel) <= levelRank("COUNTY");
}

const DUTY_OF: Record<Duty, keyof GrantFacts> = { creator: "createdById", submitter: "submittedById", reviewer: "reviewedById" };
const DUTY_MESSAGES: Record<Duty, string> = {
  creator: "录入该申请的人员不能审核或审批本申请",
  submitter: "提交该申请的人员不能审核或审批本申请",
  reviewer: "审核该申请的人员不能再审批本申请",
};

const AUTHORITY_MESSAGES: Record<Authority, string> = {
  UNION: "只有会员所在工会或其上级工会的工作人员可以办理",
  TOWN: "须由会员所在工会的上级（镇、街道及以上）工会审核",
  COUNTY: "须由县（区）总工会及以上工作人员办理",
};

/** Whether the notice period has ended by `today` (yyyy-mm-dd): payment starts the day after its last day. */
export function noticeOver(noticeEndsOn: string | null, today: string): boolean {
  return noticeEndsOn !== null && today > noticeEndsOn;
}

/** Decides one action for one actor; `today` (yyyy-mm-dd, China time) is injected for testability. */
export function evaluate(actor: ActorFacts, grant: GrantFacts, action: GrantAction, today: string): Verdict {
  const t = transitionFor(action, grant.status);
  if (!t) return { ok: false, why: "STATE", message: `当前状态不能执行“${ACTION_LABELS[action]}”` };
  if (!hasAuthority(actor, grant, t.authority)) return { ok: false, why: "AUTHORITY", message: AUTHORITY_MESSAGES[t.authority] };
  if (t.submittingSide) {
    const asker = actor.userId === grant.createdById || actor.userId === grant.submittedById || actor.homeOrgId === grant.orgId;
    if (!asker) return { ok: false, why: "AUTHORITY", message: "只有申请方（录入、提交人员或会员所在工会）可以撤回" };
  }
  for (const d of t.notBy) {
    if (grant[DUTY_OF[d]] === actor.userId) return { ok: false, why: "DUTY", message: DUTY_MESSAGES[d] };
  }
  if (action === "disburse" && !noticeOver(grant.noticeEndsOn, today)) {
    return { ok: false, why: "NOTICE", message: `公示期未满（公示至 ${grant.noticeEndsOn ?? "—"}），不能发放` };
  }
  return { ok: true, transition: t };
}

/** The actions this actor may perform on this grant now, in workflow order. */
export function allowedActions(actor: ActorFacts, grant: GrantFacts, today: string): GrantAction[] {
  return GRANT_ACTIONS.filter((a) => evaluate(actor, grant, a, today).ok);
}

/** Last day of a notice of `days` days that starts on `startsOn` (both yyyy-mm-dd). */
export function noticeEnd(startsOn: string, days: number): string {
  const d = new Date(`${startsOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.max(1, days) - 1);
  return d.toISOString().slice(0, 10);
}

/** A draft is edited by the side that asks for it: whoever may withdraw it. */
export function mayEditDraft(actor: ActorFacts, grant: GrantFacts): boolean {
  return grant.status === "DRAFT" && evaluate(actor, grant, "withdraw", "").ok;
}
