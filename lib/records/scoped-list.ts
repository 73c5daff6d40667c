import "server-only";
import { db, Prisma, sqlRows } from "../db/client";
import { notNull, readTally } from "./tally";

// The scope predicate of every programme list (trainings, grants, contracts,
// enterprises, hardship files, honours and services, activities, competitions,
// studios, 助企行 orders, rights cases), and of staff's scope over those records
// everywhere else (a record's page, the assistance queue, the contracts'
// reminders, the desk on 首页). Each record carries `scope_ids`, the ids of
// every organisation whose subtree holds it (its organisation's ancestor_ids; an
// enterprise's area's and union's; a rights case's receiving and handling
// union's), kept by a trigger (migrations record_scope_ids,
// competition_scope_ids, case_order_studio_scope_ids) and GIN-indexed. A subtree is then
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

/** A list's table and the columns of its totals, by the Prisma field each stands for. */
export type TotalsColumns = {
  table: "training_session" | "grant" | "contract" | "enterprise" | "hardship_file" | "honour" | "model_worker_service" | "activity_record";
  /** Fields counted where not null, as Prisma's `_count: { field: true }`. */
  count?: Record<string, string>;
  /** Fields summed, as Prisma's `_sum`. */
  sum?: Record<string, string>;
};

type Aggregate = { _count: { _all: number } };

/**
 * A list's count and sums, in the shape of Prisma's aggregate; the caller caps
 * them (`cappedTotal`).
 *
 * Where the list is filtered on nothing but a scope below the top (the list
 * as first opened, what every county's staff see first), they are the tally's
 * (`readTally`, lib/records/tally.ts): one row per organisation with records,
 * kept by the writes. Before, the list counted and summed up to 10,001 of its
 * records on every request (a county's 7,090 grants at 20 million members:
 * 9–10 ms of the database warm, 135–170 ms cold; 0.4–0.8 ms from the tally;
 * its 25,229 enterprises 31 ms). Otherwise the filters narrow the set, and
 * Prisma's capped aggregate (`prisma`) runs as written.
 * Both give the same figures (tests/integration/programme-records.test.ts).
 */
export async function cappedAggregate<A extends Aggregate>(where: object, columns: TotalsColumns, prisma: () => Promise<A>): Promise<A> {
  const bare = await subtreeBelowTop(where);
  if (!bare) return prisma();
  const { table, count = {}, sum = {} } = columns;
  const counted = Object.entries(count).map(([field, col]) => [field, notNull(col)]);
  const tally = await readTally(table, bare.root, bare.live, [...counted.map(([, fig]) => fig), ...Object.values(sum)]);
  if (!tally) return prisma();
  return {
    _count: { _all: tally.n, ...Object.fromEntries(counted.map(([field, fig]) => [field, tally.sum(fig) ?? 0])) },
    _sum: Object.fromEntries(Object.entries(sum).map(([f, col]) => [f, tally.sum(col)])),
  } as unknown as A;
}

let tops: { ids: Set<number>; at: number } | null = null;

/**
 * The organisations at the top of the tree (the province). Their scope is the
 * whole table, where Prisma's capped aggregate is the better plan: the primary
 * key's first 10,001 rows are the same on every request, and stay cached (a
 * province's grants, 11 ms at 20 M), while the tally would add up a row for
 * every organisation of the province with records, and the list is capped anyway.
 * Kept a minute per process: a stale set would only choose the slower plan.
 */
async function topLevel(): Promise<Set<number>> {
  if (tops && Date.now() - tops.at < 60_000) return tops.ids;
  const rows = await db.organisation.findMany({ where: { parentId: null }, select: { id: true } });
  tops = { ids: new Set(rows.map((r) => r.id)), at: Date.now() };
  return tops.ids;
}

/**
 * Whether a list's scope is the whole province, the one scope whose records
 * pass the cap: a list whose totals cost more than its count (the rights
 * cases') asks for them with the count below it, and only after it here.
 */
export async function isTopLevel(root: number): Promise<boolean> {
  return (await topLevel()).has(root);
}

/**
 * bareScope's answer when its subtree is below the top: where a list's figures
 * are read for the subtree directly (the tally, or one statement of the list's
 * own) rather than through Prisma's aggregates over its where-clause.
 */
export async function subtreeBelowTop(where: object): Promise<{ root: number; live: boolean } | null> {
  const bare = bareScope(where);
  return bare && !(await isTopLevel(bare.root)) ? bare : null;
}

/**
 * The root when `where` says no more than `inSubtree(root)`, perhaps with
 * `deletedAt: null` (`live`), however our where-builders nest it in `AND`s
 * with empty filters; null for anything else.
 */
export function bareScope(where: object): { root: number; live: boolean } | null {
  let root: number | null = null;
  let live = false;
  const walk = (w: object): boolean =>
    Object.entries(w).every(([key, v]) => {
      if (key === "AND") return (Array.isArray(v) ? v : [v]).every((x) => typeof x === "object" && x !== null && walk(x));
      if (key === "deletedAt" && v === null) {
        live = true;
        return true;
      }
      if (key === "scopeIds" && root === null && isHas(v)) {
        root = v.has;
        return true;
      }
      return false;
    });
  return walk(where) && root !== null ? { root, live } : null;
}

const isHas = (v: unknown): v is { has: number } =>
  typeof v === "object" && v !== null && Object.keys(v).length === 1 && Number.isInteger((v as { has?: unknown }).has);

/**
 * A list's Prisma order (`[{ startsOn: "desc" }, { id: "asc" }]`, or
 * `{ benefit: { sort: "desc", nulls: "last" } }`) as SQL, by the column each field stands for.
 */
function orderBySql(order: readonly object[], columns: Record<string, string>): Prisma.Sql {
  return Prisma.raw(
    order
      .flatMap((o) => Object.entries(o))
      .map(([field, how]) => {
        const column = columns[field];
        const { sort, nulls } = typeof how === "string" ? { sort: how, nulls: undefined } : (how as { sort?: unknown; nulls?: unknown });
        // Constants of the list's own, never input: a field or a direction it cannot say is a bug.
        if (!column || (sort !== "asc" && sort !== "desc") || (nulls !== undefined && nulls !== "first" && nulls !== "last")) {
          throw new Error(`cannot order by ${field} ${JSON.stringify(how)}`);
        }
        return `${column} ${sort === "desc" ? "DESC" : "ASC"}${nulls ? ` NULLS ${nulls === "first" ? "FIRST" : "LAST"}` : ""}`;
      })
      .join(", "),
  );
}

/**
 * A programme list's page as it opens (its where-clause says no more than the
 * scope: `bareScope`), read through pg: Prisma compiles its `findMany` on every
 * call, and that was the largest part of a county's /trainings page after
 * Next's own (2.5–3.3 ms a call in a loop for the page with its organisation's
 * name, against 1.3 through pg; README "Speed"). The page's ids are found
 * first, by themselves: walking the index of the list's order, which holds
 * scope_ids (migration list_walk_scope), reads no table row for the some 1,400
 * entries a county's page passes at 20 million members (0.4 ms, against 2.8–3.4
 * reading the scope from each row); then only the page's rows are read and
 * joined. `table` is the list's table, named `t` in `join` (its organisation
 * as `o`), `select` and `order`; `select` gives the columns in the shape the
 * list's mapper takes (cast dates to text, enums to text). Join only the
 * tables every row has, and read what may be absent as scalar subqueries in
 * `select`: the planner orders joined tables on every call, seven of them in
 * 2.5 ms (the 助企行 orders' page at 20 M), the same page with subqueries 0.6.
 * When the where-clause filters on more, the list's own Prisma reading
 * (`otherwise`) gives the page. tests/integration/programme-records.test.ts
 * checks both give the same page.
 */
export async function pageAsOpened<O, R>(
  where: object,
  q: {
    table: TotalsColumns["table"] | "assist_order" | "rights_case";
    join: Prisma.Sql;
    select: Prisma.Sql;
    /** The list's Prisma order, and the column each of its fields stands for (orderBySql). */
    order: readonly object[];
    columns: Record<string, string>;
    skip: number;
    take: number;
  },
  /** A row read through pg, as the list's Prisma reading would give it. */
  opened: (row: O) => R,
  /** The list's Prisma reading, for a where-clause that filters on more than the scope. */
  otherwise: () => Promise<R[]>,
): Promise<R[]> {
  const bare = bareScope(where);
  if (!bare) return otherwise();
  const table = Prisma.raw(`"${q.table}"`); // quoted: "grant" is a keyword
  const order = orderBySql(q.order, q.columns);
  const rows = await sqlRows<O>(Prisma.sql`SELECT ${q.select}
    FROM (SELECT t.id FROM ${table} t
           WHERE t.scope_ids @> ARRAY[${bare.root}]::int[] ${bare.live ? Prisma.sql`AND t.deleted_at IS NULL` : Prisma.empty}
           ORDER BY ${order} LIMIT ${q.take} OFFSET ${q.skip}) page
    JOIN (${table} t ${q.join}) ON t.id = page.id
    ORDER BY ${order}`);
  return rows.map(opened);
}
