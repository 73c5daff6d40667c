import "server-only";
import { db, Prisma } from "../db/client";
import { CAPPED, cappedAggregate, cappedTotal, inSubtree, pageAsOpened } from "../records/scoped-list";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { notFound } from "../errors";
import { toDateOnly, todayCST } from "../dates";
import { findOrgInScope, subtreeWhere } from "../orgs/queries";
import { isInForceOn } from "../contracts/contract-workflow";
import type { EnterpriseDto, EnterpriseListQuery } from "./schema";
import { containsText } from "../db/like";

export const ENTERPRISE_SELECT = {
  id: true,
  name: true,
  creditCode: true,
  workerCount: true,
  ownership: true,
  areaOrgId: true,
  unionOrgId: true,
  createdAt: true,
  updatedAt: true,
  area: { select: { name: true, ancestorIds: true } },
  union: { select: { name: true, kind: true } },
} satisfies Prisma.EnterpriseSelect;

export type EnterpriseRow = Prisma.EnterpriseGetPayload<{ select: typeof ENTERPRISE_SELECT }>;

export function toEnterpriseDto(e: EnterpriseRow): EnterpriseDto {
  return {
    id: e.id,
    name: e.name,
    creditCode: e.creditCode,
    workerCount: e.workerCount,
    ownership: e.ownership,
    areaOrgId: e.areaOrgId,
    areaName: e.area.name,
    unionOrgId: e.unionOrgId,
    unionName: e.union?.name ?? null,
    unionKind: e.union?.kind ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/**
 * Enterprises that belong to an organisation's subtree: located in it (its
 * towns and villages) or covered by one of its unions. The second half lets a
 * joint union's staff see the small firms it covers, which lie in the village
 * above it. Unionisation and coverage rates count by location only (stats.ts).
 */
export const belongsToWhere = (orgId: number): Prisma.EnterpriseWhereInput => ({
  OR: [{ area: subtreeWhere(orgId) }, { union: subtreeWhere(orgId) }],
});

/** What staff, leaders and admins may see; members see no enterprise register. */
export function enterpriseScopeWhere(actor: Actor): Prisma.EnterpriseWhereInput {
  assertStaffLike(actor);
  return belongsToWhere(actor.orgId);
}

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

function searchWhere(q: string): Prisma.EnterpriseWhereInput {
  const upper = q.toUpperCase();
  if (CREDIT_CODE.test(upper)) return { creditCode: upper };
  return { name: containsText(q) };
}

const ORDER: Record<EnterpriseListQuery["sort"], Prisma.EnterpriseOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  "-name": [{ name: "desc" }, { id: "asc" }],
  workerCount: [{ workerCount: "asc" }, { id: "asc" }],
  "-workerCount": [{ workerCount: "desc" }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

type EnterpriseFilters = Omit<EnterpriseListQuery, "sort" | "page" | "pageSize">;

async function enterpriseListWhere(actor: Actor, q: EnterpriseFilters): Promise<Prisma.EnterpriseWhereInput> {
  assertStaffLike(actor);
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  if (q.unionOrgId) await findOrgInScope(actor, q.unionOrgId);
  return {
    AND: [
      inSubtree(q.orgId ?? actor.orgId),
      q.q ? searchWhere(q.q) : {},
      q.unionised === undefined ? {} : { unionOrgId: q.unionised ? { not: null } : null },
      q.unionOrgId ? { unionOrgId: q.unionOrgId } : {},
    ],
  };
}

/** The columns of ORDER's fields, for the page read through pg. */
const ORDER_COLUMNS = { name: "t.name", workerCount: "t.worker_count", createdAt: "t.created_at", id: "t.id" };

type OpenedEnterprise = Omit<EnterpriseRow, "area" | "union"> & { areaName: string; areaAncestorIds: number[]; unionName: string | null; unionKind: string | null };

/** A page of enterprises: as the list opens through pg (`pageAsOpened`), else through Prisma; the same rows either way. */
async function enterprisePage(where: Prisma.EnterpriseWhereInput, sort: EnterpriseListQuery["sort"], skip: number, take: number): Promise<EnterpriseRow[]> {
  return pageAsOpened<OpenedEnterprise, EnterpriseRow>(
    where,
    {
      select: Prisma.sql`t.id, t.name, t.credit_code AS "creditCode", t.worker_count AS "workerCount", t.ownership::text AS ownership,
        t.area_org_id AS "areaOrgId", t.union_org_id AS "unionOrgId", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
        a.name AS "areaName", a.ancestor_ids AS "areaAncestorIds",
        (SELECT u.name FROM organisation u WHERE u.id = t.union_org_id) AS "unionName", (SELECT u.kind::text FROM organisation u WHERE u.id = t.union_org_id) AS "unionKind"`,
      table: "enterprise",
      join: Prisma.sql`JOIN organisation a ON a.id = t.area_org_id`,
      order: ORDER[sort],
      columns: ORDER_COLUMNS,
      skip,
      take,
    },
    ({ areaName, areaAncestorIds, unionName, unionKind, ...e }) => ({
      ...e,
      area: { name: areaName, ancestorIds: areaAncestorIds },
      union: unionName === null ? null : { name: unionName, kind: unionKind as NonNullable<EnterpriseRow["union"]>["kind"] },
    }),
    () => db.enterprise.findMany({ where, select: ENTERPRISE_SELECT, orderBy: ORDER[sort], skip, take }),
  );
}

export async function listEnterprises(actor: Actor, q: EnterpriseListQuery) {
  const where = await enterpriseListWhere(actor, q);
  const [rows, sums] = await Promise.all([
    enterprisePage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize),
    // One scan for all three: a field's count is its non-null values (those with a union).
    cappedAggregate(where, { table: "enterprise", count: { unionOrgId: "union_org_id" }, sum: { workerCount: "worker_count" } }, () =>
      db.enterprise.aggregate({ where, ...CAPPED, _count: { _all: true, unionOrgId: true }, _sum: { workerCount: true } }),
    ),
  ]);
  const count = cappedTotal(sums._count._all);
  return {
    data: rows.map(toEnterpriseDto),
    ...count,
    page: q.page,
    pageSize: q.pageSize,
    /** Over every matching enterprise, not just this page. */
    totals: count.totalCapped ? null : { workers: sums._sum.workerCount ?? 0, unionised: sums._count.unionOrgId },
  };
}

/** An enterprise the actor may see, else 404 (ids cannot be probed). */
export async function findEnterpriseInScope(actor: Actor, id: string): Promise<EnterpriseRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("企业");
  const row = await db.enterprise.findFirst({ where: { AND: [{ id }, enterpriseScopeWhere(actor)] }, select: ENTERPRISE_SELECT });
  if (!row) throw notFound("企业");
  return row;
}

export async function getEnterprise(actor: Actor, id: string) {
  const e = await findEnterpriseInScope(actor, id);
  const [path, coverage] = await Promise.all([
    // Location from the county down (province and city add nothing here).
    db.organisation.findMany({
      where: { id: { in: e.area.ancestorIds }, level: { in: ["COUNTY", "TOWN", "VILLAGE"] } },
      select: { id: true, name: true, depth: true },
      orderBy: { depth: "asc" },
    }),
    db.contractCoverage.findMany({
      where: { enterpriseId: id },
      select: {
        workerCount: true,
        contract: {
          select: { id: true, title: true, kind: true, status: true, effectiveFrom: true, effectiveTo: true, offeredOn: true, org: { select: { name: true, ancestorIds: true } } },
        },
      },
    }),
  ]);
  const today = todayCST();
  const contracts = coverage
    .map(({ workerCount, contract: c }) => {
      const from = toDateOnly(c.effectiveFrom);
      const to = toDateOnly(c.effectiveTo);
      return {
        id: c.id,
        title: c.title,
        kind: c.kind,
        status: c.status,
        orgName: c.org.name,
        effectiveFrom: from,
        effectiveTo: to,
        inForce: isInForceOn({ status: c.status, effectiveFrom: from, effectiveTo: to }, today),
        workerCount,
        // A county's industry contract covers a town's enterprise; the town sees the fact, not the file.
        visible: c.org.ancestorIds.includes(actor.orgId),
        offeredOn: toDateOnly(c.offeredOn)!,
      };
    })
    .sort((a, b) => Number(b.inForce) - Number(a.inForce) || b.offeredOn.localeCompare(a.offeredOn))
    .map(({ offeredOn: _o, ...rest }) => rest);
  return { ...toEnterpriseDto(e), areaPath: path.map(({ id, name }) => ({ id, name })), contracts };
}
export type EnterpriseDetail = Awaited<ReturnType<typeof getEnterprise>>;

/**
 * Every matching enterprise in keyset pages of 2,000, for the streaming export.
 * Scope and filters are checked before the first byte is sent.
 */
export async function exportEnterprises(actor: Actor, q: EnterpriseFilters): Promise<AsyncGenerator<EnterpriseDto[]>> {
  const where = await enterpriseListWhere(actor, q);
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: EnterpriseRow[] = await db.enterprise.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select: ENTERPRISE_SELECT,
        orderBy: { id: "asc" },
        take: 2000,
      });
      if (rows.length === 0) return;
      yield rows.map(toEnterpriseDto);
      after = rows[rows.length - 1].id;
    }
  })();
}
