import "server-only";
import { db, Prisma, sqlRows } from "../db/client";
import { CAPPED, cappedAggregate, cappedTotal, inSubtree, pageAsOpened } from "../records/scoped-list";
import type { Actor } from "../auth/actor";
import { seesOwnRecordsOnly } from "../auth/actor";
import { notFound } from "../errors";
import { fromDateOnlyOrNull, toDateOnly, todayCST } from "../dates";
import { findOrgInScope } from "../orgs/queries";
import { actorFacts } from "./actor-facts";
import { allowedActions, type GrantFacts } from "./grant-workflow";
import { toEntryDto, ENTRY_SELECT, userNames } from "./ledger-dto";
import type { GrantDto, GrantEventDto, GrantListQuery } from "./schema";
import { startsWithText } from "../db/like";

export const GRANT_SELECT = {
  id: true,
  orgId: true,
  memberId: true,
  fileId: true,
  kind: true,
  amount: true,
  reason: true,
  channel: true,
  status: true,
  year: true,
  fundId: true,
  noticeStartsOn: true,
  noticeEndsOn: true,
  paymentRef: true,
  decisionReason: true,
  createdById: true,
  submittedById: true,
  reviewedById: true,
  approvedById: true,
  disbursedById: true,
  disbursedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true, ancestorIds: true } },
  member: { select: { name: true, idMasked: true } },
  fund: { select: { name: true } },
} satisfies Prisma.GrantSelect;

export type GrantRow = Prisma.GrantGetPayload<{ select: typeof GRANT_SELECT }>;

const PEOPLE = ["createdById", "submittedById", "reviewedById", "approvedById", "disbursedById"] as const;

export function toGrantDto(g: GrantRow, hasDetails: boolean, names: Map<string, string>): GrantDto {
  const who = (id: string | null) => (id ? { id, name: names.get(id) ?? "（已删除账号）" } : null);
  return {
    id: g.id,
    orgId: g.orgId,
    orgName: g.org.name,
    memberId: g.memberId,
    memberName: g.member.name,
    memberIdMasked: g.member.idMasked,
    fileId: g.fileId,
    kind: g.kind,
    amount: g.amount.toFixed(2),
    reason: g.reason,
    hasDetails,
    channel: g.channel,
    status: g.status,
    year: g.year,
    fundId: g.fundId,
    fundName: g.fund?.name ?? null,
    noticeStartsOn: toDateOnly(g.noticeStartsOn),
    noticeEndsOn: toDateOnly(g.noticeEndsOn),
    paymentRef: g.paymentRef,
    decisionReason: g.decisionReason,
    createdBy: who(g.createdById),
    submittedBy: who(g.submittedById),
    reviewedBy: who(g.reviewedById),
    approvedBy: who(g.approvedById),
    disbursedBy: who(g.disbursedById),
    disbursedAt: g.disbursedAt?.toISOString() ?? null,
    version: g.version,
    createdAt: g.createdAt.toISOString(),
    updatedAt: g.updatedAt.toISOString(),
  };
}

export function grantFacts(g: GrantRow): GrantFacts {
  return {
    status: g.status,
    orgId: g.orgId,
    orgAncestorIds: g.org.ancestorIds,
    createdById: g.createdById,
    submittedById: g.submittedById,
    reviewedById: g.reviewedById,
    noticeEndsOn: toDateOnly(g.noticeEndsOn),
  };
}

/** DTOs of grants; whether each carries an encrypted narrative is read here unless its row says (`hasDetails`). */
export async function toDtos(rows: (GrantRow & { hasDetails?: boolean })[]): Promise<GrantDto[]> {
  const ids = rows.filter((r) => r.hasDetails === undefined).map((r) => r.id);
  const [names, details] = await Promise.all([
    userNames(rows.flatMap((r) => PEOPLE.map((p) => r[p]))),
    ids.length
      ? sqlRows<{ id: string }>(Prisma.sql`SELECT id::text FROM "grant" WHERE id = ANY(${ids}::uuid[]) AND details_cipher IS NOT NULL`).then((r) => new Set(r.map((x) => x.id)))
      : Promise.resolve(new Set<string>()),
  ]);
  return rows.map((r) => toGrantDto(r, r.hasDetails ?? details.has(r.id), names));
}

/** Grants the actor may see: their subtree for staff, leaders and admins; a member's own grants. */
export function grantScopeWhere(actor: Actor): Prisma.GrantWhereInput {
  if (seesOwnRecordsOnly(actor)) return actor.memberId ? { memberId: actor.memberId } : { id: { in: [] } };
  return inSubtree(actor.orgId);
}

const ORDER: Record<GrantListQuery["sort"], Prisma.GrantOrderByWithRelationInput[]> = {
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
  "-updatedAt": [{ updatedAt: "desc" }, { id: "asc" }],
  "-amount": [{ amount: "desc" }, { id: "asc" }],
  amount: [{ amount: "asc" }, { id: "asc" }],
  memberName: [{ member: { name: "asc" } }, { id: "asc" }],
};

type GrantFilters = Omit<GrantListQuery, "sort" | "page" | "pageSize">;

async function grantListWhere(actor: Actor, q: GrantFilters): Promise<Prisma.GrantWhereInput> {
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  const own = seesOwnRecordsOnly(actor);
  return {
    AND: [
      own ? grantScopeWhere(actor) : {},
      own && !q.orgId ? {} : inSubtree(q.orgId ?? actor.orgId),
      q.memberId ? { memberId: q.memberId } : {},
      q.fileId ? { fileId: q.fileId } : {},
      q.fundId ? { fundId: q.fundId } : {},
      q.q ? { member: { name: startsWithText(q.q) } } : {},
      q.status ? { status: q.status } : {},
      q.kind ? { kind: q.kind } : {},
      q.year ? { year: q.year } : {},
    ],
  };
}

/** The columns of ORDER's fields, for the page read through pg. */
const ORDER_COLUMNS = { createdAt: "t.created_at", updatedAt: "t.updated_at", amount: "t.amount", id: "t.id" };

type OpenedGrant = Omit<GrantRow, "amount" | "noticeStartsOn" | "noticeEndsOn" | "org" | "member" | "fund"> & {
  amount: string;
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  orgName: string;
  orgAncestorIds: number[];
  memberName: string;
  memberIdMasked: string;
  fundName: string | null;
  hasDetails: boolean;
};

/**
 * A page of grants: as the list opens through pg (`pageAsOpened`, each row
 * saying whether it carries an encrypted narrative), else through Prisma; the
 * same rows either way.
 */
async function grantPage(where: Prisma.GrantWhereInput, sort: GrantListQuery["sort"], skip: number, take: number): Promise<(GrantRow & { hasDetails?: boolean })[]> {
  const viaPrisma = () => db.grant.findMany({ where, select: GRANT_SELECT, orderBy: ORDER[sort], skip, take });
  // Ordered by a member's name, the order is not the grant's own: left to Prisma.
  if (sort === "memberName") return viaPrisma();
  return pageAsOpened<OpenedGrant, GrantRow & { hasDetails?: boolean }>(
    where,
    {
      table: "grant",
      select: Prisma.sql`t.id, t.org_id AS "orgId", t.member_id AS "memberId", t.file_id AS "fileId", t.kind::text AS kind, t.amount::text AS amount,
        t.reason, t.channel::text AS channel, t.status::text AS status, t.year, t.fund_id AS "fundId",
        t.notice_starts_on::text AS "noticeStartsOn", t.notice_ends_on::text AS "noticeEndsOn", t.payment_ref AS "paymentRef",
        t.decision_reason AS "decisionReason", t.created_by_id AS "createdById", t.submitted_by_id AS "submittedById",
        t.reviewed_by_id AS "reviewedById", t.approved_by_id AS "approvedById", t.disbursed_by_id AS "disbursedById",
        t.disbursed_at AS "disbursedAt", t.version, t.created_at AS "createdAt", t.updated_at AS "updatedAt",
        o.name AS "orgName", o.ancestor_ids AS "orgAncestorIds", m.name AS "memberName", m.id_masked AS "memberIdMasked",
        (SELECT f.name FROM fund f WHERE f.id = t.fund_id) AS "fundName", t.details_cipher IS NOT NULL AS "hasDetails"`,
      join: Prisma.sql`JOIN organisation o ON o.id = t.org_id JOIN member m ON m.id = t.member_id`,
      order: ORDER[sort],
      columns: ORDER_COLUMNS,
      skip,
      take,
    },
    ({ amount, noticeStartsOn, noticeEndsOn, orgName, orgAncestorIds, memberName, memberIdMasked, fundName, ...g }) => ({
      ...g,
      amount: new Prisma.Decimal(amount),
      noticeStartsOn: fromDateOnlyOrNull(noticeStartsOn),
      noticeEndsOn: fromDateOnlyOrNull(noticeEndsOn),
      org: { name: orgName, ancestorIds: orgAncestorIds },
      member: { name: memberName, idMasked: memberIdMasked },
      fund: g.fundId === null ? null : { name: fundName! },
    }),
    viaPrisma,
  );
}

export async function listGrants(actor: Actor, q: GrantListQuery) {
  const where = await grantListWhere(actor, q);
  const [rows, sum] = await Promise.all([
    grantPage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize),
    cappedAggregate(where, { table: "grant", sum: { amount: "amount" } }, () => db.grant.aggregate({ where, ...CAPPED, _count: { _all: true }, _sum: { amount: true } })),
  ]);
  const count = cappedTotal(sum._count._all);
  return {
    data: await toDtos(rows),
    ...count,
    page: q.page,
    pageSize: q.pageSize,
    totalAmount: count.totalCapped ? null : (sum._sum.amount ?? new Prisma.Decimal(0)).toFixed(2),
  };
}

/** A grant the actor may see, else 404. */
export async function findGrantInScope(actor: Actor, id: string): Promise<GrantRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("救助申请");
  const row = await db.grant.findFirst({ where: { AND: [{ id }, grantScopeWhere(actor)] }, select: GRANT_SELECT });
  if (!row) throw notFound("救助申请");
  return row;
}

export async function getGrant(actor: Actor, id: string, now = new Date()) {
  const g = await findGrantInScope(actor, id);
  const [dto, events, entries, facts] = await Promise.all([
    toDtos([g]).then((d) => d[0]),
    db.grantEvent.findMany({ where: { grantId: id }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    db.ledgerEntry.findMany({ where: { grantId: id }, orderBy: { id: "asc" }, select: ENTRY_SELECT }),
    actorFacts(actor),
  ]);
  const entryNames = await userNames(entries.map((e) => e.createdById));
  return {
    ...dto,
    events: events.map(
      (e): GrantEventDto => ({
        id: String(e.id),
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorName: e.actorName,
        reason: e.reason,
        at: e.at.toISOString(),
      }),
    ),
    entries: entries.map((e) => toEntryDto(e, entryNames)),
    allowedActions: allowedActions(facts, grantFacts(g), todayCST(now)),
  };
}
export type GrantDetail = Awaited<ReturnType<typeof getGrant>>;

/** Scope is checked when called, before the caller audits or sends anything; rows come as they are read. */
export async function exportGrants(actor: Actor, q: GrantFilters): Promise<AsyncGenerator<GrantDto[]>> {
  const where = await grantListWhere(actor, q);
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: GrantRow[] = await db.grant.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select: GRANT_SELECT,
        orderBy: { id: "asc" },
        take: 2000,
      });
      if (rows.length === 0) return;
      yield await toDtos(rows);
      after = rows[rows.length - 1].id;
    }
  })();
}
