// Who may do what with a period report, as pure functions (unit-tested in
// tests/unit/period-report-rules.test.ts). The organisation's own staff
// (or its parent's, on its behalf) submit; the parent's staff approve or return; the grandparent's staff may
// accept an approved report as a second step; administrators of the approving
// level reopen. Whoever submitted a report never reviews or accepts it.
import type { Actor } from "../auth/actor";
import { canWrite } from "../auth/actor";
import { AppError, conflict, forbidden } from "../errors";
import type { ReportAction, ReportStatus } from "./schema";

export type ReportFacts = {
  /** The reporting organisation's materialised path, root first, itself last. */
  ancestorIds: number[];
  status: ReportStatus | null;
  submittedById: string | null;
  reviewedById: string | null;
  /** The period is over (only finished periods are reported). */
  periodEnded: boolean;
};

export const LOCKED_STATUSES: ReportStatus[] = ["APPROVED", "ACCEPTED"];

const up = (f: ReportFacts, n: number) => f.ancestorIds[f.ancestorIds.length - 1 - n] ?? null;

/** Why `actor` may not do `action` now, or null when they may. */
export function refusal(actor: Actor, f: ReportFacts, action: ReportAction): AppError | null {
  if (!canWrite(actor)) return forbidden(actor.role === "LEADER" ? "领导账号为只读，不能报送或审核" : undefined);
  const self = up(f, 0);
  const parent = up(f, 1);
  const grandparent = up(f, 2);
  switch (action) {
    case "submit":
      // The parent's staff may enter a small town's report for it; they then cannot approve it.
      if (actor.orgId !== self && actor.orgId !== parent) return forbidden("只有本组织或上一级组织的工会干部可以报送");
      if (!f.periodEnded) return conflict("该期间尚未结束，结束后才能报送");
      if (f.status !== null && f.status !== "RETURNED") return conflict("该期间已经报送，不能重复报送");
      return null;
    case "approve":
    case "return":
      if (actor.orgId !== parent) return forbidden("只有上一级组织的工会干部可以审核");
      if (f.status !== "SUBMITTED") return conflict("该期间不在待审核状态");
      if (actor.userId === f.submittedById) return forbidden("报送人不能审核自己报送的期间");
      return null;
    case "accept":
      if (actor.orgId !== grandparent) return forbidden("只有再上一级组织的工会干部可以确认");
      if (f.status !== "APPROVED") return conflict("该期间尚未审核通过，不能确认");
      if (actor.userId === f.submittedById || actor.userId === f.reviewedById) return forbidden("报送人或审核人不能确认同一期间");
      return null;
    case "reopen":
      if (actor.role !== "ADMIN") return forbidden("只有审核一级的管理员可以重新开放已锁定的期间");
      if (actor.orgId !== parent && !(f.status === "ACCEPTED" && actor.orgId === grandparent)) return forbidden("只有审核一级的管理员可以重新开放已锁定的期间");
      if (!f.status || !LOCKED_STATUSES.includes(f.status)) return conflict("该期间未锁定，无需重新开放");
      return null;
  }
}

export function allowedActions(actor: Actor, f: ReportFacts): ReportAction[] {
  return (["submit", "approve", "return", "accept", "reopen"] as const).filter((a) => refusal(actor, f, a) === null);
}

export const DEFAULT_GRACE_DAYS = 15;
