import "server-only";
import { db, preparedRows, Prisma, sqlRows, type Tx } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike, isStaffLike } from "../auth/actor";
import { notFound } from "../errors";
import { toDateOnly } from "../dates";
import type { Org, OrgListQuery } from "./schema";
import { containsText, escapeLike } from "../db/like";
import { COUNTED_MEMBER_STATUS } from "../members/labels";
import { tallyMembers } from "../members/tally";
import { todaysCounts } from "../dashboard/facts";
import { isWide } from "./labels";
import { scopeTree, type ScopeOption } from "./scope-options";
import { ORG_SELECT, orgById, type OrgRow } from "./org-row";

/** Everything at and below `rootId`: one GIN lookup on the materialised path. */
export const subtreeWhere = (rootId: number): Prisma.OrganisationWhereInput => ({ ancestorIds: { has: rootId } });

export function toOrg(r: OrgRow): Org {
  return {
    id: r.id,
    name: r.name,
    level: r.level,
    kind: r.kind,
    code: r.code,
    parentId: r.parentId,
    depth: r.depth,
    creditCode: r.creditCode,
    employeeCount: r.employeeCount,
    coveredEnterprises: r.coveredEnterprises,
    address: r.address,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    foundedOn: toDateOnly(r.foundedOn),
    status: r.status,
  };
}

/**
 * The organisation if the actor may see it. Staff, leaders and admins see their
 * home organisation and everything below; a member sees only their own union.
 * Outside that, the organisation "does not exist" (404), so ids cannot be probed.
 * Inside a transaction, pass its client: a second connection taken from the pool
 * while the transaction holds one waits for ever once every connection is held
 * by such a transaction.
 */
export async function findOrgInScope(actor: Actor, id: number, client: Pick<Tx, "organisation"> = db): Promise<OrgRow> {
  let row: OrgRow | null;
  if (client !== db) row = await client.organisation.findUnique({ where: { id }, select: ORG_SELECT });
  else if (id === actor.orgId) row = await homeOrg(actor);
  else row = await orgById(id);
  if (!row || !isOrgVisible(actor, row.ancestorIds)) throw notFound("组织");
  return row;
}

/**
 * The actor's home organisation. It came with the session, read in this
 * request's first statement; an actor made otherwise (a script's) reads it.
 * Outside a transaction only.
 */
export async function homeOrg(actor: Actor): Promise<OrgRow | null> {
  return actor.home ?? orgById(actor.orgId);
}

/** Id, name, level and depth of the organisations directly under `parentId`, by level, then name. */
export function orgChildren(parentId: number) {
  return preparedRows<{ id: number; name: string; level: OrgRow["level"]; depth: number }>(
    "org_children",
    `SELECT id, name, level::text AS level, depth FROM organisation o WHERE parent_id = $1 ORDER BY o.level, o.name, o.id`,
    [parentId],
  );
}

/** Id, name and depth of the given organisations (breadcrumbs). */
export function orgNames(ids: number[]) {
  return preparedRows<{ id: number; name: string; depth: number }>("org_names", `SELECT id, name, depth FROM organisation WHERE id = ANY($1::int[])`, [ids]);
}

export function isOrgVisible(actor: Actor, ancestorIds: number[]) {
  if (isStaffLike(actor)) return ancestorIds.includes(actor.orgId);
  // A partner-unit account (lib/reform) sees no organisation at all.
  return actor.role === "MEMBER" && ancestorIds[ancestorIds.length - 1] === actor.orgId;
}

/** Picks the organisation a staff page or list works within (default: home). */
export async function resolveScopeRoot(actor: Actor, requested?: number | null): Promise<OrgRow> {
  assertStaffLike(actor);
  return findOrgInScope(actor, requested ?? actor.orgId);
}

export async function listOrganisations(actor: Actor, q: OrgListQuery) {
  assertStaffLike(actor);
  const root = q.within ? await findOrgInScope(actor, q.within) : null;
  if (q.parentId) await findOrgInScope(actor, q.parentId);
  const where: Prisma.OrganisationWhereInput = {
    AND: [
      subtreeWhere(actor.orgId),
      root ? subtreeWhere(root.id) : {},
      q.parentId ? { parentId: q.parentId } : {},
      q.q ? { OR: [{ name: containsText(q.q) }, { code: q.q }, { creditCode: q.q.toUpperCase() }] } : {},
      q.level ? { level: q.level } : {},
      q.kind ? { kind: q.kind } : {},
      q.status ? { status: q.status } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.organisation.findMany({
      where,
      select: ORG_SELECT,
      orderBy: [{ depth: "asc" }, { name: "asc" }, { id: "asc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db.organisation.count({ where }),
  ]);
  return { data: rows.map(toOrg), total, page: q.page, pageSize: q.pageSize };
}

export type OrgDetail = Org & {
  breadcrumbs: { id: number; name: string }[];
  childCount: number;
  /** Grassroots unions and active members of the subtree: see `subtreeCounts`. */
  unionCount: number;
  memberCount: number;
  /** 数据截至 of the two counts when they are the rollup's (a province or a city), else null: counted live. */
  countsAsOf: string | null;
};

export async function getOrganisation(actor: Actor, id: number): Promise<OrgDetail> {
  const row = await findOrgInScope(actor, id);
  const crumbIds = row.ancestorIds.filter((a) => !isStaffLike(actor) || row.ancestorIds.indexOf(a) >= row.ancestorIds.indexOf(actor.orgId));
  const [crumbs, childCount, counts] = await Promise.all([
    db.organisation.findMany({ where: { id: { in: crumbIds } }, select: { id: true, name: true, depth: true } }),
    db.organisation.count({ where: { parentId: id } }),
    subtreeCounts([id], isWide(row.depth)),
  ]);
  return {
    ...toOrg(row),
    breadcrumbs: crumbs.sort((a, b) => a.depth - b.depth).map(({ id, name }) => ({ id, name })),
    childCount,
    unionCount: counts.get(id)?.unions ?? 0,
    memberCount: counts.get(id)?.members ?? 0,
    countsAsOf: counts.asOf,
  };
}

export type OrgChild = Org & { childCount: number; unionCount: number; memberCount: number; countsAsOf: string | null };

/** Children of a node with the size of each child's subtree, for the tree browser. */
export async function listChildrenWithCounts(actor: Actor, id: number): Promise<OrgChild[]> {
  const parent = await findOrgInScope(actor, id);
  assertStaffLike(actor);
  const children = await db.organisation.findMany({ where: { parentId: id }, select: ORG_SELECT, orderBy: [{ level: "asc" }, { name: "asc" }] });
  const ids = children.map((c) => c.id);
  // Each child's children counted by parent_id's index: Prisma's `_count` of the relation grouped
  // the whole organisation table first (134 ms for a county's page at 20 M members).
  const [grandchildren, counts] = await Promise.all([
    db.organisation.groupBy({ by: ["parentId"], where: { parentId: { in: ids } }, _count: { _all: true } }),
    // The children of a province or a city are cities and counties: rollup nodes, each as large as a county or larger.
    subtreeCounts(ids, isWide(parent.depth)),
  ]);
  const childCounts = new Map(grandchildren.map((g) => [g.parentId, g._count._all]));
  return children.map((c) => ({
    ...toOrg(c),
    childCount: childCounts.get(c.id) ?? 0,
    unionCount: counts.get(c.id)?.unions ?? 0,
    memberCount: counts.get(c.id)?.members ?? 0,
    countsAsOf: counts.asOf,
  }));
}

type SubtreeCounts = Map<number, { unions: number; members: number }> & { asOf: string | null };

/**
 * Grassroots unions and active members below each of the given nodes. `wide`
 * (a province's or a city's page, `isWide`): the dashboard's own figures for
 * today (会员数, 基层工会数), read from its rollup, at most a minute old, and
 * said so by `asOf`: counted live, the province's 首页 took 3.5–4 s and its
 * organisation page 6 s at 20 million members (README, Speed). Otherwise, or
 * while the rollup cannot answer, counted live.
 */
async function subtreeCounts(rootIds: number[], wide: boolean): Promise<SubtreeCounts> {
  const out = Object.assign(new Map<number, { unions: number; members: number }>(), { asOf: null as string | null });
  if (rootIds.length === 0) return out;
  for (const id of rootIds) out.set(id, { unions: 0, members: 0 });
  const rollup = wide ? await todaysCounts(rootIds, ["unions", "members"]) : null;
  if (rollup) {
    for (const id of rootIds) out.set(id, { unions: rollup.get(id, "unions"), members: rollup.get(id, "members") });
    out.asOf = rollup.asOf.toISOString();
    return out;
  }
  // Members from the tallies the writes keep (the member list's own count): a county of 185,650
  // at 20 M in ~50 rows instead of 74–106 ms counting its members (lib/members/tally.ts).
  const [unions, members] = await Promise.all([
    db.$queryRaw<{ root: number; n: bigint }[]>`
      SELECT r.root, count(*) AS n
      FROM organisation o, LATERAL unnest(o.ancestor_ids) AS r(root)
      WHERE o.ancestor_ids && ${rootIds}::int[] AND r.root = ANY(${rootIds}::int[])
        AND o.level IN ('GRASSROOTS', 'VILLAGE') AND o.status = 'ACTIVE'
      GROUP BY r.root`,
    tallyMembers(rootIds, COUNTED_MEMBER_STATUS),
  ]);
  for (const u of unions) out.get(u.root)!.unions = Number(u.n);
  for (const [root, n] of members) out.get(root)!.members = n;
  return out;
}

/**
 * Organisations the actor may switch the portal's scope to: home, the scope,
 * and the children above grassroots level of home and of each organisation
 * between home and the scope. A province's staff see its cities, a city's
 * counties once that city is chosen, and so on down to the towns; the
 * province's pages had carried all of its cities and counties (127 at the
 * benchmark's 20 M), in the HTML and again in React's payload: 9.8 KB.
 */
export async function listScopeOptions(actor: Actor, scope: { id: number; ancestorIds: number[] }): Promise<ScopeOption[]> {
  if (!isStaffLike(actor)) return [];
  // The materialised path holds every ancestor and the organisation itself, the root first.
  const path = scope.ancestorIds.slice(actor.orgDepth);
  // On every page of staff: through pg, without Prisma's query compiler (README, Speed).
  const rows = await sqlRows<{ id: number; name: string; depth: number; parentId: number | null }>(Prisma.sql`
    SELECT id, name, depth, parent_id AS "parentId" FROM organisation
    WHERE ancestor_ids @> ARRAY[${actor.orgId}]::int[]
      AND (id = ANY(${[actor.orgId, scope.id]}::int[]) OR (parent_id = ANY(${path}::int[]) AND level::text IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWN')))
    ORDER BY name, id`);
  return scopeTree(actor.orgId, rows);
}

/**
 * Member-holding unions by name, across the province or under one
 * organisation: the id and the name only, for pickers that reach beyond the
 * caller's scope (a transfer's receiving union, the public 网上入会 page).
 */
export async function searchUnionNames(q: string, withinOrgId?: number): Promise<{ id: number; name: string }[]> {
  const like = `%${escapeLike(q)}%`;
  const within = withinOrgId ? Prisma.sql`AND ancestor_ids @> ARRAY[${withinOrgId}]::int[]` : Prisma.empty;
  return db.$queryRaw<{ id: number; name: string }[]>`
    SELECT id, name FROM organisation
    WHERE level IN ('GRASSROOTS', 'VILLAGE') AND status = 'ACTIVE' AND name LIKE ${like} ${within}
    ORDER BY length(name), name, id LIMIT 20`;
}
