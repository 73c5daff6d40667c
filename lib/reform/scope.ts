import "server-only";
// Who sees and does what with 产改 plans. One place, used by every query and
// mutation of the module:
// - staff, leaders and admins read the plans of their subtree and of the
//   organisations above them (a town reads its county's plan);
// - staff and admins of the plan's organisation or above write it (units,
//   tasks, completion, meetings); staff of a union that is a lead or
//   responsible unit of a task report on that task;
// - a partner-unit account (PARTNER) sees only the tasks its unit leads or
//   shares, the headings of their plans, and reports on them;
// - members see nothing here (403).
// Outside scope → 404; a forbidden act → 403, always before any body is read.
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { canWrite, isPartner, isStaffLike } from "../auth/actor";
import { forbidden, notFound } from "../errors";
import { isUuid } from "../validation/zod";
import { homeOrg, subtreeWhere } from "../orgs/queries";

export function assertReformReader(actor: Actor) {
  if (!isStaffLike(actor) && !isPartner(actor)) throw forbidden();
}

/** Organisations above the actor's home (the plans a lower organisation reads). */
async function homeAncestors(actor: Actor): Promise<number[]> {
  const home = await homeOrg(actor);
  if (!home) throw notFound("组织");
  return home.ancestorIds;
}

export function partnerTaskWhere(unitId: number): Prisma.ReformTaskWhereInput {
  return { OR: [{ leadUnitId: unitId }, { units: { some: { unitId } } }] };
}

/** Plans the actor may read. */
export async function planScopeWhere(actor: Actor): Promise<Prisma.ReformPlanWhereInput> {
  assertReformReader(actor);
  if (isPartner(actor)) return { tasks: { some: partnerTaskWhere(actor.partnerUnitId!) } };
  return { OR: [{ org: subtreeWhere(actor.orgId) }, { orgId: { in: await homeAncestors(actor) } }] };
}

/** Tasks the actor may read. */
export async function taskScopeWhere(actor: Actor): Promise<Prisma.ReformTaskWhereInput> {
  assertReformReader(actor);
  if (isPartner(actor)) return partnerTaskWhere(actor.partnerUnitId!);
  return { plan: await planScopeWhere(actor) };
}

/** Unit registers the actor may read: those of the organisations whose plans it reads. Partners read none. */
export async function unitScopeWhere(actor: Actor): Promise<Prisma.ReformUnitWhereInput> {
  if (!isStaffLike(actor)) throw forbidden();
  return { OR: [{ org: subtreeWhere(actor.orgId) }, { orgId: { in: await homeAncestors(actor) } }] };
}

/** Writing a plan, its units register, its tasks, completion and meetings. */
export const canManageOrg = (actor: Actor, orgAncestorIds: number[]) => canWrite(actor) && orgAncestorIds.includes(actor.orgId);

const PLAN_SCOPE_SELECT = { id: true, orgId: true, year: true, title: true, org: { select: { name: true, ancestorIds: true } } } satisfies Prisma.ReformPlanSelect;
export type ScopedPlan = Prisma.ReformPlanGetPayload<{ select: typeof PLAN_SCOPE_SELECT }>;

export async function findPlanInScope(actor: Actor, id: string): Promise<ScopedPlan> {
  if (!isUuid(id)) throw notFound("方案");
  const row = await db.reformPlan.findFirst({ where: { AND: [{ id }, await planScopeWhere(actor)] }, select: PLAN_SCOPE_SELECT });
  if (!row) throw notFound("方案");
  return row;
}

/** A plan the actor may change: 404 outside its reading scope, 403 when it only reads it. */
export async function findPlanForWrite(actor: Actor, id: string): Promise<ScopedPlan> {
  if (!canWrite(actor)) throw forbidden(actor.role === "LEADER" ? "领导账号为只读，不能修改数据" : undefined);
  const plan = await findPlanInScope(actor, id);
  if (!canManageOrg(actor, plan.org.ancestorIds)) throw forbidden("本方案由制定单位维护，您只能填报本单位牵头或参与的任务");
  return plan;
}

const TASK_SCOPE_SELECT = {
  id: true,
  planId: true,
  leadUnitId: true,
  completedOn: true,
  indicatorKey: true,
  percent: true,
  plan: { select: PLAN_SCOPE_SELECT },
  leadUnit: { select: { id: true, linkedOrg: { select: { ancestorIds: true } } } },
  units: { select: { unitId: true, unit: { select: { linkedOrg: { select: { ancestorIds: true } } } } } },
} satisfies Prisma.ReformTaskSelect;
export type ScopedTask = Prisma.ReformTaskGetPayload<{ select: typeof TASK_SCOPE_SELECT }>;

export async function findTaskInScope(actor: Actor, id: string): Promise<ScopedTask> {
  if (!isUuid(id)) throw notFound("任务");
  const row = await db.reformTask.findFirst({ where: { AND: [{ id }, await taskScopeWhere(actor)] }, select: TASK_SCOPE_SELECT });
  if (!row) throw notFound("任务");
  return row;
}

/** The unit the actor reports for on this task, or null when it reports as the plan's organisation. */
export function reportingUnit(actor: Actor, t: ScopedTask): { allowed: boolean; unitId: number | null } {
  if (isPartner(actor)) return { allowed: true, unitId: actor.partnerUnitId };
  if (!canWrite(actor)) return { allowed: false, unitId: null };
  // A union that is itself a lead or responsible unit reports as that unit.
  const own = [{ unitId: t.leadUnitId, org: t.leadUnit.linkedOrg }, ...t.units.map((u) => ({ unitId: u.unitId, org: u.unit.linkedOrg }))].find(
    (u) => u.org?.ancestorIds.at(-1) === actor.orgId,
  );
  if (own) return { allowed: true, unitId: own.unitId };
  return { allowed: canManageOrg(actor, t.plan.org.ancestorIds), unitId: null };
}
