// The scope predicate of every programme list (trainings, grants, contracts,
// enterprises, hardship files, honours and services, activities). Each record
// carries `scope_ids`, the ids of every organisation whose subtree holds it
// (its organisation's ancestor_ids; an enterprise's area's and union's), kept
// by a trigger (migration record_scope_ids) and GIN-indexed. A subtree is then
// one predicate with one parameter, `scope_ids @> ARRAY[root]`, which the
// planner estimates from the column's element statistics.
//
// Two earlier forms, both measured (README, Speed): Prisma's relation filter
// (`org: { ancestorIds: { has } }`), a semi-join on `organisation` the planner
// could not estimate, scanned the whole table for a county's page; reading the
// subtree's ids first and filtering on `org_id IN ($1 … $n)` planned well but
// cost Prisma ~25 ms a query for a county's ~2,100 ids at 20 million members.

/** The scope of a list's where-clause: the records of `rootId`'s subtree. */
export const inSubtree = (rootId: number) => ({ scopeIds: { has: rootId } });

/**
 * A list adds up its filtered set (count, sums) in the request only up to this
 * many records: a province's 700,000 grants, summed for every page a province
 * administrator turns, cost ~0.4 s of the database alone at 20 million
 * members. Past it the count reads "10,000+" (the member registry's way) and
 * the sums are left out (`totals: null`); the page says so and points to the
 * filters and the dashboard, whose figures are kept incrementally.
 */
export const TOTALS_CAP = 10_000;

/** Spread into a list's count-and-totals aggregate: one row past the cap tells that it was reached. */
export const CAPPED = { take: TOTALS_CAP + 1 } as const;

/** The list's `total` and `totalCapped` from its capped count. */
export function cappedTotal(n: number): { total: number; totalCapped: boolean } {
  return n > TOTALS_CAP ? { total: TOTALS_CAP, totalCapped: true } : { total: n, totalCapped: false };
}
