// Reading period reports: one organisation's report for a period with its
// reporting children's status (报送情况), and one report by id. Scoped like
// every read: an organisation outside the caller's subtree is 404, members 403.
import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { invalid, notFound } from "../errors";
import { todayCST, toDateOnly } from "../dates";
import { findOrgInScope, isOrgVisible } from "../orgs/queries";
import { addDays, parsePeriod, type Period } from "../dashboard/period";
import { statYear } from "../yearbook/schema";
import { DEFAULT_GRACE_DAYS, LOCKED_STATUSES, allowedActions, type ReportFacts } from "./rules";
import { activeExceptions } from "./exceptions";
import type { ChildStatus, ReportDto, ReportOverview, ReportQuery, ReportStatus, SnapshotItem } from "./schema";

/** The statistics year of a "2026-TJ" period (工会统计年报, lib/yearbook), else null. */
export const statYearOf = (param: string) => (/^\d{4}-TJ$/.test(param) ? Number(param.slice(0, 4)) : null);

export function reportPeriod(param: string): Period {
  const year = statYearOf(param);
  if (year !== null) {
    const y = statYear(year);
    return { kind: "custom", param, from: y.from, to: y.to, label: `${year}统计年度` };
  }
  const r = parsePeriod({ period: param }, todayCST());
  if (!r.ok || (r.period.kind !== "year" && r.period.kind !== "quarter")) throw invalid("报送期间应为年度或季度", { period: "报送期间应为年度或季度" });
  return r.period;
}

/** Towns report to their county, counties to their city: the federations below an organisation. */
export function reportingChildren(parentId: number) {
  return db.organisation.findMany({
    where: { parentId, kind: "FEDERATION", status: "ACTIVE" },
    select: { id: true, name: true, reportGraceDays: true },
    orderBy: [{ code: "asc" }, { name: "asc" }],
  });
}

export const dueOn = (period: Period, graceDays: number | null) => addDays(period.to, graceDays ?? DEFAULT_GRACE_DAYS);

const REPORT_SELECT = {
  id: true,
  orgId: true,
  period: true,
  startsOn: true,
  endsOn: true,
  status: true,
  snapshot: true,
  note: true,
  submittedById: true,
  submittedBy: true,
  submittedAt: true,
  reviewedById: true,
  reviewedBy: true,
  reviewedAt: true,
  returnReason: true,
  acceptedBy: true,
  acceptedAt: true,
  org: { select: { name: true, ancestorIds: true } },
} as const;

type ReportRow = NonNullable<Awaited<ReturnType<typeof findReportRow>>>;

export function findReportRow(where: { id: number } | { orgId_period: { orgId: number; period: string } }) {
  return db.periodReport.findUnique({ where, select: REPORT_SELECT });
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toReportDto(r: ReportRow): ReportDto {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.org.name,
    period: r.period,
    periodLabel: reportPeriod(r.period).label,
    startsOn: toDateOnly(r.startsOn)!,
    endsOn: toDateOnly(r.endsOn)!,
    status: r.status,
    locked: LOCKED_STATUSES.includes(r.status),
    note: r.note,
    submittedBy: r.submittedBy,
    submittedAt: iso(r.submittedAt),
    reviewedBy: r.reviewedBy,
    reviewedAt: iso(r.reviewedAt),
    returnReason: r.returnReason,
    acceptedBy: r.acceptedBy,
    acceptedAt: iso(r.acceptedAt),
    snapshot: r.snapshot as SnapshotItem[],
  };
}

export function factsOf(ancestorIds: number[], period: Period, r: { status: ReportStatus; submittedById: string | null; reviewedById: string | null } | null): ReportFacts {
  return {
    ancestorIds,
    status: r?.status ?? null,
    submittedById: r?.submittedById ?? null,
    reviewedById: r?.reviewedById ?? null,
    periodEnded: period.to < todayCST(),
  };
}

/** The children that hold up their parent's report: not approved (or accepted) yet. */
export function pendingChildren(children: ChildStatus[]) {
  return children.filter((c) => !c.status || !LOCKED_STATUSES.includes(c.status));
}

export async function childStatuses(parentId: number, period: Period): Promise<ChildStatus[]> {
  const children = await reportingChildren(parentId);
  const reports = await db.periodReport.findMany({
    where: { period: period.param, orgId: { in: children.map((c) => c.id) } },
    select: { id: true, orgId: true, status: true, submittedAt: true },
  });
  const byOrg = new Map(reports.map((r) => [r.orgId, r]));
  const today = todayCST();
  return children.map((c) => {
    const r = byOrg.get(c.id);
    const due = dueOn(period, c.reportGraceDays);
    return {
      orgId: c.id,
      name: c.name,
      reportId: r?.id ?? null,
      status: r?.status ?? null,
      submittedAt: iso(r?.submittedAt ?? null),
      late: (!r || r.status === "RETURNED") && today > due,
      dueOn: due,
    };
  });
}

export async function getReportOverview(actor: Actor, q: ReportQuery): Promise<ReportOverview> {
  assertStaffLike(actor);
  const org = await findOrgInScope(actor, q.orgId ?? actor.orgId);
  const period = reportPeriod(q.period);
  const [row, children, settings] = await Promise.all([
    findReportRow({ orgId_period: { orgId: org.id, period: period.param } }),
    childStatuses(org.id, period),
    db.organisation.findUnique({ where: { id: org.id }, select: { reportGraceDays: true, lateEntryRule: { select: { orgId: true } } } }),
  ]);
  return {
    org: { id: org.id, name: org.name, parentId: org.parentId },
    period: { param: period.param, label: period.label, from: period.from, to: period.to, dueOn: dueOn(period, settings?.reportGraceDays ?? null) },
    report: row ? toReportDto(row) : null,
    children,
    actions: allowedActions(actor, factsOf(org.ancestorIds, period, row)),
    entryWindow: { graceDays: settings?.reportGraceDays ?? DEFAULT_GRACE_DAYS, closeLateEntry: !!settings?.lateEntryRule },
    exceptions: await activeExceptions(org.ancestorIds),
  };
}

export async function getReport(actor: Actor, id: number): Promise<ReportDto & { actions: string[] }> {
  assertStaffLike(actor);
  const row = await findReportRow({ id });
  if (!row || !isOrgVisible(actor, row.org.ancestorIds)) throw notFound("报送记录");
  return { ...toReportDto(row), actions: allowedActions(actor, factsOf(row.org.ancestorIds, reportPeriod(row.period), row)) };
}
