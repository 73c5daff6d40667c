import "server-only";
// Reads of the 产改 module. Every function takes the caller's Actor; scope
// comes from lib/reform/scope.ts. Statuses are derived at read time
// (lib/reform/status.ts) from today's date, the milestones and the progress.
import { db, Prisma } from "../db/client";
import { containsText } from "../db/like";
import type { Actor } from "../auth/actor";
import { isPartner } from "../auth/actor";
import { forbidden, notFound } from "../errors";
import { todayCST, toDateOnly } from "../dates";
import { findOrgInScope, subtreeWhere } from "../orgs/queries";
import { indicatorByKey } from "../dashboard/indicators";
import { indicatorFigureForYear } from "../dashboard/queries";
import { DUE_SOON_DAYS } from "./labels";
import { dueSoon, expectedPercent, indicatorPercent, taskStatus, decisionStatus, type TaskStatus } from "./status";
import { canManageOrg, findPlanInScope, findTaskInScope, planScopeWhere, reportingUnit, taskScopeWhere, unitScopeWhere } from "./scope";
import type { DecisionDto, MeetingDto, PlanDto, ReportDto, ScopeTaskQuery, TaskDetail, TaskListQuery, TaskRow, UnitDto, UnitListQuery, UnitSummary, PlanListQuery } from "./schema";

const TASK_ROW_SELECT = {
  id: true,
  planId: true,
  areaId: true,
  number: true,
  title: true,
  deadline: true,
  percent: true,
  lastReportOn: true,
  completedOn: true,
  indicatorKey: true,
  indicatorTarget: true,
  area: { select: { name: true, sort: true } },
  leadUnit: { select: { id: true, name: true } },
  units: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unitId: "asc" } },
  milestones: { select: { dueOn: true, percent: true }, orderBy: { dueOn: "asc" } },
  reports: { select: { content: true }, orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }], take: 1 },
  plan: { select: { orgId: true, year: true } },
} satisfies Prisma.ReformTaskSelect;
type TaskRowDb = Prisma.ReformTaskGetPayload<{ select: typeof TASK_ROW_SELECT }>;

/**
 * Figures of linked indicators, once per (organisation, year, indicator) in a
 * request: a plan's tasks often share one.
 */
class IndicatorFigures {
  private readonly memo = new Map<string, Promise<number | null>>();
  get(orgId: number, year: number, key: string) {
    const k = `${orgId}|${year}|${key}`;
    if (!this.memo.has(k)) this.memo.set(k, indicatorFigureForYear(orgId, key, year));
    return this.memo.get(k)!;
  }
}

const excerpt = (s: string | undefined, n = 60) => (s === undefined ? null : s.length > n ? `${s.slice(0, n)}…` : s);

async function toRows(rows: TaskRowDb[], today: string, figures = new IndicatorFigures()): Promise<TaskRow[]> {
  return Promise.all(
    rows.map(async (r) => {
      const linked = r.indicatorKey && r.indicatorTarget;
      const percent = linked ? indicatorPercent(await figures.get(r.plan.orgId, r.plan.year, r.indicatorKey!), Number(r.indicatorTarget)) : r.percent;
      const deadline = toDateOnly(r.deadline)!;
      const completedOn = toDateOnly(r.completedOn);
      const milestones = r.milestones.map((m) => ({ dueOn: toDateOnly(m.dueOn)!, percent: m.percent }));
      const status = taskStatus({ today, deadline, milestones, percent, started: percent > 0 || r.lastReportOn !== null, completedOn });
      return {
        id: r.id,
        planId: r.planId,
        areaId: r.areaId,
        areaName: r.area.name,
        number: r.number,
        title: r.title,
        leadUnit: r.leadUnit,
        units: r.units.map((u) => u.unit),
        deadline,
        percent,
        status,
        expectedPercent: completedOn ? 100 : expectedPercent(today, deadline, milestones),
        dueSoon: dueSoon({ today, deadline, completedOn }, DUE_SOON_DAYS),
        lastReportOn: toDateOnly(r.lastReportOn),
        lastReport: excerpt(r.reports[0]?.content),
        indicatorKey: r.indicatorKey,
      };
    }),
  );
}

const TASK_ORDER: Prisma.ReformTaskOrderByWithRelationInput[] = [{ area: { sort: "asc" } }, { number: "asc" }];

type Counts = PlanDto["counts"];
function countStatuses(rows: { status: TaskStatus }[]): Counts {
  const c: Counts = { total: rows.length, completed: 0, late: 0, inProgress: 0, notStarted: 0 };
  for (const r of rows) {
    if (r.status === "COMPLETED") c.completed++;
    else if (r.status === "LATE") c.late++;
    else if (r.status === "IN_PROGRESS") c.inProgress++;
    else c.notStarted++;
  }
  return c;
}

const PLAN_SELECT = {
  id: true,
  orgId: true,
  year: true,
  title: true,
  org: { select: { name: true, ancestorIds: true } },
  areas: { select: { id: true, name: true, sort: true }, orderBy: { sort: "asc" } },
} satisfies Prisma.ReformPlanSelect;
type PlanDb = Prisma.ReformPlanGetPayload<{ select: typeof PLAN_SELECT }>;

async function toPlanDto(actor: Actor, p: PlanDb, today: string, figures: IndicatorFigures): Promise<PlanDto> {
  const tasks = await db.reformTask.findMany({ where: { planId: p.id }, select: TASK_ROW_SELECT });
  return {
    id: p.id,
    orgId: p.orgId,
    orgName: p.org.name,
    year: p.year,
    title: p.title,
    areas: p.areas,
    counts: countStatuses(await toRows(tasks, today, figures)),
    canManage: canManageOrg(actor, p.org.ancestorIds),
  };
}

/** Plans in scope, newest year first. A partner sees the headings of the plans it has tasks in. */
export async function listPlans(actor: Actor, q: PlanListQuery) {
  const scope = await planScopeWhere(actor);
  if (isPartner(actor)) {
    const rows = await db.reformPlan.findMany({ where: scope, select: PLAN_SELECT, orderBy: [{ year: "desc" }, { title: "asc" }] });
    const data = rows.map((p) => ({ id: p.id, orgName: p.org.name, year: p.year, title: p.title, areas: p.areas }));
    return { data, total: data.length, page: 1, pageSize: data.length };
  }
  const where: Prisma.ReformPlanWhereInput = { AND: [scope, q.orgId ? { orgId: q.orgId } : {}, q.year ? { year: q.year } : {}] };
  const [rows, total] = await Promise.all([
    db.reformPlan.findMany({ where, select: PLAN_SELECT, orderBy: [{ year: "desc" }, { org: { depth: "asc" } }, { title: "asc" }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.reformPlan.count({ where }),
  ]);
  const today = todayCST();
  const figures = new IndicatorFigures();
  return { data: await Promise.all(rows.map((p) => toPlanDto(actor, p, today, figures))), total, page: q.page, pageSize: q.pageSize };
}

/** One plan: its headings for a partner, with task counts and the caller's rights for staff. */
export async function getPlan(actor: Actor, id: string) {
  await findPlanInScope(actor, id);
  const p = await db.reformPlan.findUniqueOrThrow({ where: { id }, select: PLAN_SELECT });
  if (isPartner(actor)) return { id: p.id, orgName: p.org.name, year: p.year, title: p.title, areas: p.areas };
  return toPlanDto(actor, p, todayCST(), new IndicatorFigures());
}

function matches(r: TaskRow, q: { areaId?: number; unitId?: number; status?: TaskStatus; due?: "soon"; q?: string }) {
  if (q.areaId && r.areaId !== q.areaId) return false;
  if (q.unitId && r.leadUnit.id !== q.unitId && !r.units.some((u) => u.id === q.unitId)) return false;
  if (q.status && r.status !== q.status) return false;
  if (q.due === "soon" && !r.dueSoon) return false;
  if (q.q && !r.title.includes(q.q)) return false;
  return true;
}

/**
 * A plan's tasks (a partner: only its own), filtered and paged, with the late
 * and due-soon tasks of the whole plan for the top of the page. A plan holds
 * tens of tasks, and the status is derived, so filtering happens after
 * derivation rather than in SQL.
 */
export async function listPlanTasks(actor: Actor, planId: string, q: TaskListQuery) {
  await findPlanInScope(actor, planId);
  const rows = await db.reformTask.findMany({ where: { AND: [{ planId }, await taskScopeWhere(actor)] }, select: TASK_ROW_SELECT, orderBy: TASK_ORDER });
  const all = await toRows(rows, todayCST());
  const filtered = all.filter((r) => matches(r, q));
  return {
    data: filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
    total: filtered.length,
    page: q.page,
    pageSize: q.pageSize,
    late: all.filter((r) => r.status === "LATE"),
    dueSoon: all.filter((r) => r.dueSoon),
  };
}

/** Every task of a plan for the export and the print view (staff, leaders, admins). */
export async function allPlanTasks(actor: Actor, planId: string): Promise<TaskRow[]> {
  await findPlanInScope(actor, planId);
  if (isPartner(actor)) throw forbidden();
  const rows = await db.reformTask.findMany({ where: { planId }, select: TASK_ROW_SELECT, orderBy: TASK_ORDER });
  return toRows(rows, todayCST());
}

/** Each lead or responsible unit of a plan: its tasks by status and the date of its last report. */
export async function planUnitSummary(actor: Actor, planId: string): Promise<{ data: UnitSummary[] }> {
  await findPlanInScope(actor, planId);
  if (isPartner(actor)) throw forbidden();
  const rows = await toRows(await db.reformTask.findMany({ where: { planId }, select: TASK_ROW_SELECT, orderBy: TASK_ORDER }), todayCST());
  const last = await db.reformReport.groupBy({ by: ["unitId"], where: { task: { planId }, unitId: { not: null } }, _max: { reportedOn: true } });
  const lastBy = new Map(last.map((l) => [l.unitId!, toDateOnly(l._max.reportedOn)]));
  const out = new Map<number, UnitSummary>();
  const add = (unit: { id: number; name: string }, role: "lead" | "responsible", status: TaskStatus) => {
    if (!out.has(unit.id)) out.set(unit.id, { unit, lead: 0, responsible: 0, completed: 0, ongoing: 0, late: 0, lastReportOn: lastBy.get(unit.id) ?? null });
    const s = out.get(unit.id)!;
    s[role]++;
    if (status === "COMPLETED") s.completed++;
    else if (status === "LATE") s.late++;
    else s.ongoing++;
  };
  for (const r of rows) {
    add(r.leadUnit, "lead", r.status);
    for (const u of r.units) if (u.id !== r.leadUnit.id) add(u, "responsible", r.status);
  }
  // Units that lead tasks first, then by how much is late.
  return { data: [...out.values()].sort((a, b) => b.lead - a.lead || b.late - a.late || a.unit.name.localeCompare(b.unit.name, "zh-CN")) };
}

export async function getTask(actor: Actor, id: string): Promise<TaskDetail> {
  const t = await findTaskInScope(actor, id);
  const r = await db.reformTask.findUniqueOrThrow({
    where: { id },
    select: {
      ...TASK_ROW_SELECT,
      content: true,
      target: true,
      plan: { select: { orgId: true, year: true, title: true, org: { select: { name: true } } } },
      pilots: { select: { id: true, enterpriseId: true, industry: true, enterprise: { select: { name: true } } }, orderBy: { id: "asc" } },
      milestones: { select: { dueOn: true, percent: true, description: true }, orderBy: { dueOn: "asc" } },
      reports: {
        select: {
          id: true,
          reportedOn: true,
          content: true,
          percent: true,
          reason: true,
          createdByName: true,
          createdAt: true,
          unit: { select: { name: true } },
          attachments: { where: { deletedAt: null }, select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true }, orderBy: { createdAt: "asc" } },
        },
        orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
      },
      events: { select: { action: true, reason: true, on: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  const figures = new IndicatorFigures();
  const [row] = await toRows([{ ...r, reports: r.reports.slice(0, 1), plan: { orgId: r.plan.orgId, year: r.plan.year } }], todayCST(), figures);
  const ind = r.indicatorKey ? indicatorByKey(r.indicatorKey) : undefined;
  const reports: ReportDto[] = r.reports.map((x) => ({
    id: x.id,
    reportedOn: toDateOnly(x.reportedOn)!,
    content: x.content,
    percent: x.percent,
    reason: x.reason,
    unitName: x.unit?.name ?? null,
    createdByName: x.createdByName,
    createdAt: x.createdAt.toISOString(),
    attachments: x.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  }));
  return {
    ...row,
    planTitle: r.plan.title,
    planYear: r.plan.year,
    planOrgName: r.plan.org.name,
    content: r.content,
    target: r.target,
    pilots: r.pilots.map((p) => ({ id: p.id, enterpriseId: p.enterpriseId, name: p.enterprise?.name ?? p.industry ?? "" })),
    milestones: r.milestones.map((m) => ({ dueOn: toDateOnly(m.dueOn)!, percent: m.percent, description: m.description })),
    indicator:
      ind && r.indicatorTarget
        ? { key: ind.key, name: ind.name, unit: ind.unit, figure: await figures.get(r.plan.orgId, r.plan.year, ind.key), target: r.indicatorTarget.toFixed(2) }
        : null,
    completedOn: toDateOnly(r.completedOn),
    reports,
    events: r.events.map((e) => ({ action: e.action, reason: e.reason, on: toDateOnly(e.on)!, createdAt: e.createdAt.toISOString() })),
    canReport: reportingUnit(actor, t).allowed && !r.completedOn,
    canManage: canManageOrg(actor, t.plan.org.ancestorIds),
  };
}

/** Tasks of the plans of an organisation's subtree for a year (the dashboard's drill-down). */
export async function listScopeTasks(actor: Actor, q: ScopeTaskQuery) {
  const { rows } = await scopeTaskRows(actor, q);
  const filtered = q.status ? rows.filter((r) => r.status === q.status) : rows;
  return { data: filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: filtered.length, page: q.page, pageSize: q.pageSize };
}

async function scopeTaskRows(actor: Actor, q: { orgId?: number; year?: number }) {
  if (isPartner(actor)) throw forbidden();
  const org = await findOrgInScope(actor, q.orgId ?? actor.orgId);
  const year = q.year ?? Number(todayCST().slice(0, 4));
  const rows = await db.reformTask.findMany({
    where: { plan: { year, org: subtreeWhere(org.id) } },
    select: TASK_ROW_SELECT,
    orderBy: [{ plan: { org: { depth: "asc" } } }, { planId: "asc" }, ...TASK_ORDER],
  });
  return { org, year, rows: await toRows(rows, todayCST()) };
}

/** The dashboard's two figures: completion rate and late tasks of the subtree's plans for a year. */
export async function reformSummary(actor: Actor, q: { orgId?: number; year?: number }) {
  const { org, year, rows } = await scopeTaskRows(actor, q);
  const c = countStatuses(rows);
  return { orgId: org.id, year, ...c, completionRate: c.total ? Math.round((c.completed / c.total) * 1000) / 10 : null };
}

const UNIT_SELECT = {
  id: true,
  orgId: true,
  name: true,
  kind: true,
  linkedOrgId: true,
  linkedOrg: { select: { name: true } },
  contactName: true,
  contactPhone: true,
} satisfies Prisma.ReformUnitSelect;
export const toUnitDto = (u: Prisma.ReformUnitGetPayload<{ select: typeof UNIT_SELECT }>): UnitDto => ({
  id: u.id,
  orgId: u.orgId,
  name: u.name,
  kind: u.kind,
  linkedOrgId: u.linkedOrgId,
  linkedOrgName: u.linkedOrg?.name ?? null,
  contactName: u.contactName,
  contactPhone: u.contactPhone,
});
export { UNIT_SELECT };

/** One organisation's register of units (default: the caller's own). */
export async function listUnits(actor: Actor, q: UnitListQuery): Promise<{ data: UnitDto[]; orgId: number; canManage: boolean }> {
  const scope = await unitScopeWhere(actor);
  const orgId = q.orgId ?? actor.orgId;
  const org = await db.organisation.findUnique({ where: { id: orgId }, select: { ancestorIds: true } });
  const home = await db.organisation.findUniqueOrThrow({ where: { id: actor.orgId }, select: { ancestorIds: true } });
  // The register of an organisation whose plans the caller reads: its subtree or above it.
  if (!org || !(org.ancestorIds.includes(actor.orgId) || home.ancestorIds.includes(orgId))) throw notFound("单位");
  const rows = await db.reformUnit.findMany({
    where: { AND: [scope, { orgId }, q.q ? { name: containsText(q.q) } : {}] },
    select: UNIT_SELECT,
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  return { data: rows.map(toUnitDto), orgId, canManage: canManageOrg(actor, org.ancestorIds) };
}

const DECISION_SELECT = { id: true, content: true, dueOn: true, doneOn: true, meetingId: true, ownerUnit: { select: { id: true, name: true } } } satisfies Prisma.ReformDecisionSelect;
const toDecision = (d: Prisma.ReformDecisionGetPayload<{ select: typeof DECISION_SELECT }>, today: string): DecisionDto => ({
  id: d.id,
  content: d.content,
  ownerUnit: d.ownerUnit,
  dueOn: toDateOnly(d.dueOn)!,
  doneOn: toDateOnly(d.doneOn),
  status: decisionStatus({ today, dueOn: toDateOnly(d.dueOn)!, doneOn: toDateOnly(d.doneOn) }),
  meetingId: d.meetingId,
});

/** A plan's joint meetings with their decisions (督办事项), newest first. */
export async function listMeetings(actor: Actor, planId: string): Promise<{ data: MeetingDto[] }> {
  await findPlanInScope(actor, planId);
  if (isPartner(actor)) throw forbidden();
  const rows = await db.reformMeeting.findMany({
    where: { planId },
    select: { id: true, planId: true, heldOn: true, title: true, attendeeUnitIds: true, minutes: true, decisions: { select: DECISION_SELECT, orderBy: { id: "asc" } } },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
  });
  const unitIds = [...new Set(rows.flatMap((m) => m.attendeeUnitIds))];
  const units = new Map((await db.reformUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } })).map((u) => [u.id, u]));
  const today = todayCST();
  return {
    data: rows.map((m) => ({
      id: m.id,
      planId: m.planId,
      heldOn: toDateOnly(m.heldOn)!,
      title: m.title,
      attendees: m.attendeeUnitIds.map((i) => units.get(i)).filter((u): u is { id: number; name: string } => !!u),
      minutes: m.minutes,
      decisions: m.decisions.map((d) => toDecision(d, today)),
    })),
  };
}

/** Open decisions of a plan, shown with its tasks. */
export async function listOpenDecisions(actor: Actor, planId: string): Promise<DecisionDto[]> {
  await findPlanInScope(actor, planId);
  if (isPartner(actor)) return [];
  const rows = await db.reformDecision.findMany({ where: { meeting: { planId }, doneOn: null }, select: DECISION_SELECT, orderBy: [{ dueOn: "asc" }, { id: "asc" }] });
  const today = todayCST();
  return rows.map((d) => toDecision(d, today));
}

export { toDecision, DECISION_SELECT };
