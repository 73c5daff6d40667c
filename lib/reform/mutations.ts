import "server-only";
// Writes of the 产改 module. Each checks scope and role first (404 / 403), then
// reads the input (`read()` parses the request body only once that passed),
// validates it against the plan's register, and writes with an audit entry in
// the same transaction.
import { db, Prisma, type Db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { mapDbError } from "../db/errors";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { fromDateOnly, todayCST, toDateOnly } from "../dates";
import { findOrgInScope } from "../orgs/queries";
import { requireOrgForWrite } from "../records/scope";
import { LINKABLE_INDICATORS } from "../dashboard/queries";
import { findPlanForWrite, findTaskInScope, canManageOrg, reportingUnit, unitScopeWhere, type ScopedTask } from "./scope";
import { getPlan, getTask, listMeetings, toUnitDto, UNIT_SELECT, toDecision, DECISION_SELECT } from "./queries";
import type {
  CompleteInput,
  DecisionUpdateInput,
  MeetingCreateInput,
  PlanCreateInput,
  PlanUpdateInput,
  ReopenInput,
  ReportCreateInput,
  TaskCreateInput,
  TaskUpdateInput,
  UnitCreateInput,
  UnitUpdateInput,
} from "./schema";

type Read<T> = () => Promise<T>;

const PLAN_UNIQUE = { unique: { title: { field: "title", message: "该单位本年度已有同名方案" } } };
const TASK_UNIQUE = { unique: { number: { field: "number", message: "本方案已有该序号的任务" } } };
const UNIT_UNIQUE = { unique: { name: { field: "name", message: "本单位的协同单位名册中已有该名称" } } };

// ── Plans ──

export async function createPlan(actor: Actor, read: Read<PlanCreateInput>) {
  assertCanWrite(actor);
  const input = await read();
  const org = await findOrgInScope(actor, input.orgId ?? actor.orgId);
  try {
    const id = await db.$transaction(async (tx) => {
      const p = await tx.reformPlan.create({
        data: { orgId: org.id, year: input.year, title: input.title, createdById: actor.userId, areas: { create: input.areas.map((name, i) => ({ name, sort: i + 1 })) } },
        select: { id: true },
      });
      await audit(actor, { action: "reform_plan.create", entityType: "reform_plan", entityId: p.id, orgId: org.id, details: { year: input.year, areas: input.areas.length } }, tx);
      return p.id;
    });
    return getPlan(actor, id);
  } catch (e) {
    mapDbError(e, PLAN_UNIQUE);
  }
}

export async function updatePlan(actor: Actor, id: string, read: Read<PlanUpdateInput>) {
  const plan = await findPlanForWrite(actor, id);
  const input = await read();
  try {
    await db.$transaction(async (tx) => {
      if (input.title !== undefined) await tx.reformPlan.update({ where: { id }, data: { title: input.title } });
      if (input.areas) {
        const current = await tx.reformArea.findMany({ where: { planId: id }, select: { id: true, name: true, _count: { select: { tasks: true } } } });
        const dropped = current.filter((a) => !input.areas!.includes(a.name));
        const busy = dropped.find((a) => a._count.tasks > 0);
        if (busy) throw conflict(`工程“${busy.name}”下还有任务，不能删除`, { areas: `工程“${busy.name}”下还有任务，不能删除` });
        await tx.reformArea.deleteMany({ where: { id: { in: dropped.map((a) => a.id) } } });
        // Re-number through negative sorts would be needed only with a unique sort; names are the key.
        for (const [i, name] of input.areas.entries()) {
          const existing = current.find((a) => a.name === name);
          if (existing) await tx.reformArea.update({ where: { id: existing.id }, data: { sort: i + 1 } });
          else await tx.reformArea.create({ data: { planId: id, name, sort: i + 1 } });
        }
      }
      await audit(actor, { action: "reform_plan.update", entityType: "reform_plan", entityId: id, orgId: plan.orgId, details: { fields: Object.keys(input) } }, tx);
    });
  } catch (e) {
    mapDbError(e, PLAN_UNIQUE);
  }
  return getPlan(actor, id);
}

// ── Units register ──

export async function createUnit(actor: Actor, read: Read<UnitCreateInput>) {
  assertCanWrite(actor);
  const input = await read();
  const org = await findOrgInScope(actor, input.orgId ?? actor.orgId);
  if (input.linkedOrgId) await requireOrgForWrite(actor, input.linkedOrgId, "linkedOrgId");
  try {
    return await db.$transaction(async (tx) => {
      const { orgId: _ignored, ...data } = input;
      void _ignored;
      const u = await tx.reformUnit.create({ data: { ...data, orgId: org.id }, select: UNIT_SELECT });
      await audit(actor, { action: "reform_unit.create", entityType: "reform_unit", entityId: u.id, orgId: org.id, details: { kind: u.kind } }, tx);
      return toUnitDto(u);
    });
  } catch (e) {
    mapDbError(e, UNIT_UNIQUE);
  }
}

export async function updateUnit(actor: Actor, id: number, read: Read<UnitUpdateInput>) {
  assertCanWrite(actor);
  const u = await db.reformUnit.findFirst({ where: { AND: [{ id }, await unitScopeWhere(actor)] }, select: { id: true, orgId: true, org: { select: { ancestorIds: true } } } });
  if (!u) throw notFound("单位");
  if (!canManageOrg(actor, u.org.ancestorIds)) throw forbidden("协同单位名册由其所属工会维护");
  const input = await read();
  if (input.linkedOrgId) await requireOrgForWrite(actor, input.linkedOrgId, "linkedOrgId");
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.reformUnit.update({ where: { id }, data: input, select: UNIT_SELECT });
      await audit(actor, { action: "reform_unit.update", entityType: "reform_unit", entityId: id, orgId: u.orgId, details: { fields: Object.keys(input) } }, tx);
      return toUnitDto(row);
    });
  } catch (e) {
    mapDbError(e, UNIT_UNIQUE);
  }
}

// ── Tasks ──

/** Area, units, pilots and indicator named in a task input must belong to the plan. */
async function checkTaskRefs(plan: { id: string; orgId: number }, input: TaskUpdateInput) {
  const fields: Record<string, string> = {};
  if (input.areaId !== undefined) {
    const area = await db.reformArea.findFirst({ where: { id: input.areaId, planId: plan.id }, select: { id: true } });
    if (!area) fields.areaId = "所属工程不属于本方案";
  }
  const unitIds = [...(input.leadUnitId ? [input.leadUnitId] : []), ...(input.unitIds ?? [])];
  if (unitIds.length) {
    const known = new Set((await db.reformUnit.findMany({ where: { id: { in: unitIds }, orgId: plan.orgId }, select: { id: true } })).map((u) => u.id));
    if (input.leadUnitId && !known.has(input.leadUnitId)) fields.leadUnitId = "牵头单位不在本方案制定单位的协同单位名册中";
    const bad = (input.unitIds ?? []).filter((i) => !known.has(i));
    if (bad.length) fields.unitIds = "责任单位不在本方案制定单位的协同单位名册中";
  }
  const enterpriseIds = (input.pilots ?? []).flatMap((p) => (p.enterpriseId ? [p.enterpriseId] : []));
  if (enterpriseIds.length) {
    const n = await db.enterprise.count({ where: { id: { in: enterpriseIds }, area: { ancestorIds: { has: plan.orgId } } } });
    if (n !== new Set(enterpriseIds).size) fields.pilots = "试点企业须为本方案制定单位辖区企业名录中的企业";
  }
  if (input.indicatorKey && !LINKABLE_INDICATORS.some((i) => i.key === input.indicatorKey)) fields.indicatorKey = "该统计指标不能关联任务";
  if (Object.keys(fields).length) throw invalid(`输入有误：${Object.values(fields)[0]}`, fields);
}

function taskData(input: TaskUpdateInput) {
  const { unitIds: _u, pilots: _p, milestones: _m, deadline, indicatorTarget, ...rest } = input;
  void _u;
  void _p;
  void _m;
  return {
    ...rest,
    ...(deadline ? { deadline: fromDateOnly(deadline) } : {}),
    ...(indicatorTarget !== undefined ? { indicatorTarget: indicatorTarget === null ? null : new Prisma.Decimal(indicatorTarget) } : {}),
  };
}

async function writeChildren(tx: Db, taskId: string, input: TaskUpdateInput) {
  if (input.unitIds) {
    await tx.reformTaskUnit.deleteMany({ where: { taskId } });
    await tx.reformTaskUnit.createMany({ data: input.unitIds.map((unitId) => ({ taskId, unitId })) });
  }
  if (input.pilots) {
    await tx.reformTaskPilot.deleteMany({ where: { taskId } });
    await tx.reformTaskPilot.createMany({ data: input.pilots.map((p) => ({ taskId, enterpriseId: p.enterpriseId ?? null, industry: p.industry ?? null })) });
  }
  if (input.milestones) {
    await tx.reformMilestone.deleteMany({ where: { taskId } });
    await tx.reformMilestone.createMany({ data: input.milestones.map((m) => ({ taskId, dueOn: fromDateOnly(m.dueOn), percent: m.percent, description: m.description ?? null })) });
  }
}

export async function createTask(actor: Actor, planId: string, read: Read<TaskCreateInput>) {
  const plan = await findPlanForWrite(actor, planId);
  const input = await read();
  await checkTaskRefs(plan, input);
  try {
    const id = await db.$transaction(async (tx) => {
      const t = await tx.reformTask.create({ data: { ...taskData(input), planId, areaId: input.areaId, leadUnitId: input.leadUnitId, number: input.number, title: input.title, deadline: fromDateOnly(input.deadline) }, select: { id: true } });
      await writeChildren(tx, t.id, input);
      await audit(actor, { action: "reform_task.create", entityType: "reform_task", entityId: t.id, orgId: plan.orgId, details: { planId, number: input.number } }, tx);
      return t.id;
    });
    return getTask(actor, id);
  } catch (e) {
    mapDbError(e, TASK_UNIQUE);
  }
}

/** A task's plan must be the caller's to manage; a completed task is read-only until reopened. */
async function taskForManage(actor: Actor, id: string): Promise<ScopedTask> {
  assertCanWrite(actor);
  const t = await findTaskInScope(actor, id);
  if (!canManageOrg(actor, t.plan.org.ancestorIds)) throw forbidden("本方案由制定单位维护，您只能填报本单位牵头或参与的任务");
  return t;
}
const assertOpen = (t: { completedOn: Date | null }) => {
  if (t.completedOn) throw conflict("该任务已确认完成，如需修改请先重新打开并说明原因");
};

export async function updateTask(actor: Actor, id: string, read: Read<TaskUpdateInput>) {
  const t = await taskForManage(actor, id);
  assertOpen(t);
  const input = await read();
  if (input.milestones && !input.deadline) {
    const deadline = toDateOnly((await db.reformTask.findUniqueOrThrow({ where: { id }, select: { deadline: true } })).deadline)!;
    if (input.milestones.some((m) => m.dueOn > deadline)) throw invalid("输入有误：节点日期不能晚于完成时限", { milestones: "节点日期不能晚于完成时限" });
  }
  await checkTaskRefs(t.plan, input);
  try {
    await db.$transaction(async (tx) => {
      await tx.reformTask.update({ where: { id }, data: taskData(input) });
      await writeChildren(tx, id, input);
      await audit(actor, { action: "reform_task.update", entityType: "reform_task", entityId: id, orgId: t.plan.orgId, details: { fields: Object.keys(input) } }, tx);
    });
  } catch (e) {
    mapDbError(e, TASK_UNIQUE);
  }
  return getTask(actor, id);
}

/** The task a caller may report on: in scope (else 404), its unit's or its plan's (else 403), open (else 409). */
export async function taskForReport(actor: Actor, id: string) {
  const t = await findTaskInScope(actor, id);
  const who = reportingUnit(actor, t);
  if (!who.allowed) throw forbidden(actor.role === "LEADER" ? "领导账号为只读，不能修改数据" : "只有牵头或责任单位可以填报该任务的进展");
  assertOpen(t);
  return { task: t, unitId: who.unitId };
}

/**
 * A progress report. The percent may not go down without a reason, is not
 * typed at all for a task counted from a dashboard indicator, and a report may
 * not be dated in the future or before the plan's year.
 */
export async function addReport(actor: Actor, id: string, read: Read<ReportCreateInput>) {
  const { task, unitId } = await taskForReport(actor, id);
  const input = await read();
  const today = todayCST();
  if (input.reportedOn > today) throw invalid("输入有误：填报日期不能晚于今天", { reportedOn: "填报日期不能晚于今天" });
  if (Number(input.reportedOn.slice(0, 4)) < task.plan.year) throw invalid("输入有误：填报日期不能早于方案年度", { reportedOn: "填报日期不能早于方案年度" });
  if (task.indicatorKey) {
    if (input.percent !== undefined) throw invalid("输入有误：该任务的进度由统计指标自动计算，无需填写", { percent: "该任务的进度由统计指标自动计算，无需填写" });
  } else if (input.percent === undefined) {
    throw invalid("输入有误：请填写完成进度", { percent: "请填写完成进度" });
  } else if (input.percent < task.percent && !input.reason) {
    throw invalid(`输入有误：进度低于上次填报的 ${task.percent}%，请说明原因`, { reason: `进度低于上次填报的 ${task.percent}%，请说明原因` });
  }
  const reportId = await db.$transaction(async (tx) => {
    const r = await tx.reformReport.create({
      data: {
        taskId: id,
        unitId,
        reportedOn: fromDateOnly(input.reportedOn),
        content: input.content,
        percent: input.percent ?? null,
        reason: input.reason ?? null,
        createdById: actor.userId,
        createdByName: actor.displayName,
      },
      select: { id: true },
    });
    // The task's current progress is its latest report's (by date, then entry).
    const latest = await tx.reformReport.findFirst({ where: { taskId: id }, select: { percent: true, reportedOn: true }, orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }] });
    const lastPercent = await tx.reformReport.findFirst({ where: { taskId: id, percent: { not: null } }, select: { percent: true }, orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }] });
    await tx.reformTask.update({ where: { id }, data: { percent: lastPercent?.percent ?? 0, lastReportOn: latest!.reportedOn } });
    await audit(actor, { action: "reform_task.report", entityType: "reform_report", entityId: r.id, orgId: task.plan.orgId, details: { taskId: id, percent: input.percent ?? null, lowered: !!input.reason } }, tx);
    return r.id;
  });
  return { id: reportId, task: await getTask(actor, id) };
}

export async function completeTask(actor: Actor, id: string, read: Read<CompleteInput>) {
  const t = await taskForManage(actor, id);
  assertOpen(t);
  const input = await read();
  if (input.completedOn > todayCST()) throw invalid("输入有误：完成日期不能晚于今天", { completedOn: "完成日期不能晚于今天" });
  await db.$transaction(async (tx) => {
    await tx.reformTask.update({ where: { id }, data: { completedOn: fromDateOnly(input.completedOn), completedById: actor.userId } });
    await tx.reformTaskEvent.create({ data: { taskId: id, action: "COMPLETE", on: fromDateOnly(input.completedOn), createdById: actor.userId } });
    await audit(actor, { action: "reform_task.complete", entityType: "reform_task", entityId: id, orgId: t.plan.orgId }, tx);
  });
  return getTask(actor, id);
}

export async function reopenTask(actor: Actor, id: string, read: Read<ReopenInput>) {
  const t = await taskForManage(actor, id);
  if (!t.completedOn) throw conflict("该任务尚未确认完成");
  const input = await read();
  await db.$transaction(async (tx) => {
    await tx.reformTask.update({ where: { id }, data: { completedOn: null, completedById: null } });
    await tx.reformTaskEvent.create({ data: { taskId: id, action: "REOPEN", reason: input.reason, on: fromDateOnly(todayCST()), createdById: actor.userId } });
    await audit(actor, { action: "reform_task.reopen", entityType: "reform_task", entityId: id, orgId: t.plan.orgId, details: { fields: ["reason"] } }, tx);
  });
  return getTask(actor, id);
}

// ── Joint meetings ──

export async function createMeeting(actor: Actor, planId: string, read: Read<MeetingCreateInput>) {
  const plan = await findPlanForWrite(actor, planId);
  const input = await read();
  const ids = [...new Set([...input.attendeeUnitIds, ...input.decisions.map((d) => d.ownerUnitId)])];
  const known = new Set((await db.reformUnit.findMany({ where: { id: { in: ids }, orgId: plan.orgId }, select: { id: true } })).map((u) => u.id));
  if (input.attendeeUnitIds.some((i) => !known.has(i))) throw invalid("输入有误：参会单位不在协同单位名册中", { attendeeUnitIds: "参会单位不在协同单位名册中" });
  const badDecision = input.decisions.findIndex((d) => !known.has(d.ownerUnitId));
  if (badDecision >= 0) throw invalid("输入有误：议定事项的责任单位不在协同单位名册中", { [`decisions.${badDecision}.ownerUnitId`]: "责任单位不在协同单位名册中" });
  const lateDue = input.decisions.findIndex((d) => d.dueOn < input.heldOn);
  if (lateDue >= 0) throw invalid("输入有误：办结时限不能早于会议日期", { [`decisions.${lateDue}.dueOn`]: "办结时限不能早于会议日期" });
  await db.$transaction(async (tx) => {
    const m = await tx.reformMeeting.create({
      data: {
        planId,
        heldOn: fromDateOnly(input.heldOn),
        title: input.title,
        attendeeUnitIds: input.attendeeUnitIds,
        minutes: input.minutes ?? null,
        createdById: actor.userId,
        decisions: { create: input.decisions.map((d) => ({ content: d.content, ownerUnitId: d.ownerUnitId, dueOn: fromDateOnly(d.dueOn) })) },
      },
      select: { id: true },
    });
    await audit(actor, { action: "reform_meeting.create", entityType: "reform_meeting", entityId: m.id, orgId: plan.orgId, details: { decisions: input.decisions.length } }, tx);
  });
  return listMeetings(actor, planId);
}

export async function updateDecision(actor: Actor, id: number, read: Read<DecisionUpdateInput>) {
  assertCanWrite(actor);
  const d = await db.reformDecision.findUnique({ where: { id }, select: { meeting: { select: { planId: true, heldOn: true } } } });
  if (!d) throw notFound("议定事项");
  const plan = await findPlanForWrite(actor, d.meeting.planId);
  const input = await read();
  if (input.doneOn && input.doneOn < toDateOnly(d.meeting.heldOn)!) throw invalid("输入有误：办结日期不能早于会议日期", { doneOn: "办结日期不能早于会议日期" });
  if (input.doneOn && input.doneOn > todayCST()) throw invalid("输入有误：办结日期不能晚于今天", { doneOn: "办结日期不能晚于今天" });
  return db.$transaction(async (tx) => {
    const row = await tx.reformDecision.update({ where: { id }, data: { doneOn: input.doneOn ? fromDateOnly(input.doneOn) : null }, select: DECISION_SELECT });
    await audit(actor, { action: "reform_decision.update", entityType: "reform_decision", entityId: id, orgId: plan.orgId, details: { fields: ["doneOn"] } }, tx);
    return toDecision(row, todayCST());
  });
}
