import "server-only";
import { Prisma, sqlRows } from "../db/client";

// The programme lists' counts and sums per scope, kept by the writes
// (`record_tally`, migration record_tally): one row per table and
// organisation, with its scope_ids, n live records and up to five figures.
// The enterprise register's rows are spread (migration enterprise_tally): an
// enterprise's scope is nearly a pair of its own, so each organisation above
// its enterprises keeps their figures in a row of its own. Statement triggers
// change it in the writing transaction, so a query sees the figures of exactly
// the records it would add up. A county's list read its 7,090 grants to count
// and sum them (9–10 ms of the database at 20 million members, 135–170 ms when
// their pages were not cached); from the tally, 0.4–0.8 ms. Its 25,229
// enterprises were counted to the cap (31 ms); their row is read in 0.3 ms.

type Figure = { sql: string; money?: true };

/** The figure that counts a column's non-null values, as Prisma's `_count: { field: true }`. */
export function notNull(column: string): string {
  return `(${column} IS NOT NULL)::int`;
}

/**
 * What each table's tally holds: whether it counts live records only
 * (`deleted_at IS NULL`), its figures, in the order of s1…s5, and whether its
 * rows are spread over its records' scopes. The migrations give the triggers
 * the same list (`record_tally_source`, compared by
 * tests/integration/programme-records.test.ts).
 */
export const TALLY_SOURCES: Record<string, { live: boolean; figs: Figure[]; spread?: true }> = {
  training_session: {
    live: true,
    figs: [{ sql: "extra_participants" }, { sql: "enrolled_count" }, { sql: "certified_count" }, { sql: "subsidy_count" }, { sql: "subsidy_total", money: true }],
  },
  grant: { live: false, figs: [{ sql: "amount", money: true }] },
  contract: { live: false, figs: [{ sql: "coverage_count" }, { sql: "coverage_workers" }] },
  hardship_file: { live: false, figs: [] },
  honour: { live: true, figs: [{ sql: "award_amount", money: true }] },
  model_worker_service: { live: true, figs: [{ sql: "amount", money: true }] },
  activity_record: { live: true, figs: [{ sql: "participants" }, { sql: "amount_spent", money: true }] },
  enterprise: { live: false, figs: [{ sql: notNull("union_org_id") }, { sql: "worker_count" }], spread: true },
};

/**
 * The count and the asked figures (by their SQL: a column summed, or
 * `notNull(column)` counted) of `table`'s records in the subtree of `root`, or
 * null when the tally does not hold them (a table it does not keep, another
 * liveness, a figure it does not keep): the sum over the rows of the
 * subtree's organisations, or a spread table's root row alone, by its key.
 * Money stays a Decimal, counts are numbers.
 */
export async function readTally(table: string, root: number, live: boolean, figures: string[]): Promise<{ n: number; sum: (figure: string) => unknown } | null> {
  const source = TALLY_SOURCES[table];
  if (!source || source.live !== live || figures.some((fig) => !source.figs.some((f) => f.sql === fig))) return null;
  // Sums come as text (pg's numeric): money becomes a Decimal, counts numbers.
  const [row] = await sqlRows<Record<string, string | null>>(Prisma.sql`
    SELECT ${Prisma.raw(["coalesce(sum(n), 0)::bigint AS n", ...source.figs.map((_, i) => `sum(s${i + 1}) AS s${i + 1}`)].join(", "))}
    FROM record_tally WHERE tbl = ${table} AND ${source.spread ? Prisma.sql`org_id = ${root}` : Prisma.sql`scope_ids @> ARRAY[${root}]::int[]`}`);
  return {
    n: Number(row.n),
    sum: (figure) => {
      const i = source.figs.findIndex((f) => f.sql === figure);
      const v = row[`s${i + 1}`];
      if (v === null || v === undefined) return v;
      return source.figs[i].money ? new Prisma.Decimal(v) : Number(v);
    },
  };
}
