// The period report workflow: submit (with the dashboard snapshot), approve,
// return, accept, reopen. Scope first (outside the caller's subtree → 404),
// then the rules of lib/reports/rules.ts (403 / 409), then one transaction
// with the audit entry. Approving or accepting locks the period for the
// organisation's subtree: the database trigger period_lock_guard reads the
// report's status, so the lock takes effect when this transaction commits.
import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite, assertStaffLike } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, invalid, notFound } from "../errors";
import { fromDateOnly } from "../dates";
import { findOrgInScope, isOrgVisible } from "../orgs/queries";
import { indicatorFigures } from "../dashboard/queries";
import type { PeriodReportStatus } from "../db/generated/client";
import { refusal } from "./rules";
import { childStatuses, factsOf, findReportRow, pendingChildren, reportPeriod, statYearOf, toReportDto } from "./queries";
import { yearbookSnapshot } from "../yearbook/queries";
import { PERIOD_REPORT_STATUS_LABELS } from "./labels";
import type { ReasonInput, ReportAction, ReportDto, SubmitInput } from "./schema";

const STATUS_LABEL: Record<PeriodReportStatus | "NONE", string> = { NONE: "未报送", ...PERIOD_REPORT_STATUS_LABELS };

/** A parent reports (and is approved) only once every reporting child is approved. */
async function assertChildrenApproved(orgId: number, period: ReturnType<typeof reportPeriod>) {
  const pending = pendingChildren(await childStatuses(orgId, period));
  if (pending.length === 0) return;
  const list = pending.map((c) => `${c.name}（${STATUS_LABEL[c.status ?? "NONE"]}）`).join("、");
  throw conflict(`下级组织尚未全部审核通过：${list}`, { children: pending.map((c) => c.orgId).join(",") });
}

/**
 * The annual statistics report (工会统计年报) snapshots the yearbook's rows,
 * after its consistency checks (逻辑检查): an error refuses the submission, a
 * warning needs the submitter's note explaining it.
 */
async function checkedYearbookSnapshot(actor: Actor, orgId: number, year: number, note: string | undefined) {
  const { items, checks } = await yearbookSnapshot(actor, orgId, year);
  const errors = checks.filter((c) => c.level === "error");
  if (errors.length) throw conflict(`逻辑检查未通过，不能报送：${errors.map((c) => c.message).join("；")}`);
  const warnings = checks.filter((c) => c.level === "warning");
  if (warnings.length && !note) {
    throw invalid(`逻辑检查有${warnings.length}条提示，请在报送说明中逐条说明原因：${warnings.map((c) => c.message).join("；")}`, { note: "请填写报送说明，解释逻辑检查的提示" });
  }
  return items;
}

export async function submitReport(actor: Actor, input: SubmitInput): Promise<ReportDto> {
  assertStaffLike(actor);
  const org = await findOrgInScope(actor, input.orgId);
  const period = reportPeriod(input.period);
  const existing = await findReportRow({ orgId_period: { orgId: org.id, period: period.param } });
  const refused = refusal(actor, factsOf(org.ancestorIds, period, existing), "submit");
  if (refused) throw refused;
  await assertChildrenApproved(org.id, period);
  const year = statYearOf(period.param);
  const snapshot = year === null ? await indicatorFigures(actor, org.id, period.param) : await checkedYearbookSnapshot(actor, org.id, year, input.note);
  const now = new Date();
  const data = {
    status: "SUBMITTED" as const,
    snapshot,
    note: input.note ?? null,
    submittedById: actor.userId,
    submittedBy: actor.username,
    submittedAt: now,
    reviewedById: null,
    reviewedBy: null,
    reviewedAt: null,
    acceptedById: null,
    acceptedBy: null,
    acceptedAt: null,
  };
  const id = await db.$transaction(async (tx) => {
    let reportId: number;
    if (existing) {
      const n = await tx.periodReport.updateMany({ where: { id: existing.id, status: "RETURNED" }, data: { ...data, version: { increment: 1 } } });
      if (n.count !== 1) throw conflict("报送状态已变化，请刷新后重试");
      reportId = existing.id;
    } else {
      const created = await tx.periodReport.create({
        data: { ...data, orgId: org.id, period: period.param, startsOn: fromDateOnly(period.from), endsOn: fromDateOnly(period.to) },
        select: { id: true },
      });
      reportId = created.id;
    }
    await audit(actor, { action: "period_report.submit", entityType: "period_report", entityId: reportId, orgId: org.id, details: { period: period.param, indicators: snapshot.length } }, tx);
    return reportId;
  });
  return toReportDto((await findReportRow({ id }))!);
}

/** Loads a report the caller can see (else 404) and checks the act is allowed now. */
async function loadFor(actor: Actor, id: number, action: ReportAction) {
  assertStaffLike(actor);
  const row = await findReportRow({ id });
  if (!row || !isOrgVisible(actor, row.org.ancestorIds)) throw notFound("报送记录");
  assertCanWrite(actor);
  const period = reportPeriod(row.period);
  const refused = refusal(actor, factsOf(row.org.ancestorIds, period, row), action);
  if (refused) throw refused;
  return { row, period };
}

async function transition(
  actor: Actor,
  row: { id: number; orgId: number; status: PeriodReportStatus; period: string },
  action: ReportAction,
  data: Parameters<typeof db.periodReport.updateMany>[0]["data"],
  details: Record<string, unknown> = {},
) {
  await db.$transaction(async (tx) => {
    const n = await tx.periodReport.updateMany({ where: { id: row.id, status: row.status }, data: { ...data, version: { increment: 1 } } });
    if (n.count !== 1) throw conflict("报送状态已变化，请刷新后重试");
    await audit(actor, { action: `period_report.${action}`, entityType: "period_report", entityId: row.id, orgId: row.orgId, details: { period: row.period, from: row.status, ...details } }, tx);
  });
  return toReportDto((await findReportRow({ id: row.id }))!);
}

export async function approveReport(actor: Actor, id: number) {
  const { row, period } = await loadFor(actor, id, "approve");
  await assertChildrenApproved(row.orgId, period);
  return transition(actor, row, "approve", { status: "APPROVED", reviewedById: actor.userId, reviewedBy: actor.username, reviewedAt: new Date(), returnReason: null });
}

export async function returnReport(actor: Actor, id: number, input: ReasonInput) {
  const { row } = await loadFor(actor, id, "return");
  return transition(actor, row, "return", { status: "RETURNED", reviewedById: actor.userId, reviewedBy: actor.username, reviewedAt: new Date(), returnReason: input.reason }, { fields: ["reason"] });
}

export async function acceptReport(actor: Actor, id: number) {
  const { row } = await loadFor(actor, id, "accept");
  return transition(actor, row, "accept", { status: "ACCEPTED", acceptedById: actor.userId, acceptedBy: actor.username, acceptedAt: new Date() });
}

/** Unlocks the period: the report goes back to RETURNED with the reason, and must be submitted again. */
export async function reopenReport(actor: Actor, id: number, input: ReasonInput) {
  const { row } = await loadFor(actor, id, "reopen");
  return transition(actor, row, "reopen", { status: "RETURNED", returnReason: `重新开放：${input.reason}`, acceptedById: null, acceptedBy: null, acceptedAt: null }, { reason: input.reason });
}
