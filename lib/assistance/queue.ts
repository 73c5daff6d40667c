import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike, canWrite } from "../auth/actor";
import { fromDateOnly, todayCST } from "../dates";
import { levelRank } from "../orgs/labels";
import { findOrgInScope } from "../orgs/queries";
import { inSubtree } from "../records/scoped-list";
import { fileScopeWhere, FILE_SELECT, toFileDto, reviewDueWhere, withDetails } from "../hardship/queries";
import { actorFacts } from "./actor-facts";
import { evaluate, TRANSITIONS, type ActorFacts, type GrantAction, type Transition } from "./grant-workflow";
import { GRANT_SELECT, grantFacts, toDtos } from "./grants";
import type { ScopeQuery } from "./schema";

/** The forward steps staff are asked to take, in workflow order. */
export const QUEUE_ACTIONS = ["submit", "review", "approve", "start-notice", "disburse"] as const satisfies readonly GrantAction[];
const LIMIT = 50;

const DUTY_FIELD = { creator: "createdById", submitter: "submittedById", reviewer: "reviewedById" } as const;

/**
 * The grants a transition applies to for this actor, as a where clause read
 * off the workflow table: its state, the authority's reach, the excluded
 * duties. Null when the actor's level can never perform it.
 */
function transitionWhere(t: Transition, a: ActorFacts, today: string): Prisma.GrantWhereInput | null {
  if (a.role !== "ADMIN" && a.role !== "STAFF") return null;
  if (t.authority === "TOWN" && levelRank(a.homeLevel) > levelRank("TOWN")) return null;
  if (t.authority === "COUNTY" && levelRank(a.homeLevel) > levelRank("COUNTY")) return null;
  return {
    AND: [
      { status: t.from },
      t.authority === "TOWN" ? { orgId: { not: a.homeOrgId } } : {},
      ...t.notBy.map((d) => ({ OR: [{ [DUTY_FIELD[d]]: null }, { [DUTY_FIELD[d]]: { not: a.userId } }] })),
      t.action === "disburse" ? { noticeEndsOn: { lt: fromDateOnly(today) } } : {},
    ],
  };
}

/** The queue's wheres for this actor and scope: the grants per forward step, the files to re-check and to verify, the grants in notice. */
async function queueWheres(actor: Actor, q: ScopeQuery, today: string) {
  assertStaffLike(actor);
  const root = q.orgId ? (await findOrgInScope(actor, q.orgId)).id : actor.orgId;
  const facts = await actorFacts(actor);
  const scope: Prisma.GrantWhereInput = inSubtree(root);
  const fileScope: Prisma.HardshipFileWhereInput = { AND: [fileScopeWhere(actor), inSubtree(root)] };
  return {
    facts,
    grants: QUEUE_ACTIONS.map((action) => {
      const t = TRANSITIONS.find((x) => x.action === action)!;
      const where = transitionWhere(t, facts, today);
      return { action, where: where && { AND: [scope, where] } };
    }),
    due: { AND: [fileScope, reviewDueWhere(today)] },
    pending: { AND: [fileScope, { status: "PENDING" as const }] },
    inNotice: { AND: [scope, { status: "NOTICE" as const, noticeEndsOn: { gte: fromDateOnly(today) } }] },
  };
}

/** 待办: what awaits this actor — grants they may move on now, files due for re-check or verification. */
export async function getQueue(actor: Actor, q: ScopeQuery, now = new Date()) {
  const today = todayCST(now);
  const w = await queueWheres(actor, q, today);
  const grants = await Promise.all(
    w.grants.map(async ({ action, where }) => {
      if (!where) return { action, total: 0, data: [] };
      const [rows, total] = await Promise.all([
        db.grant.findMany({ where, select: GRANT_SELECT, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: LIMIT }),
        db.grant.count({ where }),
      ]);
      // The workflow table has the last word on every item shown.
      const mine = rows.filter((g) => evaluate(w.facts, grantFacts(g), action, today).ok);
      return { action, total, data: await toDtos(mine) };
    }),
  );

  const writer = canWrite(actor);
  const [due, dueTotal, pending, pendingTotal, inNotice] = await Promise.all([
    writer ? db.hardshipFile.findMany({ where: w.due, select: FILE_SELECT, orderBy: [{ lastVerifiedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }], take: LIMIT }) : [],
    writer ? db.hardshipFile.count({ where: w.due }) : 0,
    writer ? db.hardshipFile.findMany({ where: w.pending, select: FILE_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: LIMIT }) : [],
    writer ? db.hardshipFile.count({ where: w.pending }) : 0,
    db.grant.count({ where: w.inNotice }),
  ]);

  const details = await withDetails([...due, ...pending].map((f) => f.id));
  return {
    today,
    grants,
    inNotice,
    reviewDue: { total: dueTotal, data: due.map((f) => toFileDto(f, details.has(f.id), today)) },
    pendingVerification: { total: pendingTotal, data: pending.map((f) => toFileDto(f, details.has(f.id), today)) },
  };
}

/**
 * The queue's counts alone, for the desk on 首页 and the overview /assistance:
 * the same wheres as getQueue, without reading the items (their rows, members'
 * names and organisations), which neither shows. `take` (`deskTake`) stops
 * each count one past the desk's cap: a province's grants and files took
 * 0.13–0.16 s each to count at 20 M members.
 */
export async function getQueueCounts(actor: Actor, q: ScopeQuery, { now = new Date(), take }: { now?: Date; take?: number } = {}) {
  const w = await queueWheres(actor, q, todayCST(now));
  const [byAction, reviewDue, pendingVerification] = await Promise.all([
    Promise.all(w.grants.map(async ({ action, where }) => ({ action, total: where ? await db.grant.count({ where, take }) : 0 }))),
    db.hardshipFile.count({ where: w.due, take }),
    db.hardshipFile.count({ where: w.pending, take }),
  ]);
  return { grants: byAction.reduce((a, g) => a + g.total, 0), byAction, reviewDue, pendingVerification };
}
export type Queue = Awaited<ReturnType<typeof getQueue>>;
