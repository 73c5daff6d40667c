import "server-only";
// Reads of the 产改 module. Every function takes the caller's Actor; scope
// comes from lib/reform/scope.ts. Statuses are derived at read time
// (lib/reform/status.ts) from today's date, the milestones and the progress.
import { db, preparedRows, Prisma } from "../db/client";
import { containsText } from "../db/like";
import type { Actor } from "../auth/actor";
import { isPartner } from "../auth/actor";
import { forbidden, notFound } from "../errors";
import { todayCST, toDateOnly } from "../dates";
import { findOrgInScope, homeOrg } from "../orgs/queries";
import { orgById } from "../orgs/org-row";
import { indicatorByKey } from "../dashboard/indicators";
import { indicatorFiguresForYear } from "../dashboard/queries";
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
 * request: a plan's tasks often share one, and a scope's plans are read
 * together (`load`: one rollup probe for all their organisations).
 */
class IndicatorFigures {
  private readonly memo = new Map<string, number | null>();
  async load(tasks: StatusFields[]) {
    const missing = new Map<number, { orgId: number; key: string }[]>();
    for (const t of tasks) {
      if (!isLinked(t) || this.memo.has(`${t.orgId}|${t.year}|${t.indicatorKey}`)) continue;
      this.memo.set(`${t.orgId}|${t.year}|${t.indicatorKey}`, null);
      if (!missing.has(t.year)) missing.set(t.year, []);
      missing.get(t.year)!.push({ orgId: t.orgId, key: t.indicatorKey! });
    }
    await Promise.all(
      [...missing].map(async ([year, pairs]) => {
        const got = await indicatorFiguresForYear(pairs, year);
        for (const p of pairs) this.memo.set(`${p.orgId}|${year}|${p.key}`, got.get(`${p.orgId}|${p.key}`) ?? null);
      }),
    );
  }
  /** After `load` of the task that links it. */
  get(orgId: number, year: number, key: string): number | null {
    return this.memo.get(`${orgId}|${year}|${key}`) ?? null;
  }
}

/** What a task's status is derived from: a scope's counts read these alone, for thousands of tasks (a province's 5,700 a year). */
type StatusFields = {
  deadline: string;
  percent: number;
  lastReportOn: string | null;
  completedOn: string | null;
  indicatorKey: string | null;
  indicatorTarget: number | null;
  orgId: number;
  year: number;
  milestones: { dueOn: string; percent: number }[];
};

/** A task whose progress is its indicator's figure against its target. */
const isLinked = (t: StatusFields) => !!t.indicatorKey && t.indicatorTarget !== null;

/** The task's progress (a linked task's from its indicator's figure) and status today: `load` the figures first. */
function derive(t: StatusFields, today: string, figures: IndicatorFigures) {
  const percent = isLinked(t) ? indicatorPercent(figures.get(t.orgId, t.year, t.indicatorKey!), t.indicatorTarget!) : t.percent;
  const status = taskStatus({ today, deadline: t.deadline, milestones: t.milestones, percent, started: percent > 0 || t.lastReportOn !== null, completedOn: t.completedOn });
  return { percent, status };
}

const statusFields = (r: TaskRowDb): StatusFields => ({
  deadline: toDateOnly(r.deadline)!,
  percent: r.percent,
  lastReportOn: toDateOnly(r.lastReportOn),
  completedOn: toDateOnly(r.completedOn),
  indicatorKey: r.indicatorKey,
  indicatorTarget: r.indicatorTarget === null ? null : Number(r.indicatorTarget),
  orgId: r.plan.orgId,
  year: r.plan.year,
  milestones: r.milestones.map((m) => ({ dueOn: toDateOnly(m.dueOn)!, percent: m.percent })),
});

const excerpt = (s: string | undefined, n = 60) => (s === undefined ? null : s.length > n ? `${s.slice(0, n)}…` : s);

async function toRows(rows: TaskRowDb[], today: string, figures = new IndicatorFigures()): Promise<TaskRow[]> {
  const fields = rows.map(statusFields);
  await figures.load(fields);
  return rows.map((r, i) => {
    const f = fields[i];
    const { percent, status } = derive(f, today, figures);
    return {
      id: r.id,
      planId: r.planId,
      areaId: r.areaId,
      areaName: r.area.name,
      number: r.number,
      title: r.title,
      leadUnit: r.leadUnit,
      units: r.units.map((u) => u.unit),
      deadline: f.deadline,
      percent,
      status,
      expectedPercent: f.completedOn ? 100 : expectedPercent(today, f.deadline, f.milestones),
      dueSoon: dueSoon({ today, deadline: f.deadline, completedOn: f.completedOn }, DUE_SOON_DAYS),
      lastReportOn: f.lastReportOn,
      lastReport: excerpt(r.reports[0]?.content),
      indicatorKey: r.indicatorKey,
    };
  });
}

type PlanRef = { id: string; version: string };
type TaskFields = StatusFields & { id: string; planId: string };

/**
 * Each plan's status fields as of its version (migration reform_plan_version:
 * triggers raise it on every write to the plan's tasks, milestones and areas),
 * kept per process, the least recently read dropped past PLAN_CACHE plans,
 * with the statuses last derived from them. A province's figures derive some
 * 5,700 tasks a year: read afresh on every visit to 首页 they took ~200 ms;
 * now a visit reads the plans' versions and only a changed plan's tasks, and
 * derives a plan's statuses again only when today's date or a figure its
 * linked tasks follow has changed.
 */
type PlanTasks = { version: string; tasks: TaskFields[]; linked: TaskFields[]; derived?: { key: string; statuses: TaskStatus[]; counts: Counts } };
const planTasks = new Map<string, PlanTasks>();
const PLAN_CACHE = 5_000;

async function planTasksOf(plans: PlanRef[]): Promise<PlanTasks[]> {
  const got = new Map<string, PlanTasks>();
  for (const p of plans) {
    const hit = planTasks.get(p.id);
    if (hit?.version !== p.version) continue;
    planTasks.delete(p.id);
    planTasks.set(p.id, hit);
    got.set(p.id, hit);
  }
  const stale = plans.filter((p) => !got.has(p.id));
  if (stale.length) {
    // A plan's tasks in its list's order; the version was read first, so what is kept is never older than it.
    const rows = await preparedRows<Omit<TaskFields, "indicatorTarget" | "milestones"> & { indicatorTarget: string | null; dues: string[]; pcts: number[] }>(
      "reform_plan_task_fields",
      `SELECT t.id, t.plan_id AS "planId", to_char(t.deadline, 'YYYY-MM-DD') AS deadline, t.percent,
              to_char(t.last_report_on, 'YYYY-MM-DD') AS "lastReportOn", to_char(t.completed_on, 'YYYY-MM-DD') AS "completedOn",
              t.indicator_key AS "indicatorKey", t.indicator_target::text AS "indicatorTarget", p.org_id AS "orgId", p.year,
              ARRAY(SELECT to_char(m.due_on, 'YYYY-MM-DD') FROM reform_milestone m WHERE m.task_id = t.id ORDER BY m.due_on) AS dues,
              ARRAY(SELECT m.percent FROM reform_milestone m WHERE m.task_id = t.id ORDER BY m.due_on) AS pcts
       FROM reform_task t JOIN reform_plan p ON p.id = t.plan_id JOIN reform_area a ON a.id = t.area_id
       WHERE t.plan_id = ANY($1::uuid[])
       ORDER BY a.sort, t.number`,
      [stale.map((p) => p.id)],
    );
    for (const p of stale) got.set(p.id, { version: p.version, tasks: [], linked: [] });
    for (const { dues, pcts, ...r } of rows)
      got.get(r.planId)!.tasks.push({
        ...r,
        indicatorTarget: r.indicatorTarget === null ? null : Number(r.indicatorTarget),
        milestones: dues.map((dueOn, i) => ({ dueOn, percent: pcts[i] })),
      });
    for (const p of stale) {
      const e = got.get(p.id)!;
      e.linked = e.tasks.filter(isLinked);
      planTasks.set(p.id, e);
    }
    while (planTasks.size > PLAN_CACHE) planTasks.delete(planTasks.keys().next().value!);
  }
  return plans.map((p) => got.get(p.id)!);
}

/** Each plan's statuses, in its list's order, and their counts. */
async function planStatuses(plans: PlanRef[], today: string): Promise<{ tasks: TaskFields[]; statuses: TaskStatus[]; counts: Counts }[]> {
  const entries = await planTasksOf(plans);
  const figures = new IndicatorFigures();
  await figures.load(entries.flatMap((e) => e.linked));
  return entries.map((e) => {
    const key = [today, ...e.linked.map((t) => figures.get(t.orgId, t.year, t.indicatorKey!))].join("|");
    if (e.derived?.key !== key) {
      const statuses = e.tasks.map((t) => derive(t, today, figures).status);
      e.derived = { key, statuses, counts: countStatuses(statuses) };
    }
    return { tasks: e.tasks, statuses: e.derived.statuses, counts: e.derived.counts };
  });
}

const TASK_ORDER: Prisma.ReformTaskOrderByWithRelationInput[] = [{ area: { sort: "asc" } }, { number: "asc" }];

type Counts = PlanDto["counts"];
function countStatuses(statuses: TaskStatus[]): Counts {
  const c: Counts = { total: statuses.length, completed: 0, late: 0, inProgress: 0, notStarted: 0 };
  for (const s of statuses) {
    if (s === "COMPLETED") c.completed++;
    else if (s === "LATE") c.late++;
    else if (s === "IN_PROGRESS") c.inProgress++;
    else c.notStarted++;
  }
  return c;
}

const PLAN_SELECT = {
  id: true,
  orgId: true,
  year: true,
  title: true,
  version: true,
  org: { select: { name: true, ancestorIds: true } },
  areas: { select: { id: true, name: true, sort: true }, orderBy: { sort: "asc" } },
} satisfies Prisma.ReformPlanSelect;
type PlanDb = Prisma.ReformPlanGetPayload<{ select: typeof PLAN_SELECT }>;

function toPlanDto(actor: Actor, p: PlanDb, counts: Counts): PlanDto {
  return {
    id: p.id,
    orgId: p.orgId,
    orgName: p.org.name,
    year: p.year,
    title: p.title,
    areas: p.areas,
    counts,
    canManage: canManageOrg(actor, p.org.ancestorIds),
  };
}

/** The counts of the tasks of each of the plans, by status. */
const planCounts = async (plans: { id: string; version: bigint }[]) =>
  (await planStatuses(plans.map((p) => ({ id: p.id, version: String(p.version) })), todayCST())).map((s) => s.counts);

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
  const counts = await planCounts(rows);
  return { data: rows.map((p, i) => toPlanDto(actor, p, counts[i])), total, page: q.page, pageSize: q.pageSize };
}

/** One plan: its headings for a partner, with task counts and the caller's rights for staff. */
export async function getPlan(actor: Actor, id: string) {
  await findPlanInScope(actor, id);
  const p = await db.reformPlan.findUniqueOrThrow({ where: { id }, select: PLAN_SELECT });
  if (isPartner(actor)) return { id: p.id, orgName: p.org.name, year: p.year, title: p.title, areas: p.areas };
  return toPlanDto(actor, p, (await planCounts([p]))[0]);
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
        ? { key: ind.key, name: ind.name, unit: ind.unit, figure: figures.get(r.plan.orgId, r.plan.year, ind.key), target: r.indicatorTarget.toFixed(2) }
        : null,
    completedOn: toDateOnly(r.completedOn),
    reports,
    events: r.events.map((e) => ({ action: e.action, reason: e.reason, on: toDateOnly(e.on)!, createdAt: e.createdAt.toISOString() })),
    canReport: reportingUnit(actor, t).allowed && !r.completedOn,
    canManage: canManageOrg(actor, t.plan.org.ancestorIds),
  };
}

/**
 * Tasks of the plans of an organisation's subtree for a year (the dashboard's
 * drill-down): every task's status, then the page's rows in full.
 */
export async function listScopeTasks(actor: Actor, q: ScopeTaskQuery) {
  const { plans } = await scopeStatuses(actor, q);
  const matching = plans.flatMap((p) => p.tasks.filter((_, i) => !q.status || p.statuses[i] === q.status));
  const ids = matching.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((t) => t.id);
  const rows = await toRows(await db.reformTask.findMany({ where: { id: { in: ids } }, select: TASK_ROW_SELECT }), todayCST());
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { data: ids.flatMap((id) => byId.get(id) ?? []), total: matching.length, page: q.page, pageSize: q.pageSize };
}

/** The statuses of the tasks of the plans of an organisation's subtree for a year, plan by plan in the scope's task list's order. */
async function scopeStatuses(actor: Actor, q: { orgId?: number; year?: number }) {
  if (isPartner(actor)) throw forbidden();
  const org = await findOrgInScope(actor, q.orgId ?? actor.orgId);
  const year = q.year ?? Number(todayCST().slice(0, 4));
  // The scope's task list runs by the plan's organisation's level, then the plan.
  const refs = await preparedRows<PlanRef>(
    "reform_scope_plans",
    `SELECT p.id, p.version::text AS version FROM reform_plan p JOIN organisation o ON o.id = p.org_id
     WHERE p.year = $1 AND o.ancestor_ids @> ARRAY[$2::int] ORDER BY o.depth, p.id`,
    [year, org.id],
  );
  return { org, year, plans: await planStatuses(refs, todayCST()) };
}

/** The dashboard's two figures: completion rate and late tasks of the subtree's plans for a year. */
export async function reformSummary(actor: Actor, q: { orgId?: number; year?: number }) {
  const { org, year, plans } = await scopeStatuses(actor, q);
  const c: Counts = { total: 0, completed: 0, late: 0, inProgress: 0, notStarted: 0 };
  for (const p of plans) for (const k of Object.keys(c) as (keyof Counts)[]) c[k] += p.counts[k];
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
  const [org, home] = await Promise.all([orgById(orgId), homeOrg(actor)]);
  // The register of an organisation whose plans the caller reads: its subtree or above it.
  if (!org || !home || !(org.ancestorIds.includes(actor.orgId) || home.ancestorIds.includes(orgId))) throw notFound("单位");
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
