import "server-only";
// The scope predicate of every programme list (trainings, grants, contracts,
// enterprises, hardship files, honours, activities), written for the indexes
// the way lib/members/list.ts is. Prisma's relation filter
// (`org: { ancestorIds: { has } }`) becomes a semi-join on `organisation` that
// the planner cannot estimate: at province scale it chose a full scan of the
// records for a county's page. Here the subtree's organisation ids are read
// first (one GIN lookup on `ancestor_ids`: ~300 ids for a county, ~3,000 for a
// city) and the list filters on `org_id IN (…)`, which the `(org_id, …)`
// indexes of each table answer with exact row estimates. The subtree of the
// province's only root is every organisation: there the predicate is left out,
// so a province-wide page walks the sort column's index. README, Speed.
import { db, type Prisma } from "../db/client";
import { subtreeWhere } from "../orgs/queries";

/**
 * The ids of `rootId`'s subtree, or null when that subtree is every
 * organisation (the only root), so no scope predicate is needed at all.
 */
export async function subtreeOrgIds(rootId: number): Promise<number[] | null> {
  const [row] = await db.$queryRaw<{ everything: boolean; ids: number[] | null }[]>`
    SELECT o.parent_id IS NULL AND (SELECT count(*) FROM organisation WHERE parent_id IS NULL) = 1 AS everything,
           (SELECT array_agg(s.id) FROM organisation s WHERE s.ancestor_ids @> ARRAY[o.id]::int[]) AS ids
    FROM organisation o WHERE o.id = ${rootId}`;
  if (!row) return [];
  return row.everything ? null : (row.ids ?? []);
}

/**
 * Prisma writes `IN ($1, $2, …)`, and a statement binds at most 32,767
 * parameters. A subtree larger than this (a city of a province with ten times
 * today's 29,400 organisations) holds a large share of every table, where the
 * relation filter's semi-join plans well: it is filtered through the relation.
 */
const MAX_IDS = 10_000;

/** A record's organisation column and the relation behind it, e.g. ["orgId", "org"]. */
type Link<F extends string, R extends string> = readonly [field: F, relation: R];
type SubtreeWhere<F extends string, R extends string> = Partial<Record<F, { in: number[] }> & Record<R, Prisma.OrganisationWhereInput>>;

/**
 * The scope of a list's where-clause: `{ orgId: { in: subtree } }`, `{}` for
 * the only root. With several links (an enterprise belongs through its area or
 * its union) a record matches through any of them.
 */
export async function inSubtree<F extends string, R extends string>(rootId: number, ...links: [Link<F, R>, ...Link<F, R>[]]): Promise<SubtreeWhere<F, R> | { OR: SubtreeWhere<F, R>[] }> {
  const ids = await subtreeOrgIds(rootId);
  if (ids === null) return {};
  const one = ([field, relation]: Link<F, R>) => (ids.length > MAX_IDS ? { [relation]: subtreeWhere(rootId) } : { [field]: { in: ids } }) as SubtreeWhere<F, R>;
  return links.length === 1 ? one(links[0]) : { OR: links.map(one) };
}
