import { createHash } from "node:crypto";
// Set-based inserts: each batch is one INSERT … SELECT FROM unnest(arrays), so
// tens of thousands of rows cost a handful of round trips.
import type { Client } from "pg";

export type Column = {
  name: string;
  /** Element type of the parameter array, e.g. "int", "text", '"Sex"'. */
  type: string;
  values: readonly unknown[];
  /** SQL applied to the unnested value, e.g. (v) => `${v}::int[]`. */
  expr?: (ref: string) => string;
};

export async function bulkInsert(
  client: Client,
  table: string,
  columns: Column[],
  opts: { stamps?: string[]; batchSize?: number } = {},
): Promise<number> {
  const stamps = opts.stamps ?? ["created_at", "updated_at"];
  const batchSize = opts.batchSize ?? 5_000;
  const rows = columns[0].values.length;
  for (const c of columns) {
    if (c.values.length !== rows) throw new Error(`${table}.${c.name}: ${c.values.length} values, expected ${rows}`);
  }
  const names = [...columns.map((c) => `"${c.name}"`), ...stamps.map((s) => `"${s}"`)].join(", ");
  const select = [...columns.map((c, i) => (c.expr ? c.expr(`u.c${i}`) : `u.c${i}`)), ...stamps.map(() => "now()")].join(", ");
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const text = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${aliases})`;
  // One prepared statement per distinct insert (same table, other columns → another name).
  const name = `seed_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    await client.query({ name, text, values: columns.map((c) => c.values.slice(start, end)) });
  }
  return rows;
}
