import "server-only";
import { db, plannedRows, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { audit } from "../audit/log";
import { forbidden, notFound } from "../errors";
import { startsWithText } from "../db/like";
import { fromDateOnly, fromDateOnlyOrNull, toDateOnly, todayCST } from "../dates";
import { assertUuid, dateRange, decimalOrNull, moneyOut, orgScopeWhere } from "../records/scope";
import { bareScope, CAPPED, cappedTotal, inSubtree, isTopLevel, pageAsOpened, TOTALS_CAP } from "../records/scoped-list";
import { isOverdue, settledOnTime, workingDaysBetween } from "./deadlines";
import { RIGHTS_REFERRAL_LABELS, RIGHTS_STATUS_LABELS } from "./labels";
import type { RightsCaseDetail, RightsCaseDto, RightsListQuery } from "./schema";

export const CASE_SELECT = {
  id: true,
  receivingOrgId: true,
  handlingOrgId: true,
  memberId: true,
  applicantName: true,
  kind: true,
  channel: true,
  status: true,
  workers: true,
  receivedOn: true,
  acknowledgeBy: true,
  resolveBy: true,
  acceptedOn: true,
  referral: true,
  referralRef: true,
  referredOn: true,
  closedOn: true,
  moneyRecovered: true,
  satisfaction: true,
  receivingOrg: { select: { name: true } },
  handlingOrg: { select: { name: true, parentId: true, ancestorIds: true } },
} satisfies Prisma.RightsCaseSelect;
export type CaseRow = Prisma.RightsCaseGetPayload<{ select: typeof CASE_SELECT }>;

const OPEN = ["RECEIVED", "ACCEPTED"] as const;

/**
 * Members see their own cases; staff, leaders and admins the cases received
 * or handled within their subtree (a case handed up stays visible to the
 * union that received it).
 */
export function caseScopeWhere(actor: Actor): Prisma.RightsCaseWhereInput {
  if (actor.role === "MEMBER") return { memberId: actor.memberId ?? "00000000-0000-0000-0000-000000000000" };
  // scope_ids holds both organisations' ancestors (migration case_order_studio_scope_ids).
  return inSubtree(actor.orgId);
}

/** Past a time limit on `today` (see deadlines.ts: due today is not yet late). */
export const overdueWhere = (today: string): Prisma.RightsCaseWhereInput => ({
  OR: [
    { status: "RECEIVED", acknowledgeBy: { lt: fromDateOnly(today) } },
    { status: { in: [...OPEN] }, resolveBy: { lt: fromDateOnly(today) } },
  ],
});

/** A name as leaders see it: the surname only. */
const maskName = (name: string) => `${name.slice(0, 1)}${"*".repeat(Math.max(1, name.length - 1))}`;

export function toCaseDto(actor: Actor, r: CaseRow, today = todayCST()): RightsCaseDto {
  const receivedOn = toDateOnly(r.receivedOn)!;
  const clock = { kind: r.kind, receivedOn, acceptedOn: toDateOnly(r.acceptedOn), referredOn: toDateOnly(r.referredOn), closedOn: toDateOnly(r.closedOn) };
  const settled = clock.referredOn ?? clock.closedOn;
  const acknowledgeBy = toDateOnly(r.acknowledgeBy)!;
  const resolveBy = toDateOnly(r.resolveBy)!;
  return {
    id: r.id,
    receivingOrgId: r.receivingOrgId,
    receivingOrgName: r.receivingOrg.name,
    handlingOrgId: r.handlingOrgId,
    handlingOrgName: r.handlingOrg.name,
    applicantName: actor.role === "LEADER" ? maskName(r.applicantName) : r.applicantName,
    isMember: r.memberId !== null,
    kind: r.kind,
    channel: r.channel,
    status: r.status,
    workers: r.workers,
    receivedOn,
    acknowledgeBy,
    resolveBy,
    overdue: isOverdue(clock, today),
    acceptedOn: clock.acceptedOn,
    referral: r.referral,
    referralRef: r.referralRef,
    closedOn: clock.closedOn,
    workingDaysToClose: settled ? workingDaysBetween(receivedOn, settled) : null,
    onTime: settledOnTime(clock),
    moneyRecovered: moneyOut(r.moneyRecovered),
    satisfaction: r.satisfaction,
  };
}

async function listWhere(actor: Actor, q: RightsListQuery): Promise<Prisma.RightsCaseWhereInput> {
  const today = todayCST();
  // The caller's own organisation (the list page's default) keeps the whole scope: received or handled within.
  const within = q.orgId && q.orgId !== actor.orgId && actor.role !== "MEMBER" ? await orgScopeWhere(actor, q.orgId) : null;
  return {
    AND: [
      caseScopeWhere(actor),
      // orgId narrows to the cases an organisation's subtree received, as the dashboard counts them.
      within ? { receivingOrg: within } : {},
      q.q && actor.role !== "LEADER" ? { applicantName: startsWithText(q.q) } : {},
      q.kind ? { kind: q.kind } : {},
      q.status ? { status: q.status } : {},
      q.channel ? { channel: q.channel } : {},
      q.overdue ? overdueWhere(today) : {},
      q.queue
        ? { OR: [{ handlingOrgId: actor.orgId, status: { in: [...OPEN] } }, { AND: [overdueWhere(today), { handlingOrg: { parentId: actor.orgId } }] }] }
        : {},
      q.receivedFrom || q.receivedTo ? { receivedOn: dateRange(q.receivedFrom, q.receivedTo) } : {},
      q.closedFrom || q.closedTo ? { closedOn: dateRange(q.closedFrom, q.closedTo) } : {},
    ],
  };
}

/** How many cases a list's filters match, stopping past `take` (the desk on 首页). */
export async function countCases(actor: Actor, q: RightsListQuery, take?: number): Promise<number> {
  return db.rightsCase.count({ where: await listWhere(actor, q), take });
}

type Figures = { settled: number; money: string; avgSatisfaction: number | null; closed: number; onTime: number; overdue: number };

/** The list's figures through Prisma: four aggregates over any filters. */
async function figuresOf(where: Prisma.RightsCaseWhereInput, today: string): Promise<Figures> {
  // Settled = closed, or referred elsewhere (the day it left the union counts); on time = settled by resolve_by.
  const settled: Prisma.RightsCaseWhereInput = { OR: [{ closedOn: { not: null } }, { referredOn: { not: null } }] };
  const onTime: Prisma.RightsCaseWhereInput = {
    OR: [{ referredOn: { lte: db.rightsCase.fields.resolveBy } }, { referredOn: null, closedOn: { lte: db.rightsCase.fields.resolveBy } }],
  };
  // Added up in the database: the list used to read every settled case of the scope into the app on each request.
  const [agg, closed, onTimeCount, overdue] = await Promise.all([
    db.rightsCase.aggregate({ where: { AND: [where, settled] }, _count: { _all: true }, _sum: { moneyRecovered: true }, _avg: { satisfaction: true } }),
    db.rightsCase.count({ where: { AND: [where, { closedOn: { not: null } }] } }),
    db.rightsCase.count({ where: { AND: [where, settled, onTime] } }),
    db.rightsCase.count({ where: { AND: [where, overdueWhere(today)] } }),
  ]);
  return { settled: agg._count._all, money: moneyOut(agg._sum.moneyRecovered) ?? "0.00", avgSatisfaction: agg._avg.satisfaction, closed, onTime: onTimeCount, overdue };
}

// The count and the four figures, as figuresOf and overdueWhere define them,
// for a subtree in one statement: the list as first opened filters on nothing
// else. Through Prisma they were five queries, each ~1 ms of the app's one
// thread to compile: 60 requests a second for a county's list at 2 M members,
// 100-111 so (README, Speed). tests/integration/rights-cases.test.ts checks both
// ways against the rows and against each other. Past the cap the figures are
// not shown, so no more than the cap's rows are read.
const SUBTREE_FIGURES_SQL = `
  SELECT count(*)::int AS n,
         count(*) FILTER (WHERE closed_on IS NOT NULL OR referred_on IS NOT NULL)::int AS settled,
         coalesce(sum(money_recovered) FILTER (WHERE closed_on IS NOT NULL OR referred_on IS NOT NULL), 0)::numeric(16, 2)::text AS money,
         (avg(satisfaction) FILTER (WHERE closed_on IS NOT NULL OR referred_on IS NOT NULL))::float8 AS avg_satisfaction,
         count(*) FILTER (WHERE closed_on IS NOT NULL)::int AS closed,
         count(*) FILTER (WHERE referred_on <= resolve_by OR (referred_on IS NULL AND closed_on <= resolve_by))::int AS on_time,
         count(*) FILTER (WHERE (status = 'RECEIVED' AND acknowledge_by < $2::date)
                             OR (status IN ('RECEIVED', 'ACCEPTED') AND resolve_by < $2::date))::int AS overdue
    FROM (SELECT status, acknowledge_by, resolve_by, referred_on, closed_on, money_recovered, satisfaction
            FROM rights_case
           WHERE scope_ids @> ARRAY[$1::int]
           LIMIT ${TOTALS_CAP + 1}) c`;

async function subtreeFigures(root: number, today: string): Promise<Figures & { n: number }> {
  type Row = { n: number; settled: number; money: string; avg_satisfaction: number | null; closed: number; on_time: number; overdue: number };
  const [r] = await plannedRows<Row>(SUBTREE_FIGURES_SQL, [root, today]);
  return { n: r.n, settled: r.settled, money: r.money, avgSatisfaction: r.avg_satisfaction, closed: r.closed, onTime: r.on_time, overdue: r.overdue };
}

type OpenedCase = Omit<CaseRow, "receivedOn" | "acknowledgeBy" | "resolveBy" | "acceptedOn" | "referredOn" | "closedOn" | "moneyRecovered" | "receivingOrg" | "handlingOrg"> & {
  receivedOn: string;
  acknowledgeBy: string;
  resolveBy: string;
  acceptedOn: string | null;
  referredOn: string | null;
  closedOn: string | null;
  moneyRecovered: string | null;
  receivingOrgName: string;
  handlingOrgName: string;
  handlingParentId: number | null;
  handlingAncestorIds: number[];
};

const CASE_ORDER = [{ receivedOn: "desc" }, { id: "asc" }] satisfies Prisma.RightsCaseOrderByWithRelationInput[];

/** A page of cases: as the list opens through pg (`pageAsOpened`), else through Prisma; the same rows either way. */
function casePage(where: Prisma.RightsCaseWhereInput, skip: number, take: number): Promise<CaseRow[]> {
  return pageAsOpened<OpenedCase, CaseRow>(
    where,
    {
      table: "rights_case",
      select: Prisma.sql`t.id, t.receiving_org_id AS "receivingOrgId", t.handling_org_id AS "handlingOrgId", t.member_id AS "memberId",
        t.applicant_name AS "applicantName", t.kind::text AS kind, t.channel::text AS channel, t.status::text AS status, t.workers,
        t.received_on::text AS "receivedOn", t.acknowledge_by::text AS "acknowledgeBy", t.resolve_by::text AS "resolveBy",
        t.accepted_on::text AS "acceptedOn", t.referral::text AS referral, t.referral_ref AS "referralRef", t.referred_on::text AS "referredOn",
        t.closed_on::text AS "closedOn", t.money_recovered::text AS "moneyRecovered", t.satisfaction,
        o.name AS "receivingOrgName", h.name AS "handlingOrgName", h.parent_id AS "handlingParentId", h.ancestor_ids AS "handlingAncestorIds"`,
      join: Prisma.sql`JOIN organisation o ON o.id = t.receiving_org_id JOIN organisation h ON h.id = t.handling_org_id`,
      order: CASE_ORDER,
      columns: { receivedOn: "t.received_on", id: "t.id" },
      skip,
      take,
    },
    ({ receivedOn, acknowledgeBy, resolveBy, acceptedOn, referredOn, closedOn, moneyRecovered, receivingOrgName, handlingOrgName, handlingParentId, handlingAncestorIds, ...r }) => ({
      ...r,
      receivedOn: fromDateOnly(receivedOn),
      acknowledgeBy: fromDateOnly(acknowledgeBy),
      resolveBy: fromDateOnly(resolveBy),
      acceptedOn: fromDateOnlyOrNull(acceptedOn),
      referredOn: fromDateOnlyOrNull(referredOn),
      closedOn: fromDateOnlyOrNull(closedOn),
      moneyRecovered: decimalOrNull(moneyRecovered),
      receivingOrg: { name: receivingOrgName },
      handlingOrg: { name: handlingOrgName, parentId: handlingParentId, ancestorIds: handlingAncestorIds },
    }),
    () => db.rightsCase.findMany({ where, select: CASE_SELECT, orderBy: CASE_ORDER, skip, take }),
  );
}

export async function listCases(actor: Actor, q: RightsListQuery) {
  const where = await listWhere(actor, q);
  const today = todayCST();
  const bare = bareScope(where);
  const pageRows = () => casePage(where, (q.page - 1) * q.pageSize, q.pageSize);
  const capped = () => db.rightsCase.count({ where, ...CAPPED });
  let rows: CaseRow[];
  let n: number;
  let f: Figures | null;
  if (await isTopLevel(q.orgId ?? actor.orgId)) {
    // Past the cap, as every list: a province's 70,000 cases at 20 million members, added up five ways on each request,
    // took 142 ms alone. So the top counts first and adds up only below the cap.
    [rows, n] = await Promise.all([pageRows(), capped()]);
    f = n > TOTALS_CAP ? null : await (bare ? subtreeFigures(bare.root, today) : figuresOf(where, today));
  } else if (bare) {
    let counted: Figures & { n: number };
    [rows, counted] = await Promise.all([pageRows(), subtreeFigures(bare.root, today)]);
    ({ n, ...f } = counted);
  } else {
    [rows, n, f] = await Promise.all([pageRows(), capped(), figuresOf(where, today)]);
  }
  const count = cappedTotal(n);
  const page = { data: rows.map((r) => toCaseDto(actor, r, today)), ...count, page: q.page, pageSize: q.pageSize };
  if (count.totalCapped || !f) return { ...page, totals: null };
  return {
    ...page,
    totals: {
      count: count.total,
      closed: f.closed,
      overdue: f.overdue,
      onTimeRate: f.settled ? Math.round((f.onTime / f.settled) * 1000) / 10 : null,
      moneyRecovered: f.money,
      avgSatisfaction: f.avgSatisfaction == null ? null : Math.round(f.avgSatisfaction * 10) / 10,
    },
  };
}

export async function findCaseInScope(actor: Actor, id: string): Promise<CaseRow> {
  assertUuid(id, "维权工单");
  const row = await db.rightsCase.findFirst({ where: { AND: [{ id }, caseScopeWhere(actor)] }, select: CASE_SELECT });
  if (!row) {
    // A member asking for a case that is not theirs leaves a trace, like a member record probe.
    if (actor.role === "MEMBER") await audit(actor, { action: "security.member_probe", entityType: "rights_case", entityId: id });
    throw notFound("维权工单");
  }
  return row;
}

const EVENT_TEXT: Record<string, (e: { from: string; to: string; note: string | null }) => string> = {
  RECEIVED: (e) => `${e.to}接收诉求`,
  ACCEPTED: (e) => `${e.to}受理`,
  HANDOVER: (e) => `由${e.from}移交${e.to}办理${e.note ? `（${e.note}）` : ""}`,
  REFERRED: (e) => `转${e.note ?? "外部机构"}办理`,
  CLOSED: () => RIGHTS_STATUS_LABELS.CLOSED,
  FOLLOWED_UP: (e) => `回访：${e.note ?? ""}`,
};

export async function getCase(actor: Actor, id: string): Promise<RightsCaseDetail> {
  return withEvents(actor, await findCaseInScope(actor, id));
}

/**
 * The case as it stands after a step the caller was allowed to take, even when
 * that step moved it out of their scope (a town handing a county's case back up).
 */
export async function getCaseAfterStep(actor: Actor, id: string): Promise<RightsCaseDetail> {
  return withEvents(actor, await db.rightsCase.findUniqueOrThrow({ where: { id }, select: CASE_SELECT }));
}

async function withEvents(actor: Actor, r: CaseRow): Promise<RightsCaseDetail> {
  const id = r.id;
  const events = await db.rightsCaseEvent.findMany({ where: { caseId: id }, orderBy: [{ on: "asc" }, { createdAt: "asc" }] });
  const orgIds = [...new Set(events.flatMap((e) => [e.fromOrgId, e.toOrgId]).filter((x): x is number => x !== null))];
  const names = new Map((await db.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  return {
    ...toCaseDto(actor, r),
    events: events.map((e) => ({
      on: toDateOnly(e.on)!,
      action: e.action,
      text: (EVENT_TEXT[e.action] ?? (() => e.action))({ from: names.get(e.fromOrgId ?? 0) ?? "", to: names.get(e.toOrgId ?? 0) ?? "", note: e.note }),
    })),
  };
}

/** The facts, outcome and phone, decrypted: an audited act of staff; leaders and members may not. */
export async function assertMayReveal(actor: Actor) {
  if (actor.role === "LEADER") throw forbidden("领导账号只能查看统计，不能查看案情");
  if (actor.role === "MEMBER") throw forbidden();
}

export const referralText = (r: keyof typeof RIGHTS_REFERRAL_LABELS, ref: string) => `${RIGHTS_REFERRAL_LABELS[r]}（${ref}）`;

/** The member's own cases, the latest submitted first (every member route reads the member from the session). */
export async function listOwnCases(actor: Actor) {
  if (actor.role !== "MEMBER") throw forbidden("仅会员本人可以查看");
  const rows = await db.rightsCase.findMany({ where: caseScopeWhere(actor), select: CASE_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 100 });
  return { data: rows.map((r) => toCaseDto(actor, r)), total: rows.length, page: 1, pageSize: 100 };
}

export async function getOwnCase(actor: Actor, id: string) {
  if (actor.role !== "MEMBER") throw forbidden("仅会员本人可以查看");
  return getCase(actor, id);
}

/** The union above the one handling a case: where "hand up" sends it. */
export async function getParentOf(orgId: number) {
  const o = await db.organisation.findUnique({ where: { id: orgId }, select: { parent: { select: { id: true, name: true } } } });
  return o?.parent ? { id: String(o.parent.id), name: o.parent.name } : null;
}
