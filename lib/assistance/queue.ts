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

/** 待办: what awaits this actor — grants they may move on now, files due for re-check or verification. */
export async function getQueue(actor: Actor, q: ScopeQuery, now = new Date()) {
  assertStaffLike(actor);
  const root = q.orgId ? (await findOrgInScope(actor, q.orgId)).id : actor.orgId;
  const facts = await actorFacts(actor);
  const today = todayCST(now);
  const scope: Prisma.GrantWhereInput = inSubtree(root);

  const grants = await Promise.all(
    QUEUE_ACTIONS.map(async (action) => {
      const t = TRANSITIONS.find((x) => x.action === action)!;
      const where = transitionWhere(t, facts, today);
      if (!where) return { action, total: 0, data: [] };
      const full = { AND: [scope, where] };
      const [rows, total] = await Promise.all([
        db.grant.findMany({ where: full, select: GRANT_SELECT, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: LIMIT }),
        db.grant.count({ where: full }),
      ]);
      // The workflow table has the last word on every item shown.
      const mine = rows.filter((g) => evaluate(facts, grantFacts(g), action, today).ok);
      return { action, total, data: await toDtos(mine) };
    }),
  );

  const writer = canWrite(actor);
  const fileScope: Prisma.HardshipFileWhereInput = { AND: [fileScopeWhere(actor), inSubtree(root)] };
  const dueWhere = { AND: [fileScope, reviewDueWhere(today)] };
  const pendingWhere = { AND: [fileScope, { status: "PENDING" as const }] };
  const [due, dueTotal, pending, pendingTotal, inNotice] = await Promise.all([
    writer ? db.hardshipFile.findMany({ where: dueWhere, select: FILE_SELECT, orderBy: [{ lastVerifiedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }], take: LIMIT }) : [],
    writer ? db.hardshipFile.count({ where: dueWhere }) : 0,
    writer ? db.hardshipFile.findMany({ where: pendingWhere, select: FILE_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: LIMIT }) : [],
    writer ? db.hardshipFile.count({ where: pendingWhere }) : 0,
    db.grant.count({ where: { AND: [scope, { status: "NOTICE", noticeEndsOn: { gte: fromDateOnly(today) } }] } }),
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
export type Queue = Awaited<ReturnType<typeof getQueue>>;
