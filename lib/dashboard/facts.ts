// Where the dashboard's numbers come from. Two paths give the same figures:
//  - live: the indicator sources (lib/dashboard/sources.ts) run over the
//    records of one subtree. Used for towns and anything below them, whose
//    subtrees are small, and whenever the rollup cannot answer.
//  - rollup: `dashboard_fact` holds each metric's running total by day for the
//    province, cities, counties and the children of counties, rebuilt from the
//    same sources by `refreshRollup()`. A county or the province is then read
//    with a handful of index probes instead of scanning millions of rows.
// The rollup is rebuilt when it is older than DASHBOARD_REFRESH_SECONDS
// (default 600): in the background, by whichever server process notices first
// (an advisory lock keeps it to one at a time), while readers keep seeing the
// previous rollup. So a county-or-above figure is at most that old plus one
// rebuild; the page shows "数据截至" with the rollup's time.
import "server-only";
import { db, Prisma } from "../db/client";
import { ENTRY_SOURCES, SOURCES, type Scope } from "./sources";
import { shiftYears, yearOf } from "./period";

/** Organisations at this depth or above are rollup nodes (root = depth 0). */
export const ROLLUP_MAX_DEPTH = 3;
const REFRESH_LOCK = 52_110_005;

export const refreshMaxAgeMs = () => Number(process.env.DASHBOARD_REFRESH_SECONDS ?? 600) * 1000;

export type RollupState = { refreshedAt: Date; cutoff: string; durationMs: number; metrics: string[] };

// Read on every request (one primary-key row, in parallel with the page's
// other queries), never memoized per process: with several app processes
// behind a load balancer, each serves a new version as soon as it commits.
// What is read from a version is cached under its time (probeRollup).
export async function getRollupState(): Promise<RollupState | null> {
  const rows = await db.$queryRaw<{ refreshed_at: Date; cutoff: string; duration_ms: number; metrics: string[] | null }[]>`
    SELECT refreshed_at, to_char(cutoff, 'YYYY-MM-DD') AS cutoff, duration_ms, metrics FROM dashboard_refresh WHERE id = 1`;
  const r = rows[0];
  return r ? { refreshedAt: r.refreshed_at, cutoff: r.cutoff, durationMs: r.duration_ms, metrics: r.metrics ?? [] } : null;
}

/**
 * Days up to the cutoff are folded into one opening row, so the rollup
 * answers periods from the start of the year before last (with their
 * same-period comparison one year earlier still exact).
 */
export function rollupCutoff(today: string): string {
  return `${yearOf(today) - 3}-12-31`;
}

let running: Promise<RollupState | null> | null = null;

/**
 * Rebuilds the rollup in one transaction: readers see the old rows until it
 * commits. Returns null when another process holds the refresh lock.
 */
export function refreshRollup(today: string): Promise<RollupState | null> {
  running ??= doRefresh(today).finally(() => {
    running = null;
  });
  return running;
}

async function doRefresh(today: string): Promise<RollupState | null> {
  const started = Date.now();
  const cutoff = rollupCutoff(today);
  const all: Scope = () => "TRUE";
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK}) AS locked`;
      if (!locked) return null;
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
      await tx.$executeRawUnsafe(`DELETE FROM dashboard_fact`);
      await tx.$executeRawUnsafe(`DELETE FROM dashboard_last_entry`);
      // All sources in one statement: several of them may feed the same metric
      // (助企行 visits come from activity records and from assist orders), and a
      // running total must add them all. Pre-aggregate per organisation and
      // day, then add each organisation's figures to its ancestors down to
      // depth 3, then turn the daily sums into running totals.
      const union = SOURCES.map((s) => `(${s.sql(all)})`).join("\nUNION ALL\n");
      await tx.$executeRawUnsafe(
        `INSERT INTO dashboard_fact (node_id, metric, day, cum)
         SELECT node, metric, day, sum(v) OVER (PARTITION BY node, metric ORDER BY day)
         FROM (
           SELECT n.node, g.metric, g.day, sum(g.v) AS v
           FROM (
             SELECT s.metric, s.org_id, greatest(s.day, $1::date) AS day, sum(s.v) AS v
             FROM (${union}) AS s
             GROUP BY 1, 2, 3
           ) AS g
           JOIN organisation o ON o.id = g.org_id
           CROSS JOIN LATERAL unnest(o.ancestor_ids[1:${ROLLUP_MAX_DEPTH + 1}]) AS n(node)
           GROUP BY 1, 2, 3
         ) AS x`,
        cutoff,
      );
      for (const e of ENTRY_SOURCES) {
        await tx.$executeRawUnsafe(
          `INSERT INTO dashboard_last_entry (node_id, source, last_at)
           SELECT n.node, $1, max(g.last_at)
           FROM (SELECT ${e.orgColumn} AS org_id, max(created_at) AS last_at FROM ${e.table} ${e.where ? `WHERE ${e.where}` : ""} GROUP BY 1) AS g
           JOIN organisation o ON o.id = g.org_id
           CROSS JOIN LATERAL unnest(o.ancestor_ids[1:${ROLLUP_MAX_DEPTH + 1}]) AS n(node)
           GROUP BY n.node`,
          e.key,
        );
      }
      const [{ metrics }] = await tx.$queryRaw<{ metrics: string[] | null }[]>`SELECT array_agg(DISTINCT metric ORDER BY metric) AS metrics FROM dashboard_fact`;
      const durationMs = Date.now() - started;
      await tx.$executeRaw`
        INSERT INTO dashboard_refresh (id, refreshed_at, cutoff, duration_ms, metrics)
        VALUES (1, ${new Date(started)}, ${cutoff}::date, ${durationMs}, ${metrics ?? []}::text[])
        ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, cutoff = EXCLUDED.cutoff,
          duration_ms = EXCLUDED.duration_ms, metrics = EXCLUDED.metrics`;
      return { refreshedAt: new Date(started), cutoff, durationMs, metrics: metrics ?? [] };
    },
    { timeout: 15 * 60_000, maxWait: 10_000 },
  );
}

let timer: NodeJS.Timeout | null = null;

/**
 * Starts a background rebuild when the rollup is missing or older than its
 * maximum age, and keeps checking once a minute while the process lives.
 */
export function keepRollupFresh(state: RollupState | null, today: string) {
  const stale = !state || Date.now() - state.refreshedAt.getTime() > refreshMaxAgeMs();
  if (stale && !running && refreshMaxAgeMs() > 0) {
    refreshRollup(today).catch((e) => console.error("[dashboard] rollup refresh failed:", e instanceof Error ? e.message : e));
  }
  if (!timer && refreshMaxAgeMs() > 0) {
    timer = setInterval(() => {
      getRollupState()
        .then((s) => keepRollupFresh(s, new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)))
        .catch(() => undefined);
    }, 60_000);
    timer.unref();
  }
}

// ---------------------------------------------------------------------------

/** numeric → integer cents: sums and differences of money then stay exact in JavaScript. */
const toCents = (d: Prisma.Decimal | string | number) => Number(new Prisma.Decimal(String(d)).mul(100).toFixed(0));

/** (node, metric, dateKey) → running total (in cents) up to and including that date. */
export class Figures {
  private readonly map = new Map<string, number>();
  set(node: number, metric: string, key: string, value: number) {
    this.map.set(`${node}|${metric}|${key}`, value);
  }
  add(node: number, metric: string, key: string, value: number) {
    const k = `${node}|${metric}|${key}`;
    this.map.set(k, (this.map.get(k) ?? 0) + value);
  }
  cum(node: number, metric: string, key: string): number {
    return this.map.get(`${node}|${metric}|${key}`) ?? 0;
  }
  /** Metrics present for a node whose name starts with the prefix (for breakdowns by code). */
  metricsWithPrefix(node: number, prefix: string): string[] {
    const out = new Set<string>();
    const head = `${node}|${prefix}`;
    for (const k of this.map.keys()) if (k.startsWith(head)) out.add(k.split("|")[1]);
    return [...out];
  }
}

export type Probe = { nodes: number[]; metrics: string[]; dates: Record<string, string> };

/**
 * Reads running totals from the rollup: one index probe per (node, metric,
 * date), returned as one row per (node, metric) with the values in cents, so
 * the client handles a few hundred small rows rather than thousands.
 *
 * A rollup version never changes once written, so what was read from it is
 * kept per process (keyed by the version's time and the probes, at most
 * CACHE_SIZE entries): repeated views of the same dashboard cost no probes.
 */
export async function probeRollup(probes: Probe[], version?: Date): Promise<Figures> {
  const key = version ? `${version.getTime()}|${JSON.stringify(probes)}` : null;
  const hit = key ? cache.get(key) : undefined;
  if (hit) {
    cache.delete(key!);
    cache.set(key!, hit);
    return hit;
  }
  const figures = new Figures();
  const nodes: number[] = [];
  const metrics: string[] = [];
  const group: number[] = [];
  const dateLists: string[][] = [];
  const keyLists: string[][] = [];
  probes.forEach((p, gi) => {
    dateLists.push(Object.values(p.dates));
    keyLists.push(Object.keys(p.dates));
    for (const n of p.nodes) for (const m of p.metrics) {
      nodes.push(n);
      metrics.push(m);
      group.push(gi + 1);
    }
  });
  if (nodes.length === 0) return figures;
  // Each probe group has its own dates: pass them as one text array per group.
  const dates = dateLists.map((d) => d.join(","));
  const rows = await db.$queryRaw<{ node: number; metric: string; g: number; cents: string }[]>`
    SELECT p.node, p.metric, p.g,
      array_to_string(ARRAY(
        SELECT coalesce((SELECT (f.cum * 100)::bigint FROM dashboard_fact f
          WHERE f.node_id = p.node AND f.metric = p.metric AND f.day <= d.day
          ORDER BY f.day DESC LIMIT 1), 0)
        FROM unnest(string_to_array((${dates}::text[])[p.g], ',')::date[]) WITH ORDINALITY AS d(day, i)
        ORDER BY d.i
      ), ',') AS cents
    FROM unnest(${nodes}::int[], ${metrics}::text[], ${group}::int[]) AS p(node, metric, g)`;
  for (const r of rows) {
    const ks = keyLists[r.g - 1];
    const vs = r.cents.split(",");
    for (let i = 0; i < ks.length; i++) if (vs[i] !== "0") figures.set(r.node, r.metric, ks[i], Number(vs[i]));
  }
  if (key) {
    cache.set(key, figures);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return figures;
}

const CACHE_SIZE = Number(process.env.DASHBOARD_CACHE_SIZE ?? 300);
const cache = new Map<string, Figures>();

/**
 * Computes running totals straight from the records of one subtree, per child
 * of the root (records of the root itself count under the root's id), and
 * the root's own totals as the sum of all of them.
 */
export async function computeLive(root: { id: number; depth: number }, dates: Record<string, string>): Promise<Figures> {
  const scope: Scope = (col) => `${col} IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int])`;
  const union = SOURCES.map((s) => `(${s.sql(scope)})`).join("\nUNION ALL\n");
  // Each fact counts towards every probe date on or after its day: it is put
  // in the bucket of the first such date, and the buckets are summed up in
  // date order, which keeps the work linear in the number of facts.
  const sorted = [...new Set(Object.values(dates))].sort();
  const rows = await db.$queryRawUnsafe<{ node: number; metric: string; bucket: number; v: Prisma.Decimal }[]>(
    `WITH facts AS (${union})
     SELECT coalesce(o.ancestor_ids[$2::int], $1::int) AS node, f.metric, width_bucket(f.day - 1, $3::date[]) AS bucket, sum(f.v) AS v
     FROM facts f JOIN organisation o ON o.id = f.org_id
     WHERE f.day <= $4::date
     GROUP BY 1, 2, 3`,
    root.id,
    root.depth + 2,
    sorted,
    sorted[sorted.length - 1],
  );
  // bucket b = how many probe dates lie before the fact's day.
  const perNode = new Map<string, number[]>();
  for (const r of rows) {
    const key = `${r.node}|${r.metric}`;
    if (!perNode.has(key)) perNode.set(key, new Array(sorted.length).fill(0));
    perNode.get(key)![r.bucket] += toCents(r.v);
  }
  const figures = new Figures();
  const indexOf = new Map(sorted.map((d, i) => [d, i]));
  for (const [key, buckets] of perNode) {
    const [nodeText, metric] = key.split("|");
    const node = Number(nodeText);
    const cum: number[] = [];
    buckets.reduce((acc, v, i) => (cum[i] = acc + v), 0);
    for (const [k, d] of Object.entries(dates)) {
      const v = cum[indexOf.get(d)!];
      figures.add(node, metric, k, v);
      if (node !== root.id) figures.add(root.id, metric, k, v);
    }
  }
  return figures;
}

export type LastEntries = Map<number, Map<string, Date>>;

export async function lastEntriesFromRollup(nodes: number[], version?: Date): Promise<LastEntries> {
  const key = version ? `entries|${version.getTime()}|${nodes.join(",")}` : null;
  const hit = key ? entryCache.get(key) : undefined;
  if (hit) return hit;
  const rows = await db.$queryRaw<{ node_id: number; source: string; last_at: Date }[]>`
    SELECT node_id, source, last_at FROM dashboard_last_entry WHERE node_id = ANY(${nodes}::int[])`;
  const out = groupEntries(rows.map((r) => ({ node: r.node_id, source: r.source, at: r.last_at })));
  if (key) {
    entryCache.set(key, out);
    if (entryCache.size > CACHE_SIZE) entryCache.delete(entryCache.keys().next().value!);
  }
  return out;
}
const entryCache = new Map<string, LastEntries>();

/** Per child of the root: the newest created_at of each programme table within its subtree. */
export async function lastEntriesLive(root: { id: number; depth: number }): Promise<LastEntries> {
  const parts = ENTRY_SOURCES.map(
    (e) => `SELECT '${e.key}' AS source, coalesce(o.ancestor_ids[$2::int], $1::int) AS node, max(t.created_at) AS at
      FROM ${e.table} t JOIN organisation o ON o.id = t.${e.orgColumn}
      WHERE o.ancestor_ids @> ARRAY[$1::int] ${e.where ? `AND t.${e.where}` : ""}
      GROUP BY 2`,
  );
  const rows = await db.$queryRawUnsafe<{ node: number; source: string; at: Date }[]>(parts.join("\nUNION ALL\n"), root.id, root.depth + 2);
  const out = groupEntries(rows);
  // The root's own newest entries: the newest over all its children and itself.
  const rootMap = new Map<string, Date>();
  for (const m of out.values()) for (const [s, at] of m) if (!rootMap.has(s) || rootMap.get(s)! < at) rootMap.set(s, at);
  out.set(root.id, rootMap);
  return out;
}

function groupEntries(rows: { node: number; source: string; at: Date }[]): LastEntries {
  const out: LastEntries = new Map();
  for (const r of rows) {
    if (!out.has(r.node)) out.set(r.node, new Map());
    out.get(r.node)!.set(r.source, r.at);
  }
  return out;
}

/** Whether the rollup can answer for these dates (all after its cutoff). */
export function rollupCovers(state: RollupState | null, dates: string[]): boolean {
  return !!state && dates.every((d) => d >= state.cutoff);
}

export { shiftYears };
