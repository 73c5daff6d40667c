import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { seesOwnRecordsOnly } from "../auth/actor";
import { notFound } from "../errors";
import { fromDateOnly, toDateOnly } from "../dates";
import { decryptIdNumber } from "../crypto/pii";
import { findOrgInScope } from "../orgs/queries";
import { CAPPED, cappedTotal, inSubtree } from "../records/scoped-list";
import { memberSearchWhere } from "../xlsx/member-match";
import { isUuid } from "../validation/zod";
import type {
  CompetitionDetail,
  CompetitionDto,
  CompetitionFilters,
  CompetitionListQuery,
  CompetitionTotals,
  EntryDto,
  EntryListQuery,
} from "./schema";
import { containsText } from "../db/like";

const NONE = "00000000-0000-0000-0000-000000000000";

/**
 * Competitions an actor may see: those of their subtree for staff, leaders and
 * admins; for a member only those they entered. Deleted ones are gone.
 */
export function competitionScopeWhere(actor: Actor): Prisma.CompetitionWhereInput {
  if (seesOwnRecordsOnly(actor)) return { deletedAt: null, entries: { some: { memberId: actor.memberId ?? NONE } } };
  return { deletedAt: null, ...inSubtree(actor.orgId) };
}

function entryScopeWhere(actor: Actor): Prisma.CompetitionEntryWhereInput {
  return seesOwnRecordsOnly(actor) ? { memberId: actor.memberId ?? NONE } : {};
}

/** A live nomination: the honour row exists and has not been withdrawn (soft-deleted). */
const NOMINATED: Prisma.CompetitionEntryWhereInput = { nomination: { is: { deletedAt: null } } };

const COMPETITION_SELECT = {
  id: true,
  orgId: true,
  name: true,
  kind: true,
  level: true,
  organiser: true,
  startsOn: true,
  endsOn: true,
  trades: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true, ancestorIds: true } },
} satisfies Prisma.CompetitionSelect;

export type CompetitionRow = Prisma.CompetitionGetPayload<{ select: typeof COMPETITION_SELECT }>;

type Counts = { entries: number; awarded: number; nominated: number };

function toCompetitionDto(c: CompetitionRow, counts: Counts | undefined): CompetitionDto {
  return {
    id: c.id,
    orgId: c.orgId,
    orgName: c.org.name,
    name: c.name,
    kind: c.kind,
    level: c.level,
    organiser: c.organiser,
    startsOn: toDateOnly(c.startsOn)!,
    endsOn: toDateOnly(c.endsOn)!,
    trades: c.trades,
    notes: c.notes,
    entryCount: counts?.entries ?? 0,
    awardCount: counts?.awarded ?? 0,
    nominationCount: counts?.nominated ?? 0,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * Each competition's entries, awards and nominations, grouped by competition_id's index.
 * Not Prisma's relation `_count`, which groups the whole entry table first (146 ms for a
 * county's page at 20 million members).
 */
async function countsByCompetition(ids: string[]): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  if (ids.length === 0) return out;
  const [entries, awarded, nominated] = await Promise.all([
    db.competitionEntry.groupBy({ by: ["competitionId"], where: { competitionId: { in: ids } }, _count: { _all: true } }),
    db.competitionEntry.groupBy({ by: ["competitionId"], where: { competitionId: { in: ids }, award: { not: null } }, _count: { _all: true } }),
    db.competitionEntry.groupBy({ by: ["competitionId"], where: { competitionId: { in: ids }, ...NOMINATED }, _count: { _all: true } }),
  ]);
  for (const id of ids) out.set(id, { entries: 0, awarded: 0, nominated: 0 });
  for (const e of entries) out.get(e.competitionId)!.entries = e._count._all;
  for (const a of awarded) out.get(a.competitionId)!.awarded = a._count._all;
  for (const n of nominated) out.get(n.competitionId)!.nominated = n._count._all;
  return out;
}

const ORDER: Record<CompetitionListQuery["sort"], Prisma.CompetitionOrderByWithRelationInput[]> = {
  startsOn: [{ startsOn: "asc" }, { id: "asc" }],
  "-startsOn": [{ startsOn: "desc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  "-name": [{ name: "desc" }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

async function competitionListWhere(actor: Actor, q: CompetitionFilters): Promise<Prisma.CompetitionWhereInput> {
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  return {
    AND: [
      competitionScopeWhere(actor),
      q.orgId ? inSubtree(q.orgId) : {},
      q.q ? { OR: [{ name: containsText(q.q) }, { organiser: containsText(q.q) }, { trades: { has: q.q } }] } : {},
      q.kind ? { kind: q.kind } : {},
      q.level ? { level: q.level } : {},
      q.from || q.to
        ? { startsOn: { ...(q.from ? { gte: fromDateOnly(q.from) } : {}), ...(q.to ? { lte: fromDateOnly(q.to) } : {}) } }
        : {},
    ],
  };
}

async function competitionTotals(where: Prisma.CompetitionWhereInput, competitions: number): Promise<CompetitionTotals> {
  const inSet: Prisma.CompetitionEntryWhereInput = { competition: where };
  const [entries, awarded, firstPlaces, nominations] = await Promise.all([
    db.competitionEntry.count({ where: inSet }),
    db.competitionEntry.count({ where: { ...inSet, award: { not: null } } }),
    db.competitionEntry.count({ where: { ...inSet, rank: 1 } }),
    db.competitionEntry.count({ where: { ...inSet, ...NOMINATED } }),
  ]);
  return { competitions, entries, awarded, firstPlaces, nominations };
}

export async function listCompetitions(actor: Actor, q: CompetitionListQuery) {
  const where = await competitionListWhere(actor, q);
  const [rows, n] = await Promise.all([
    db.competition.findMany({ where, select: COMPETITION_SELECT, orderBy: ORDER[q.sort], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.competition.count({ where, ...CAPPED }),
  ]);
  // Past the cap (a province's 49,000 competitions at 20 million members) the entries are not added up:
  // four counts over 588,000 entries took 0.6–0.9 s of the database.
  const count = cappedTotal(n);
  const [counts, totals] = await Promise.all([countsByCompetition(rows.map((r) => r.id)), count.totalCapped ? null : competitionTotals(where, count.total)]);
  return { data: rows.map((r) => toCompetitionDto(r, counts.get(r.id))), ...count, page: q.page, pageSize: q.pageSize, totals };
}

export async function findCompetitionInScope(actor: Actor, id: string): Promise<CompetitionRow> {
  if (!isUuid(id)) throw notFound("竞赛");
  const row = await db.competition.findFirst({ where: { AND: [{ id }, competitionScopeWhere(actor)] }, select: COMPETITION_SELECT });
  if (!row) throw notFound("竞赛");
  return row;
}

export async function getCompetition(actor: Actor, id: string): Promise<CompetitionDetail> {
  const c = await findCompetitionInScope(actor, id);
  const [counts, byTrade, awardedByTrade] = await Promise.all([
    countsByCompetition([id]),
    db.competitionEntry.groupBy({ by: ["trade"], where: { competitionId: id }, _count: { _all: true } }),
    db.competitionEntry.groupBy({ by: ["trade"], where: { competitionId: id, award: { not: null } }, _count: { _all: true } }),
  ]);
  const awarded = new Map(awardedByTrade.map((t) => [t.trade, t._count._all]));
  const entries = new Map(byTrade.map((t) => [t.trade, t._count._all]));
  // Trades in the competition's own order, then any recorded outside it.
  const trades = [...c.trades, ...[...entries.keys()].filter((t) => !c.trades.includes(t)).sort()];
  return {
    ...toCompetitionDto(c, counts.get(id)),
    tradeStats: trades.map((trade) => ({ trade, entries: entries.get(trade) ?? 0, awarded: awarded.get(trade) ?? 0 })),
  };
}

export async function exportCompetitions(actor: Actor, q: CompetitionFilters): Promise<AsyncGenerator<CompetitionDto[]>> {
  const where = await competitionListWhere(actor, q);
  return (async function* () {
    let after: { startsOn: Date; id: string } | null = null;
    for (;;) {
      const rows: CompetitionRow[] = await db.competition.findMany({
        where: after
          ? { AND: [where, { OR: [{ startsOn: { gt: after.startsOn } }, { startsOn: after.startsOn, id: { gt: after.id } }] }] }
          : where,
        select: COMPETITION_SELECT,
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
        take: 1000,
      });
      if (rows.length === 0) return;
      const counts = await countsByCompetition(rows.map((r) => r.id));
      yield rows.map((r) => toCompetitionDto(r, counts.get(r.id)));
      const last = rows[rows.length - 1];
      after = { startsOn: last.startsOn, id: last.id };
    }
  })();
}

// ---------------------------------------------------------------- entries

const ENTRY_SELECT = {
  id: true,
  competitionId: true,
  memberId: true,
  trade: true,
  score: true,
  rank: true,
  award: true,
  createdAt: true,
  updatedAt: true,
  member: { select: { name: true, idMasked: true, org: { select: { name: true } } } },
  nomination: { select: { id: true, titleText: true, status: true, deletedAt: true } },
} satisfies Prisma.CompetitionEntrySelect;

export type EntryRow = Prisma.CompetitionEntryGetPayload<{ select: typeof ENTRY_SELECT }>;

export function toEntryDto(e: EntryRow): EntryDto {
  const n = e.nomination;
  return {
    id: e.id,
    competitionId: e.competitionId,
    memberId: e.memberId,
    memberName: e.member.name,
    idMasked: e.member.idMasked,
    memberOrgName: e.member.org.name,
    trade: e.trade,
    score: e.score ? e.score.toFixed(2) : null,
    rank: e.rank,
    award: e.award,
    nomination: n ? { honourId: n.id, title: n.titleText, status: n.deletedAt ? "WITHDRAWN" : n.status } : null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

const ENTRY_ORDER: Record<EntryListQuery["sort"], Prisma.CompetitionEntryOrderByWithRelationInput[]> = {
  // First places of every trade come first: they are the ones that can be nominated.
  rank: [{ rank: { sort: "asc", nulls: "last" } }, { trade: "asc" }, { id: "asc" }],
  "-score": [{ score: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  name: [{ member: { name: "asc" } }, { id: "asc" }],
};

function entryWhere(actor: Actor, competitionId: string, q: { q?: string; trade?: string; award?: EntryDto["award"] }): Prisma.CompetitionEntryWhereInput {
  return {
    AND: [
      { competitionId },
      entryScopeWhere(actor),
      q.q ? { member: memberSearchWhere(q.q) } : {},
      q.trade ? { trade: q.trade } : {},
      q.award ? { award: q.award } : {},
    ],
  };
}

export async function listEntries(actor: Actor, competitionId: string, q: EntryListQuery) {
  await findCompetitionInScope(actor, competitionId);
  const where = entryWhere(actor, competitionId, q);
  const [rows, total] = await Promise.all([
    db.competitionEntry.findMany({ where, select: ENTRY_SELECT, orderBy: ENTRY_ORDER[q.sort], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.competitionEntry.count({ where }),
  ]);
  return { data: rows.map(toEntryDto), total, page: q.page, pageSize: q.pageSize };
}

export async function findEntryInScope(actor: Actor, competitionId: string, entryId: string) {
  const competition = await findCompetitionInScope(actor, competitionId);
  if (!isUuid(entryId)) throw notFound("参赛记录");
  const row = await db.competitionEntry.findFirst({ where: { AND: [{ id: entryId, competitionId }, entryScopeWhere(actor)] }, select: ENTRY_SELECT });
  if (!row) throw notFound("参赛记录");
  return { competition, entry: row };
}

export async function getEntry(actor: Actor, competitionId: string, entryId: string): Promise<EntryDto> {
  return toEntryDto((await findEntryInScope(actor, competitionId, entryId)).entry);
}

export type EntryExportRow = EntryDto & { idNumber: string };

export async function countEntries(actor: Actor, competitionId: string, q: { q?: string; trade?: string; award?: EntryDto["award"] }) {
  return db.competitionEntry.count({ where: entryWhere(actor, competitionId, q) });
}

/** Every entry of a competition in keyset pages (by id); full ID numbers only when asked (see export.ts). */
export async function exportEntries(
  actor: Actor,
  competitionId: string,
  q: { q?: string; trade?: string; award?: EntryDto["award"] },
  withIdNumbers: boolean,
): Promise<AsyncGenerator<EntryExportRow[]>> {
  await findCompetitionInScope(actor, competitionId);
  const where = entryWhere(actor, competitionId, q);
  const select = { ...ENTRY_SELECT, member: { select: { ...ENTRY_SELECT.member.select, idCipher: true } } } satisfies Prisma.CompetitionEntrySelect;
  type Row = Prisma.CompetitionEntryGetPayload<{ select: typeof select }>;
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: Row[] = await db.competitionEntry.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select,
        orderBy: { id: "asc" },
        take: 1000,
      });
      if (rows.length === 0) return;
      yield rows.map((r) => ({ ...toEntryDto(r), idNumber: withIdNumbers ? decryptIdNumber(r.member.idCipher) : r.member.idMasked }));
      after = rows[rows.length - 1].id;
    }
  })();
}
