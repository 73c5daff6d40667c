import "server-only";
import { db, plannedRows, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike, seesOwnRecordsOnly } from "../auth/actor";
import { notFound } from "../errors";
import { fromDateOnly, toDateOnly } from "../dates";
import { assertUuid, decimalOrNull, moneyOut } from "../records/scope";
import { CAPPED, cappedAggregate, cappedTotal, inSubtree, pageAsOpened, subtreeBelowTop, TOTALS_CAP } from "../records/scoped-list";
import { findOrgInScope } from "../orgs/queries";
import type { HonourDto, HonourFilters, HonourListQuery, ServiceDto, ServiceFilters, ServiceListQuery } from "./schema";
import { containsText, startsWithText } from "../db/like";

export const HONOUR_SELECT = {
  id: true,
  orgId: true,
  memberId: true,
  teamName: true,
  title: true,
  titleText: true,
  level: true,
  year: true,
  awardingBody: true,
  awardAmount: true,
  status: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true } },
  member: { select: { name: true } },
  sourceEntry: { select: { id: true, trade: true, competition: { select: { id: true, name: true } } } },
} satisfies Prisma.HonourSelect;
type HonourRow = Prisma.HonourGetPayload<{ select: typeof HONOUR_SELECT }>;

export function toHonourDto(h: HonourRow): HonourDto {
  return {
    id: h.id,
    orgId: h.orgId,
    orgName: h.org.name,
    holder: h.memberId ? "MEMBER" : "TEAM",
    memberId: h.memberId,
    memberName: h.member?.name ?? null,
    teamName: h.teamName,
    title: h.title,
    titleText: h.titleText,
    level: h.level,
    year: h.year,
    awardingBody: h.awardingBody,
    awardAmount: moneyOut(h.awardAmount),
    status: h.status,
    source: h.sourceEntry
      ? { entryId: h.sourceEntry.id, competitionId: h.sourceEntry.competition.id, competitionName: h.sourceEntry.competition.name, trade: h.sourceEntry.trade }
      : null,
    notes: h.notes,
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
  };
}

/** Staff see their subtree's honours; a member sees only their own. Deleted rows never. */
function honourScopeWhere(actor: Actor): Prisma.HonourWhereInput {
  if (seesOwnRecordsOnly(actor)) return { deletedAt: null, memberId: actor.memberId ?? "00000000-0000-0000-0000-000000000000" };
  return { deletedAt: null, ...inSubtree(actor.orgId) };
}

/** The list's scope: a member's own honours, or the subtree of the requested organisation (in scope) or the caller's. */
async function listScopeWhere(actor: Actor, orgId?: number): Promise<Prisma.HonourWhereInput & Prisma.ModelWorkerServiceWhereInput> {
  if (seesOwnRecordsOnly(actor)) return { deletedAt: null, memberId: actor.memberId ?? "00000000-0000-0000-0000-000000000000" };
  if (orgId) await findOrgInScope(actor, orgId);
  return { deletedAt: null, ...inSubtree(orgId ?? actor.orgId) };
}

async function honourListWhere(actor: Actor, q: HonourFilters): Promise<Prisma.HonourWhereInput> {
  return {
    AND: [
      await listScopeWhere(actor, q.orgId),
      q.q ? { OR: [{ member: { name: startsWithText(q.q) } }, { teamName: containsText(q.q) }, { titleText: containsText(q.q) }] } : {},
      q.yearFrom || q.yearTo ? { year: { ...(q.yearFrom ? { gte: q.yearFrom } : {}), ...(q.yearTo ? { lte: q.yearTo } : {}) } } : {},
      q.title ? { title: q.title } : {},
      q.level ? { level: q.level } : {},
      q.status ? { status: q.status } : {},
      q.holder ? { memberId: q.holder === "MEMBER" ? { not: null } : null } : {},
      q.memberId ? { memberId: q.memberId } : {},
    ],
  };
}

const HONOUR_ORDER: Record<HonourListQuery["sort"], Prisma.HonourOrderByWithRelationInput[]> = {
  "-year": [{ year: "desc" }, { level: "asc" }, { id: "asc" }],
  year: [{ year: "asc" }, { level: "asc" }, { id: "asc" }],
  title: [{ title: "asc" }, { year: "desc" }, { id: "asc" }],
  level: [{ level: "asc" }, { year: "desc" }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
  "-awardAmount": [{ awardAmount: { sort: "desc", nulls: "last" } }, { id: "asc" }],
};

/** Nominations and distinct persons through Prisma, over any filters. */
async function figuresOf(where: Prisma.HonourWhereInput): Promise<{ nominated: number; persons: number }> {
  const [nominated, persons] = await Promise.all([
    db.honour.count({ where: { AND: [where, { status: "NOMINATED" }] } }),
    db.honour.groupBy({ by: ["memberId"], where: { AND: [where, { memberId: { not: null } }] } }),
  ]);
  return { nominated, persons: persons.length };
}

// The same two figures for a subtree's live honours in one statement, asked
// beside the page: the list as first opened filters on nothing else. Through
// Prisma they were a second round of two queries, the second bringing every
// distinct member id of the scope into the app to be counted there. Past the
// cap (a city's honours at 20 M) they are not shown: it reads no more rows.
const SUBTREE_FIGURES_SQL = `
  SELECT count(*) FILTER (WHERE status = 'NOMINATED')::int AS nominated, count(DISTINCT member_id)::int AS persons
    FROM (SELECT status, member_id FROM honour WHERE deleted_at IS NULL AND scope_ids @> ARRAY[$1::int] LIMIT ${TOTALS_CAP + 1}) h`;

const subtreeFigures = async (root: number) => (await plannedRows<{ nominated: number; persons: number }>(SUBTREE_FIGURES_SQL, [root]))[0];

/** The columns of HONOUR_ORDER's fields, for the page read through pg (enums sort in their declared order, as Prisma's). */
const HONOUR_ORDER_COLUMNS = { year: "t.year", level: "t.level", title: "t.title", createdAt: "t.created_at", awardAmount: "t.award_amount", id: "t.id" };

type OpenedHonour = Omit<HonourRow, "awardAmount" | "org" | "member" | "sourceEntry"> & {
  awardAmount: string | null;
  orgName: string;
  memberName: string | null;
  entryId: string | null;
  entryTrade: string | null;
  competitionId: string | null;
  competitionName: string | null;
};

/** A page of honours: as the list opens through pg (`pageAsOpened`), else through Prisma; the same rows either way. */
async function honourPage(where: Prisma.HonourWhereInput, sort: HonourListQuery["sort"], skip: number, take: number): Promise<HonourRow[]> {
  return pageAsOpened<OpenedHonour, HonourRow>(
    where,
    {
      table: "honour",
      select: Prisma.sql`t.id, t.org_id AS "orgId", t.member_id AS "memberId", t.team_name AS "teamName", t.title::text AS title, t.title_text AS "titleText",
        t.level::text AS level, t.year, t.awarding_body AS "awardingBody", t.award_amount::text AS "awardAmount", t.status::text AS status, t.notes,
        t.created_at AS "createdAt", t.updated_at AS "updatedAt", o.name AS "orgName", t.source_entry_id AS "entryId",
        (SELECT m.name FROM member m WHERE m.id = t.member_id) AS "memberName",
        (SELECT ce.trade FROM competition_entry ce WHERE ce.id = t.source_entry_id) AS "entryTrade",
        (SELECT c.id FROM competition_entry ce JOIN competition c ON c.id = ce.competition_id WHERE ce.id = t.source_entry_id) AS "competitionId",
        (SELECT c.name FROM competition_entry ce JOIN competition c ON c.id = ce.competition_id WHERE ce.id = t.source_entry_id) AS "competitionName"`,
      join: Prisma.sql`JOIN organisation o ON o.id = t.org_id`,
      order: HONOUR_ORDER[sort],
      columns: HONOUR_ORDER_COLUMNS,
      skip,
      take,
    },
    ({ awardAmount, orgName, memberName, entryId, entryTrade, competitionId, competitionName, ...h }) => ({
      ...h,
      awardAmount: decimalOrNull(awardAmount),
      org: { name: orgName },
      member: h.memberId === null ? null : { name: memberName! },
      sourceEntry: entryId === null ? null : { id: entryId, trade: entryTrade!, competition: { id: competitionId!, name: competitionName! } },
    }),
    () => db.honour.findMany({ where, select: HONOUR_SELECT, orderBy: HONOUR_ORDER[sort], skip, take }),
  );
}

export async function listHonours(actor: Actor, q: HonourListQuery) {
  const where = await honourListWhere(actor, q);
  const subtree = await subtreeBelowTop(where);
  const [rows, sums, early] = await Promise.all([
    honourPage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize),
    cappedAggregate(where, { table: "honour", sum: { awardAmount: "award_amount" } }, () => db.honour.aggregate({ where, ...CAPPED, _count: { _all: true }, _sum: { awardAmount: true } })),
    subtree?.live ? subtreeFigures(subtree.root) : null,
  ]);
  const count = cappedTotal(sums._count._all);
  const page = { data: rows.map(toHonourDto), ...count, page: q.page, pageSize: q.pageSize };
  if (count.totalCapped) return { ...page, totals: null };
  const { nominated, persons } = early ?? (await figuresOf(where));
  return { ...page, totals: { count: count.total, awardTotal: moneyOut(sums._sum.awardAmount) ?? "0.00", nominated, persons } };
}

export async function findHonourInScope(actor: Actor, id: string): Promise<HonourRow> {
  assertUuid(id, "荣誉记录");
  const row = await db.honour.findFirst({ where: { AND: [{ id }, honourScopeWhere(actor)] }, select: HONOUR_SELECT });
  if (!row) throw notFound("荣誉记录");
  return row;
}

export async function getHonour(actor: Actor, id: string): Promise<HonourDto> {
  return toHonourDto(await findHonourInScope(actor, id));
}

/**
 * Every matching row in keyset pages of 2,000, for the streaming export (staff
 * only). The filters are checked before the stream starts, so a bad scope is a
 * 404 response rather than a broken download.
 */
export async function exportHonours(actor: Actor, q: HonourFilters): Promise<AsyncGenerator<HonourDto[]>> {
  assertStaffLike(actor);
  const where = await honourListWhere(actor, q);
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: HonourRow[] = await db.honour.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select: HONOUR_SELECT,
        orderBy: { id: "asc" },
        take: 2000,
      });
      if (rows.length === 0) return;
      yield rows.map(toHonourDto);
      after = rows[rows.length - 1].id;
    }
  })();
}

// ---- model-worker services ----

export const SERVICE_SELECT = {
  id: true,
  orgId: true,
  memberId: true,
  year: true,
  kind: true,
  servedOn: true,
  amount: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true } },
  member: { select: { name: true } },
} satisfies Prisma.ModelWorkerServiceSelect;
type ServiceRow = Prisma.ModelWorkerServiceGetPayload<{ select: typeof SERVICE_SELECT }>;

export function toServiceDto(s: ServiceRow): ServiceDto {
  return {
    id: s.id,
    orgId: s.orgId,
    orgName: s.org.name,
    memberId: s.memberId,
    memberName: s.member.name,
    year: s.year,
    kind: s.kind,
    servedOn: toDateOnly(s.servedOn)!,
    amount: moneyOut(s.amount),
    notes: s.notes,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

function serviceScopeWhere(actor: Actor): Prisma.ModelWorkerServiceWhereInput {
  if (seesOwnRecordsOnly(actor)) return { deletedAt: null, memberId: actor.memberId ?? "00000000-0000-0000-0000-000000000000" };
  return { deletedAt: null, ...inSubtree(actor.orgId) };
}

async function serviceListWhere(actor: Actor, q: ServiceFilters): Promise<Prisma.ModelWorkerServiceWhereInput> {
  return {
    AND: [
      await listScopeWhere(actor, q.orgId),
      q.q ? { member: { name: startsWithText(q.q) } } : {},
      q.year ? { year: q.year } : {},
      q.kind ? { kind: q.kind } : {},
      q.memberId ? { memberId: q.memberId } : {},
    ],
  };
}

const SERVICE_ORDER: Record<ServiceListQuery["sort"], Prisma.ModelWorkerServiceOrderByWithRelationInput[]> = {
  "-servedOn": [{ servedOn: "desc" }, { id: "asc" }],
  servedOn: [{ servedOn: "asc" }, { id: "asc" }],
  kind: [{ kind: "asc" }, { servedOn: "desc" }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

/** The columns of SERVICE_ORDER's fields, for the page read through pg. */
const SERVICE_ORDER_COLUMNS = { servedOn: "t.served_on", kind: "t.kind", createdAt: "t.created_at", id: "t.id" };

type OpenedService = Omit<ServiceRow, "servedOn" | "amount" | "org" | "member"> & { servedOn: string; amount: string | null; orgName: string; memberName: string };

/** A page of services: as the list opens through pg (`pageAsOpened`), else through Prisma; the same rows either way. */
async function servicePage(where: Prisma.ModelWorkerServiceWhereInput, sort: ServiceListQuery["sort"], skip: number, take: number): Promise<ServiceRow[]> {
  return pageAsOpened<OpenedService, ServiceRow>(
    where,
    {
      table: "model_worker_service",
      select: Prisma.sql`t.id, t.org_id AS "orgId", t.member_id AS "memberId", t.year, t.kind::text AS kind, t.served_on::text AS "servedOn",
        t.amount::text AS amount, t.notes, t.created_at AS "createdAt", t.updated_at AS "updatedAt", o.name AS "orgName", m.name AS "memberName"`,
      join: Prisma.sql`JOIN organisation o ON o.id = t.org_id JOIN member m ON m.id = t.member_id`,
      order: SERVICE_ORDER[sort],
      columns: SERVICE_ORDER_COLUMNS,
      skip,
      take,
    },
    ({ servedOn, amount, orgName, memberName, ...r }) => ({
      ...r,
      servedOn: fromDateOnly(servedOn),
      amount: decimalOrNull(amount),
      org: { name: orgName },
      member: { name: memberName },
    }),
    () => db.modelWorkerService.findMany({ where, select: SERVICE_SELECT, orderBy: SERVICE_ORDER[sort], skip, take }),
  );
}

// The distinct members served in a subtree's live services, asked beside the
// page when the list filters on nothing else (as the honours' figures): Prisma's
// groupBy brought every member id of the scope into the app, after the page.
const SUBTREE_SERVED_SQL = `
  SELECT count(DISTINCT member_id)::int AS persons
    FROM (SELECT member_id FROM model_worker_service WHERE deleted_at IS NULL AND scope_ids @> ARRAY[$1::int] LIMIT ${TOTALS_CAP + 1}) s`;

const subtreeServed = async (root: number) => (await plannedRows<{ persons: number }>(SUBTREE_SERVED_SQL, [root]))[0].persons;

export async function listServices(actor: Actor, q: ServiceListQuery) {
  const where = await serviceListWhere(actor, q);
  const subtree = await subtreeBelowTop(where);
  const [rows, sums, early] = await Promise.all([
    servicePage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize),
    cappedAggregate(where, { table: "model_worker_service", sum: { amount: "amount" } }, () =>
      db.modelWorkerService.aggregate({ where, ...CAPPED, _count: { _all: true }, _sum: { amount: true } }),
    ),
    subtree?.live ? subtreeServed(subtree.root) : null,
  ]);
  const count = cappedTotal(sums._count._all);
  const page = { data: rows.map(toServiceDto), ...count, page: q.page, pageSize: q.pageSize };
  if (count.totalCapped) return { ...page, totals: null };
  const persons = early ?? (await db.modelWorkerService.groupBy({ by: ["memberId"], where })).length;
  return { ...page, totals: { count: count.total, persons, amountTotal: moneyOut(sums._sum.amount) ?? "0.00" } };
}

export async function findServiceInScope(actor: Actor, id: string): Promise<ServiceRow> {
  assertUuid(id, "服务记录");
  const row = await db.modelWorkerService.findFirst({ where: { AND: [{ id }, serviceScopeWhere(actor)] }, select: SERVICE_SELECT });
  if (!row) throw notFound("服务记录");
  return row;
}

export async function getService(actor: Actor, id: string): Promise<ServiceDto> {
  return toServiceDto(await findServiceInScope(actor, id));
}

/**
 * Every matching row in keyset pages of 2,000, for the streaming export (staff
 * only). The filters are checked before the stream starts, so a bad scope is a
 * 404 response rather than a broken download.
 */
export async function exportServices(actor: Actor, q: ServiceFilters): Promise<AsyncGenerator<ServiceDto[]>> {
  assertStaffLike(actor);
  const where = await serviceListWhere(actor, q);
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: ServiceRow[] = await db.modelWorkerService.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select: SERVICE_SELECT,
        orderBy: { id: "asc" },
        take: 2000,
      });
      if (rows.length === 0) return;
      yield rows.map(toServiceDto);
      after = rows[rows.length - 1].id;
    }
  })();
}

/** A member's honours and services for their profile page (the member must be in scope). */
export async function listMemberRecords(actor: Actor, memberId: string) {
  const [honours, services] = await Promise.all([
    db.honour.findMany({ where: { AND: [honourScopeWhere(actor), { memberId }] }, select: HONOUR_SELECT, orderBy: [{ year: "desc" }, { id: "asc" }] }),
    db.modelWorkerService.findMany({ where: { AND: [serviceScopeWhere(actor), { memberId }] }, select: SERVICE_SELECT, orderBy: [{ servedOn: "desc" }, { id: "asc" }] }),
  ]);
  return { honours: honours.map(toHonourDto), services: services.map(toServiceDto) };
}

