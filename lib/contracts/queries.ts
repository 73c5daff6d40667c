import "server-only";
import { db, Prisma } from "../db/client";
import { CAPPED, cappedAggregate, cappedTotal, inSubtree, pageAsOpened } from "../records/scoped-list";
import type { Actor } from "../auth/actor";
import { assertStaffLike, canWrite, isStaffLike, seesOwnRecordsOnly } from "../auth/actor";
import { invalid, notFound } from "../errors";
import { addDays, fromDateOnly, fromDateOnlyOrNull, toDateOnly, todayCST } from "../dates";
import { findOrgInScope } from "../orgs/queries";
import { belongsToWhere, enterpriseScopeWhere, ENTERPRISE_SELECT, toEnterpriseDto } from "../enterprises/queries";
import { allowedTargets, isInForceOn, isLapsed } from "./contract-workflow";
import { EFFECTIVE_STATUSES, EXPIRY_WINDOW_DAYS, PARTY_HINTS, CONTRACT_KIND_LABELS, isPartyAllowed, isSingleEnterpriseKind, type ContractKind } from "./labels";
import type { CandidateQuery, ContractDetail, ContractDto, ContractListQuery, ReminderQuery } from "./schema";
import { containsText } from "../db/like";

export const CONTRACT_SELECT = {
  id: true,
  orgId: true,
  kind: true,
  title: true,
  employerParty: true,
  status: true,
  offeredOn: true,
  congressOn: true,
  votesFor: true,
  votesAgainst: true,
  votesAbstain: true,
  signedOn: true,
  submittedOn: true,
  effectiveFrom: true,
  effectiveTo: true,
  renewedFromId: true,
  version: true,
  coverageCount: true,
  coverageWorkers: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true, ancestorIds: true } },
  renewal: { select: { id: true } },
} satisfies Prisma.ContractSelect;

export type ContractRow = Prisma.ContractGetPayload<{ select: typeof CONTRACT_SELECT }>;

/** The covered enterprises and workers are the contract's counters, kept by a trigger on its coverage rows. */
export function toContractDto(c: ContractRow, today = todayCST()): ContractDto {
  const effectiveFrom = toDateOnly(c.effectiveFrom);
  const effectiveTo = toDateOnly(c.effectiveTo);
  return {
    id: c.id,
    kind: c.kind,
    title: c.title,
    orgId: c.orgId,
    orgName: c.org.name,
    employerParty: c.employerParty,
    status: c.status,
    offeredOn: toDateOnly(c.offeredOn)!,
    congressOn: toDateOnly(c.congressOn),
    votesFor: c.votesFor,
    votesAgainst: c.votesAgainst,
    votesAbstain: c.votesAbstain,
    signedOn: toDateOnly(c.signedOn),
    submittedOn: toDateOnly(c.submittedOn),
    effectiveFrom,
    effectiveTo,
    renewedFromId: c.renewedFromId,
    renewalId: c.renewal?.id ?? null,
    version: c.version,
    enterpriseCount: c.coverageCount,
    workerCount: c.coverageWorkers,
    inForce: isInForceOn({ status: c.status, effectiveFrom, effectiveTo }, today),
    lapsed: isLapsed({ status: c.status, effectiveTo }, today),
    expiringSoon: c.status === "IN_FORCE" && !!effectiveTo && effectiveTo >= today && effectiveTo <= addDays(today, EXPIRY_WINDOW_DAYS),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * Staff, leaders and admins see the contracts of unions in their subtree. A
 * member sees the contracts that went into force and cover an enterprise of
 * their own union: a collective contract is published to the workers it
 * covers once it is in force (《集体合同规定》第四十三条); drafts are not.
 */
export function contractScopeWhere(actor: Actor): Prisma.ContractWhereInput {
  if (seesOwnRecordsOnly(actor)) {
    return { status: { in: [...EFFECTIVE_STATUSES] }, coverage: { some: { enterprise: { unionOrgId: actor.orgId } } } };
  }
  return inSubtree(actor.orgId);
}

const isContractVisible = (actor: Actor, orgAncestors: number[]) => isStaffLike(actor) && orgAncestors.includes(actor.orgId);

/** Where-clauses for "in force on a date", "ending within the window" and "lapsed". */
export const inForceWhere = (date: string): Prisma.ContractWhereInput => ({
  status: { in: [...EFFECTIVE_STATUSES] },
  effectiveFrom: { lte: fromDateOnly(date) },
  effectiveTo: { gte: fromDateOnly(date) },
});
export const expiringWhere = (today: string, days = EXPIRY_WINDOW_DAYS): Prisma.ContractWhereInput => ({
  status: "IN_FORCE",
  effectiveTo: { gte: fromDateOnly(today), lte: fromDateOnly(addDays(today, days)) },
});
export const lapsedWhere = (today: string): Prisma.ContractWhereInput => ({ status: "IN_FORCE", effectiveTo: { lt: fromDateOnly(today) } });

const ORDER: Record<ContractListQuery["sort"], Prisma.ContractOrderByWithRelationInput[]> = {
  "-offeredOn": [{ offeredOn: "desc" }, { id: "asc" }],
  offeredOn: [{ offeredOn: "asc" }, { id: "asc" }],
  effectiveTo: [{ effectiveTo: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  "-effectiveTo": [{ effectiveTo: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  "-updatedAt": [{ updatedAt: "desc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
};

type ContractFilters = Omit<ContractListQuery, "sort" | "page" | "pageSize">;

async function contractListWhere(actor: Actor, q: ContractFilters): Promise<Prisma.ContractWhereInput> {
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  const today = todayCST();
  const own = seesOwnRecordsOnly(actor);
  return {
    AND: [
      own ? contractScopeWhere(actor) : {},
      own && !q.orgId ? {} : inSubtree(q.orgId ?? actor.orgId),
      q.q ? { OR: [{ title: containsText(q.q) }, { employerParty: containsText(q.q) }] } : {},
      q.kind ? { kind: q.kind } : {},
      q.status ? { status: q.status } : {},
      q.expiring ? expiringWhere(today) : {},
      q.lapsed ? lapsedWhere(today) : {},
      q.inForce === true ? inForceWhere(today) : q.inForce === false ? { NOT: inForceWhere(today) } : {},
    ],
  };
}

/** The columns of ORDER's fields, for the page read through pg. */
const ORDER_COLUMNS = { offeredOn: "t.offered_on", effectiveTo: "t.effective_to", updatedAt: "t.updated_at", title: "t.title", id: "t.id" };

type OpenedContract = Omit<ContractRow, "offeredOn" | "congressOn" | "signedOn" | "submittedOn" | "effectiveFrom" | "effectiveTo" | "org" | "renewal"> & {
  offeredOn: string;
  congressOn: string | null;
  signedOn: string | null;
  submittedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  orgName: string;
  orgAncestorIds: number[];
  renewalId: string | null;
};

/** A page of contracts: as the list opens through pg (`pageAsOpened`), else through Prisma; the same rows either way. */
async function contractPage(where: Prisma.ContractWhereInput, sort: ContractListQuery["sort"], skip: number, take: number): Promise<ContractRow[]> {
  return pageAsOpened<OpenedContract, ContractRow>(
    where,
    {
      table: "contract",
      select: Prisma.sql`t.id, t.org_id AS "orgId", t.kind::text AS kind, t.title, t.employer_party AS "employerParty", t.status::text AS status,
        t.offered_on::text AS "offeredOn", t.congress_on::text AS "congressOn", t.votes_for AS "votesFor", t.votes_against AS "votesAgainst",
        t.votes_abstain AS "votesAbstain", t.signed_on::text AS "signedOn", t.submitted_on::text AS "submittedOn",
        t.effective_from::text AS "effectiveFrom", t.effective_to::text AS "effectiveTo", t.renewed_from_id AS "renewedFromId", t.version,
        t.coverage_count AS "coverageCount", t.coverage_workers AS "coverageWorkers", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
        o.name AS "orgName", o.ancestor_ids AS "orgAncestorIds", (SELECT r.id FROM contract r WHERE r.renewed_from_id = t.id) AS "renewalId"`,
      join: Prisma.sql`JOIN organisation o ON o.id = t.org_id`,
      order: ORDER[sort],
      columns: ORDER_COLUMNS,
      skip,
      take,
    },
    ({ offeredOn, congressOn, signedOn, submittedOn, effectiveFrom, effectiveTo, orgName, orgAncestorIds, renewalId, ...c }) => ({
      ...c,
      offeredOn: fromDateOnly(offeredOn),
      congressOn: fromDateOnlyOrNull(congressOn),
      signedOn: fromDateOnlyOrNull(signedOn),
      submittedOn: fromDateOnlyOrNull(submittedOn),
      effectiveFrom: fromDateOnlyOrNull(effectiveFrom),
      effectiveTo: fromDateOnlyOrNull(effectiveTo),
      org: { name: orgName, ancestorIds: orgAncestorIds },
      renewal: renewalId === null ? null : { id: renewalId },
    }),
    () => db.contract.findMany({ where, select: CONTRACT_SELECT, orderBy: ORDER[sort], skip, take }),
  );
}

export async function listContracts(actor: Actor, q: ContractListQuery) {
  const where = await contractListWhere(actor, q);
  const [rows, t] = await Promise.all([
    contractPage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize),
    cappedAggregate(where, { table: "contract", sum: { coverageCount: "coverage_count", coverageWorkers: "coverage_workers" } }, () =>
      db.contract.aggregate({ where, ...CAPPED, _count: { _all: true }, _sum: { coverageCount: true, coverageWorkers: true } }),
    ),
  ]);
  const count = cappedTotal(t._count._all);
  return {
    data: rows.map((r) => toContractDto(r)),
    ...count,
    page: q.page,
    pageSize: q.pageSize,
    /** Over every matching contract; an enterprise covered by two of them is counted twice here. */
    totals: count.totalCapped ? null : { coverageRows: t._sum.coverageCount ?? 0, coverageWorkers: t._sum.coverageWorkers ?? 0 },
  };
}

/** A contract the actor may see, else 404 (ids cannot be probed). */
export async function findContractInScope(actor: Actor, id: string): Promise<ContractRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("合同");
  const row = await db.contract.findFirst({ where: { AND: [{ id }, contractScopeWhere(actor)] }, select: CONTRACT_SELECT });
  if (!row) throw notFound("合同");
  return row;
}

export async function getContract(actor: Actor, id: string): Promise<ContractDetail> {
  const c = await findContractInScope(actor, id);
  const isMember = !isStaffLike(actor);
  const [coverage, events] = await Promise.all([
    db.contractCoverage.findMany({
      // A member sees the contract's facts and their own enterprise, not the other firms it covers.
      where: { contractId: id, ...(isMember ? { enterprise: { unionOrgId: actor.orgId } } : {}) },
      select: {
        workerCount: true,
        enterprise: {
          select: {
            id: true,
            name: true,
            creditCode: true,
            area: { select: { name: true, ancestorIds: true } },
            union: { select: { name: true, ancestorIds: true } },
          },
        },
      },
      orderBy: [{ workerCount: "desc" }, { enterpriseId: "asc" }],
    }),
    db.contractEvent.findMany({ where: { contractId: id }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
  ]);
  const dto = toContractDto(c);
  const writable = canWrite(actor);
  return {
    ...dto,
    coverage: coverage.map(({ workerCount, enterprise: e }) => ({
      enterpriseId: e.id,
      name: e.name,
      creditCode: e.creditCode,
      areaName: e.area.name,
      unionName: e.union?.name ?? null,
      workerCount,
      visible: !isMember && (e.area.ancestorIds.includes(actor.orgId) || !!e.union?.ancestorIds.includes(actor.orgId)),
    })),
    events: events.map((ev) => ({
      id: String(ev.id),
      fromStatus: ev.fromStatus,
      toStatus: ev.toStatus,
      on: toDateOnly(ev.on)!,
      actorName: isMember ? null : ev.actorName,
      note: ev.note,
      at: ev.at.toISOString(),
    })),
    // Only steps that can succeed today: "expired" needs the term to be over.
    transitions: writable && isContractVisible(actor, c.org.ancestorIds) ? allowedTargets(c.status).filter((t) => t !== "EXPIRED" || dto.lapsed) : [],
    editable: writable && (c.status === "OFFERED" || c.status === "NEGOTIATING"),
  };
}

/**
 * Every matching contract in keyset pages of 1,000, for the streaming export.
 * Scope and filters are checked before the first byte is sent.
 */
export async function exportContracts(actor: Actor, q: ContractFilters): Promise<AsyncGenerator<ContractDto[]>> {
  assertStaffLike(actor);
  const where = await contractListWhere(actor, q);
  const today = todayCST();
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: ContractRow[] = await db.contract.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select: CONTRACT_SELECT,
        orderBy: { id: "asc" },
        take: 1000,
      });
      if (rows.length === 0) return;
      yield rows.map((r) => toContractDto(r, today));
      after = rows[rows.length - 1].id;
    }
  })();
}

/**
 * The reminder list: contracts in force whose term ends within the next 60
 * days, soonest first, for the staff of the contract's union and every level
 * above it. `lapsed` counts those already past their term, still to be marked.
 */
export async function listReminders(actor: Actor, q: ReminderQuery) {
  const { where, lapsedWhere: lapsed, today } = await reminderWheres(actor, q.orgId);
  const [rows, total, lapsedCount] = await Promise.all([
    db.contract.findMany({ where, select: CONTRACT_SELECT, orderBy: ORDER.effectiveTo, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.contract.count({ where }),
    db.contract.count({ where: lapsed }),
  ]);
  return { data: rows.map((r) => toContractDto(r, today)), total, page: q.page, pageSize: q.pageSize, lapsed: lapsedCount, windowDays: EXPIRY_WINDOW_DAYS };
}

async function reminderWheres(actor: Actor, orgId: number | undefined) {
  assertStaffLike(actor);
  const root = orgId ? await findOrgInScope(actor, orgId) : null;
  const today = todayCST();
  const scope: Prisma.ContractWhereInput = { AND: [contractScopeWhere(actor), root ? inSubtree(root.id) : {}] };
  return { today, where: { AND: [scope, expiringWhere(today)] }, lapsedWhere: { AND: [scope, lapsedWhere(today)] } };
}

/**
 * The badge on the contracts page, exact; with `take` (the desk on 首页,
 * `deskTake`), each count stops one past it.
 */
export async function countReminders(actor: Actor, orgId?: number, take?: number) {
  const { where, lapsedWhere: lapsed } = await reminderWheres(actor, orgId);
  const [expiring, lapsedCount] = await Promise.all([db.contract.count({ where, take }), db.contract.count({ where: lapsed, take })]);
  return { expiring, lapsed: lapsedCount };
}

// ---- who may be a party, and which enterprises it may cover ----

type Party = { id: number; level: string; kind: string; status: string; parentId: number | null };

export function partyProblem(kind: ContractKind, party: Party): string | null {
  if (party.status !== "ACTIVE") return "该工会已撤销，不能作为合同的工会方";
  if (!isPartyAllowed(kind, party)) return `${CONTRACT_KIND_LABELS[kind]}的工会方须为${PARTY_HINTS[kind]}`;
  return null;
}

/**
 * Enterprises a contract of `kind` signed by `party` may cover: unionised, and
 * the party's own enterprise (single-enterprise kinds); those located in or
 * covered by the party's subtree (regional); those of the territory the
 * industry federation serves, i.e. its parent's subtree (industry).
 */
export function eligibleWhere(kind: ContractKind, party: Party): Prisma.EnterpriseWhereInput {
  if (isSingleEnterpriseKind(kind)) return { unionOrgId: party.id };
  const territory = kind === "INDUSTRY" && party.parentId ? party.parentId : party.id;
  return { AND: [{ unionOrgId: { not: null } }, belongsToWhere(territory)] };
}

/** Enterprises the actor may put on a contract of this party and kind (the coverage picker). */
export async function listCandidates(actor: Actor, q: CandidateQuery) {
  assertStaffLike(actor);
  const party = await findOrgInScope(actor, q.orgId);
  const problem = partyProblem(q.kind, party);
  if (problem) throw invalid(problem, { orgId: problem });
  const where: Prisma.EnterpriseWhereInput = {
    AND: [enterpriseScopeWhere(actor), eligibleWhere(q.kind, party), q.q ? { name: containsText(q.q) } : {}],
  };
  const [rows, total] = await Promise.all([
    db.enterprise.findMany({ where, select: ENTERPRISE_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.enterprise.count({ where }),
  ]);
  return { data: rows.map(toEnterpriseDto), total, page: q.page, pageSize: q.pageSize };
}
