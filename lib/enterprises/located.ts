import "server-only";
import { preparedRows, Prisma } from "../db/client";

// "The enterprises located in a subtree", as 建会率 (./stats.ts,
// `locatedFigures`) and the collective contracts' coverage
// (lib/contracts/coverage.ts, `enterprisesLocatedIn`) count them: by where the
// enterprise is (its area), whatever union it has, grouped by the child area
// each lies under. An area is a town or a village (`requireArea` in
// ./mutations.ts), never a union, which `locatedFigures` relies on.

type Root = { id: number; depth: number };

/**
 * `FROM … WHERE …` of the subtree's enterprises, as `e`, with their area `a`
 * and `child`, the root's child area they lie under (ancestor_ids is
 * root-first and 1-based in SQL, so the root sits at depth + 1 and its child
 * at depth + 2; null for an enterprise located at the root itself). The second
 * condition says nothing new (an enterprise located in the subtree has the
 * root among its scope_ids), but only it is indexed on the enterprise: without
 * it a county's page joined every enterprise of the province, 0.42 s at 20
 * million members against 37 ms with it.
 */
export function enterprisesLocatedIn(root: Root, columns: Prisma.Sql) {
  return Prisma.sql`SELECT a.ancestor_ids[${root.depth + 2}::int] AS child, ${columns}
    FROM enterprise e JOIN organisation a ON a.id = e.area_org_id
    WHERE a.ancestor_ids @> ARRAY[${root.id}::int] AND e.scope_ids @> ARRAY[${root.id}::int]`;
}

/**
 * 建会率's figures per child area (`child` as above; the root's own row only
 * when enterprises are located there): the located enterprises, their workers,
 * the unionised and their workers, added up from the tally the register's
 * writes keep per area (`enterprise_area_tally`, migration
 * enterprise_area_tally). A county of 20 million members adds up its 91 areas'
 * rows instead of the 14,000 area-index entries of its enterprises (4.5 ms of
 * the database on every /enterprises page). The coverage keeps
 * `enterprisesLocatedIn`, whose estimate (15,000 rows for that county) lets
 * the planner join the contracts in force by hash: 1.3 s, against 2.3 s.
 * tests/integration/programme-records.test.ts checks the tally against the register.
 */
export function locatedFigures(root: Root) {
  return Prisma.sql`SELECT a.ancestor_ids[${root.depth + 2}::int] AS child,
      sum(t.n)::bigint AS n, sum(t.workers)::bigint AS w, sum(t.unionised)::bigint AS u, sum(t.unionised_workers)::bigint AS uw
    FROM organisation a JOIN enterprise_area_tally t ON t.area_org_id = a.id
    WHERE a.ancestor_ids @> ARRAY[${root.id}::int] AND a.level <> 'GRASSROOTS'
    GROUP BY 1 HAVING sum(t.n) > 0`;
}

/** The root's child areas, the rows of a by-area table (an enterprise's area is never a union). */
export function childAreas(rootId: number) {
  // Through pg: on every /enterprises and /contracts page, where Prisma's query compiler cost more than the query.
  return preparedRows<{ id: number; name: string }>(
    "child_areas",
    `SELECT id, name FROM organisation WHERE parent_id = $1 AND level IN ('CITY', 'COUNTY', 'TOWN', 'VILLAGE') ORDER BY id`,
    [rootId],
  );
}
