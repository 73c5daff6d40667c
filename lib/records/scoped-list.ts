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
import { db } from "../db/client";

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

type InIds = { in: number[] };

/**
 * `{ [field]: { in: subtree } }` for a list's where-clause — `{}` for the only
 * root. With several fields (an enterprise belongs through its area or its
 * union) a record matches through any of them.
 */
export async function inSubtree<K extends string>(rootId: number, ...fields: [K, ...K[]]): Promise<Partial<Record<K, InIds>> | { OR: Partial<Record<K, InIds>>[] }> {
  const ids = await subtreeOrgIds(rootId);
  if (ids === null) return {};
  const [first, ...rest] = fields;
  if (rest.length === 0) return { [first]: { in: ids } } as Partial<Record<K, InIds>>;
  return { OR: fields.map((f) => ({ [f]: { in: ids } }) as Partial<Record<K, InIds>>) };
}
