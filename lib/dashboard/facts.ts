// Where the dashboard's numbers come from. Two paths give the same figures:
//  - live: the indicator sources (lib/dashboard/sources.ts) run over the
//    records of one subtree. Used for towns and anything below them, whose
//    subtrees are small, and whenever the rollup cannot answer.
//  - rollup: each metric's running total by day for the province, cities,
//    counties and the children of counties, kept in monthly blocks — a
//    `dashboard_fact` row holds the total since the first of its month, a
//    `dashboard_month` row the total up to the end of a month (`cumAt` adds
//    the two). A county or the province is then read with a handful of index
//    probes instead of scanning millions of rows, and a write dated in the past
//    rewrites the rest of its month and the months after it, not every later
//    day.
//
// The rollup is kept up to date incrementally, so its cost follows the writes,
// not the province's size: a trigger on every table a source reads records, in
// the writer's transaction, which organisation a write touched
// (`dashboard_mark`, migration dashboard_incremental). The refresher
// (`foldMarks`) claims a batch of marks, recomputes the touched sources for
// just those organisations, takes the difference with what the rollup was
// built from (`dashboard_org_fact`, each source's daily facts per
// organisation) and adds it to the running totals of the organisation's
// rollup nodes — one small transaction per batch, under a PostgreSQL advisory
// lock so one process folds at a time. Each server process runs it every
// DASHBOARD_REFRESH_SECONDS (default 10); `dashboard_refresh.fresh_at` is the
// time before which every committed write is folded in, shown as 数据截至.
// The full rebuild (`rebuildRollup`) stays as the administrator's repair
// and runs by itself when the rollup is missing, when an organisation moved
// to another parent, or when the cutoff moves on (once a year).
import "server-only";
import { db, Prisma, type Db, type Tx } from "../db/client";
import { ENTRY_SOURCES, SOURCES, type Scope, type Source } from "./sources";
import { shiftYears, yearOf } from "./period";
import { todayCST } from "../dates";
import { cumAt, monthOf } from "./cum";

/** Organisations at this depth or above are rollup nodes (root = depth 0). */
export const ROLLUP_MAX_DEPTH = 3;
/** SQL joining rows by their organisation column to each of its rollup nodes, as `n.node`. */
const toNodes = (orgColumn: string) =>
  `JOIN organisation o ON o.id = ${orgColumn} CROSS JOIN LATERAL unnest(o.ancestor_ids[1:${ROLLUP_MAX_DEPTH + 1}]) AS n(node)`;
/** The advisory lock one refresher or rebuild holds at a time, across all app processes. */
export const REFRESH_LOCK = 52_110_005;
/** Marks claimed per refresher transaction: keeps each transaction short. */
const BATCH = Number(process.env.DASHBOARD_REFRESH_BATCH ?? 2000);

/** How often each server process folds the marks in; 0 turns the background refresher off. */
export const refreshIntervalMs = () => Number(process.env.DASHBOARD_REFRESH_SECONDS ?? 10) * 1000;

export type RollupState = {
  /** When a figure last changed; `version` counts the changes (caches are keyed by it). */
  refreshedAt: Date;
  version: string;
  /** 数据截至: every write committed before this time is in the figures. */
  freshAt: Date;
  cutoff: string;
  durationMs: number;
  metrics: string[];
};

// Read on every request (one primary-key row, in parallel with the page's
// other queries), never memoized per process: with several app processes
// behind a load balancer, each serves a new version as soon as it commits.
// What is read from a version is cached under its number (probeRollup).
// `from`: the primary or a replica (lib/db/replica.ts) — the same server as the probes.
export async function getRollupState(from: Db = db): Promise<RollupState | null> {
  const rows = await from.$queryRaw<{ refreshed_at: Date; fresh_at: Date | null; version: bigint; cutoff: string; duration_ms: number; metrics: string[] | null }[]>`
    SELECT refreshed_at, fresh_at, version, to_char(cutoff, 'YYYY-MM-DD') AS cutoff, duration_ms, metrics FROM dashboard_refresh WHERE id = 1`;
  const r = rows[0];
  return r
    ? { refreshedAt: r.refreshed_at, freshAt: r.fresh_at ?? r.refreshed_at, version: String(r.version), cutoff: r.cutoff, durationMs: r.duration_ms, metrics: r.metrics ?? [] }
    : null;
}

/**
 * Days up to the cutoff are folded into one opening row, so the rollup
 * answers periods from the start of the year before last (with their
 * same-period comparison one year earlier still exact).
 */
export function rollupCutoff(today: string): string {
  return `${yearOf(today) - 3}-12-31`;
}

/** The tables a source's SQL reads, and those it names as marking it: a write to any of them may change its facts. */
export function tablesRead(source: Source): string[] {
  const read = [...source.sql(() => "TRUE").matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_]+)"?/gi)].map((m) => m[1]);
  return [...new Set([...read, ...(source.markedBy ?? [])])];
}

let running: Promise<RollupState | null> | null = null;

/**
 * The administrator's repair: rebuilds the rollup as a whole in one
 * transaction (readers see the old rows until it commits). Returns null when
 * another process holds the refresh lock.
 */
export function refreshRollup(today: string, opts: { timeoutMs?: number } = {}): Promise<RollupState | null> {
  const mine = (running ??= rebuildRollup(today, opts.timeoutMs ?? 15 * 60_000).finally(() => {
    if (running === mine) running = null;
  }));
  return mine;
}

/** `timeoutMs`: the transaction's limit; the CLI (scripts/rebuild-rollup.ts) allows hours at 20 M members. */
async function rebuildRollup(today: string, timeoutMs: number): Promise<RollupState | null> {
  const cutoff = rollupCutoff(today);
  const all: Scope = () => "TRUE";
  return db.$transaction(
    async (tx) => {
      if (!(await tryLock(tx, REBUILD_LOCK_WAIT_MS))) return null;
      // From the lock on: a rebuild that waited for another one reads (and is dated) after it,
      // by the database's clock, as the refresher's fresh_at is (never the app server's).
      const started = Date.now();
      const [{ at }] = await tx.$queryRaw<{ at: Date }[]>`SELECT statement_timestamp() AS at`;
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
      // A province's rebuild runs for minutes at 20 M members: not a request's statement.
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 0`);
      // Marks committed from here on stay for the refresher; recomputing what
      // this rebuild already saw is harmless (a recomputation, not an increment).
      await tx.$executeRawUnsafe(`DELETE FROM dashboard_mark`);
      await tx.$executeRawUnsafe(`DELETE FROM dashboard_org_fact`);
      await tx.$executeRawUnsafe(`DELETE FROM dashboard_org_last`);
      await tx.$executeRawUnsafe(`DELETE FROM dashboard_fact`);
      await tx.$executeRawUnsafe(`DELETE FROM dashboard_month`);
      await tx.$executeRawUnsafe(`DELETE FROM dashboard_last_entry`);
      const union = SOURCES.map((s) => `(SELECT '${s.key}' AS source, x.* FROM (${s.sql(all)}) AS x)`).join("\nUNION ALL\n");
      await tx.$executeRawUnsafe(
        `INSERT INTO dashboard_org_fact (source, org_id, metric, day, v)
         SELECT s.source, s.org_id, s.metric, greatest(s.day, $1::date), sum(s.v)
         FROM (${union}) AS s
         GROUP BY 1, 2, 3, 4 HAVING sum(s.v) <> 0`,
        cutoff,
      );
      // Several sources may feed one metric (助企行 visits come from activity
      // records and from assist orders): the running total adds them all.
      await tx.$executeRawUnsafe(
        `CREATE TEMP TABLE rebuild_node_day ON COMMIT DROP AS
         SELECT n.node, f.metric, f.day, ${monthOf("f.day")} AS month, sum(f.v) AS v
         FROM dashboard_org_fact f ${toNodes("f.org_id")}
         GROUP BY 1, 2, 3`,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO dashboard_fact (node_id, metric, day, cum)
         SELECT node, metric, day, sum(v) OVER (PARTITION BY node, metric, month ORDER BY day) FROM rebuild_node_day`,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO dashboard_month (node_id, metric, month, cum)
         SELECT node, metric, month, sum(sum(v)) OVER (PARTITION BY node, metric ORDER BY month) FROM rebuild_node_day GROUP BY 1, 2, 3`,
      );
      for (const e of ENTRY_SOURCES) {
        await tx.$executeRawUnsafe(
          `INSERT INTO dashboard_org_last (source, org_id, last_at)
           SELECT $1::text, ${e.orgColumn}, max(created_at) FROM ${e.table} ${e.where ? `WHERE ${e.where}` : ""} GROUP BY 2`,
          e.key,
        );
      }
      await tx.$executeRawUnsafe(
        `INSERT INTO dashboard_last_entry (node_id, source, last_at)
         SELECT n.node, l.source, max(l.last_at)
         FROM dashboard_org_last l ${toNodes("l.org_id")}
         GROUP BY 1, 2`,
      );
      const [{ metrics }] = await tx.$queryRaw<{ metrics: string[] | null }[]>`SELECT array_agg(DISTINCT metric ORDER BY metric) AS metrics FROM dashboard_fact`;
      const durationMs = Date.now() - started;
      const [row] = await tx.$queryRaw<{ version: bigint }[]>`
        INSERT INTO dashboard_refresh (id, refreshed_at, fresh_at, version, cutoff, duration_ms, metrics)
        VALUES (1, ${at}, ${at}, 1, ${cutoff}::date, ${durationMs}, ${metrics ?? []}::text[])
        ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, fresh_at = EXCLUDED.fresh_at, version = dashboard_refresh.version + 1,
          cutoff = EXCLUDED.cutoff, duration_ms = EXCLUDED.duration_ms, metrics = EXCLUDED.metrics
        RETURNING version`;
      return { refreshedAt: at, freshAt: at, version: String(row.version), cutoff, durationMs, metrics: metrics ?? [] };
    },
    { timeout: timeoutMs, maxWait: 10_000 },
  );
}

/** A rebuild waits this long for a refresher's batch (well under a second) to finish; then it answers "busy". */
const REBUILD_LOCK_WAIT_MS = 10_000;

async function tryLock(tx: Tx, waitMs = 0): Promise<boolean> {
  for (const until = Date.now() + waitMs; ; ) {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK}) AS locked`;
    if (locked || Date.now() >= until) return locked;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export type FoldResult = { marks: number; orgs: number; changedRows: number; ms: number; rebuilt: boolean };

/**
 * Folds every pending mark into the rollup, batch by batch, each in its own
 * transaction. Returns null when another process holds the refresh lock.
 * Afterwards `fresh_at` is the time the last batch claimed its marks: every
 * write committed before then has been folded in.
 */
export async function foldMarks(today = todayCST()): Promise<FoldResult | null> {
  const started = Date.now();
  const state = await getRollupState();
  if (!state || (await needsRebuild(state, today))) {
    const rebuilt = await refreshRollup(today);
    return rebuilt && { marks: 0, orgs: 0, changedRows: 0, ms: Date.now() - started, rebuilt: true };
  }
  const total = { marks: 0, orgs: 0, changedRows: 0, ms: 0, rebuilt: false };
  for (;;) {
    const batch = await db.$transaction((tx) => foldBatch(tx, state.cutoff), { timeout: 120_000, maxWait: 10_000 });
    if (!batch) return total.marks ? { ...total, ms: Date.now() - started } : null;
    total.marks += batch.marks;
    total.orgs += batch.orgs;
    total.changedRows += batch.changedRows;
    if (batch.marks < BATCH) {
      await db.$executeRaw`UPDATE dashboard_refresh SET fresh_at = ${batch.claimedAt} WHERE id = 1 AND (fresh_at IS NULL OR fresh_at < ${batch.claimedAt})`;
      return { ...total, ms: Date.now() - started };
    }
  }
}

/** The rollup cannot be folded into, only rebuilt: none yet, a new cutoff, or an organisation moved to another parent. */
async function needsRebuild(state: RollupState | null, today: string): Promise<boolean> {
  if (!state || state.cutoff !== rollupCutoff(today)) return true;
  const moved = await db.$queryRaw<unknown[]>`SELECT 1 FROM dashboard_mark WHERE table_name = '*' LIMIT 1`;
  return moved.length > 0;
}

/** How long a read that must be exact waits for the folds before it computes live. */
const EXACT_WAIT_MS = 5_000;

/**
 * The rollup's state once it holds every write committed before this call,
 * for what must be exact (a report's snapshot, the 统计年报). Every mark
 * committed by then has an id up to the largest one visible now; a mark is
 * deleted in the transaction that folds it. So the call waits until none of
 * those is left — at once when none is pending — folding the oldest batch
 * itself while the lock is free, or letting another request or process fold
 * it; marks written after the call do not hold it up. Null when only a full
 * rebuild could make it so (no rollup yet, a moved organisation, a new
 * cutoff), when the fold fails, or after EXACT_WAIT_MS: the caller then
 * computes from the records.
 */
export async function foldedRollupState(today = todayCST()): Promise<RollupState | null> {
  try {
    const [{ upTo }] = await db.$queryRaw<{ upTo: bigint | null }[]>`SELECT max(id) AS "upTo" FROM dashboard_mark WHERE table_name <> '*'`;
    for (const until = Date.now() + EXACT_WAIT_MS; ; ) {
      const [{ pending }] = await db.$queryRaw<{ pending: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM dashboard_mark WHERE id <= ${upTo ?? 0n} AND table_name <> '*') AS pending`;
      // Read after the marks: it holds at least every fold that removed them.
      const state = await getRollupState();
      if (!state || (await needsRebuild(state, today))) return null;
      if (!pending) return state;
      if (Date.now() >= until) return null;
      const batch = await db.$transaction((tx) => foldBatch(tx, state.cutoff), { timeout: 120_000, maxWait: 10_000 });
      // Null: another process is folding.
      if (!batch) await new Promise((r) => setTimeout(r, 100));
    }
  } catch (e) {
    console.error("[dashboard] exact read: folding failed, computing from the records:", e instanceof Error ? e.message : e);
    return null;
  }
}

const sourceIndex = () => {
  const byTable = new Map<string, Source[]>();
  for (const s of SOURCES) for (const t of tablesRead(s)) byTable.set(t, [...(byTable.get(t) ?? []), s]);
  return byTable;
};

async function foldBatch(tx: Tx, cutoff: string) {
  if (!(await tryLock(tx))) return null;
  const [{ t: claimedAt }] = await tx.$queryRaw<{ t: Date }[]>`SELECT statement_timestamp() AS t`;
  const marks = await tx.$queryRaw<{ table_name: string; org_id: number }[]>`
    DELETE FROM dashboard_mark WHERE id IN (SELECT id FROM dashboard_mark WHERE table_name <> '*' ORDER BY id LIMIT ${BATCH})
    RETURNING table_name, org_id`;
  if (marks.length === 0) return { marks: 0, orgs: 0, changedRows: 0, claimedAt };
  // The refresher is no request: its batch is bounded by the transaction's own timeout.
  await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 0`);
  await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);

  // Which source (and completeness source) to recompute for which organisations.
  const byTable = sourceIndex();
  const dirty = new Map<string, Set<number>>();
  const dirtyEntries = new Map<string, Set<number>>();
  const add = (m: Map<string, Set<number>>, k: string, org: number) => m.set(k, (m.get(k) ?? new Set()).add(org));
  for (const mk of marks) {
    for (const s of byTable.get(mk.table_name) ?? []) add(dirty, s.key, mk.org_id);
    for (const e of ENTRY_SOURCES) if (e.table.replaceAll('"', "") === mk.table_name) add(dirtyEntries, e.key, mk.org_id);
  }
  const pairs = (m: Map<string, Set<number>>) => {
    const keys: string[] = [];
    const orgs: number[] = [];
    for (const [k, set] of m)
      for (const o of set) {
        keys.push(k);
        orgs.push(o);
      }
    return { keys, orgs };
  };

  await tx.$executeRawUnsafe(`CREATE TEMP TABLE fold_dirty (source text, org_id int) ON COMMIT DROP`);
  await tx.$executeRawUnsafe(`CREATE TEMP TABLE fold_new (source text, org_id int, metric text, day date, v numeric) ON COMMIT DROP`);
  const d = pairs(dirty);
  await tx.$executeRawUnsafe(`INSERT INTO fold_dirty SELECT * FROM unnest($1::text[], $2::int[])`, d.keys, d.orgs);
  const scope: Scope = (col) => `${col} = ANY($1::int[])`;
  for (const s of SOURCES) {
    const orgs = dirty.get(s.key);
    if (!orgs) continue;
    await tx.$executeRawUnsafe(
      `INSERT INTO fold_new SELECT $3::text, s.org_id, s.metric, greatest(s.day, $2::date), sum(s.v)
       FROM (${s.sql(scope)}) AS s WHERE s.org_id = ANY($1::int[]) GROUP BY 2, 3, 4 HAVING sum(s.v) <> 0`,
      [...orgs],
      cutoff,
      s.key,
    );
  }
  // The difference per organisation, source, metric and day: a write changes
  // a few of an organisation's facts (a member's groups: two metrics on one
  // day), so only those are carried up to the rollup nodes and rewritten.
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE fold_org_delta ON COMMIT DROP AS
     SELECT source, org_id, metric, day, sum(v) AS v
     FROM (
       SELECT source, org_id, metric, day, v FROM fold_new
       UNION ALL
       SELECT f.source, f.org_id, f.metric, f.day, -f.v FROM dashboard_org_fact f JOIN fold_dirty d ON d.source = f.source AND d.org_id = f.org_id
     ) AS x
     GROUP BY 1, 2, 3, 4 HAVING sum(v) <> 0`,
  );
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE fold_delta ON COMMIT DROP AS
     SELECT n.node, x.metric, x.day, sum(x.v) AS v
     FROM fold_org_delta x ${toNodes("x.org_id")}
     GROUP BY 1, 2, 3 HAVING sum(x.v) <> 0`,
  );
  // The organisations' facts become fold_new's: the differences added, and a
  // fact that fell to zero removed (no zero is kept, as in the rebuild).
  await tx.$executeRawUnsafe(
    `INSERT INTO dashboard_org_fact (source, org_id, metric, day, v) SELECT source, org_id, metric, day, v FROM fold_org_delta
     ON CONFLICT (source, org_id, metric, day) DO UPDATE SET v = dashboard_org_fact.v + EXCLUDED.v`,
  );
  await tx.$executeRawUnsafe(
    `DELETE FROM dashboard_org_fact f USING fold_org_delta d
     WHERE f.source = d.source AND f.org_id = d.org_id AND f.metric = d.metric AND f.day = d.day AND f.v = 0`,
  );
  // Within its month: a day the node had no row for starts from the total
  // of its month up to the day before; then every row of the month from the first
  // changed day on gets the month's changes up to its day — as steps (from one
  // changed day to the next, the sum so far), so each row is updated once per
  // batch however many writes touched it.
  await tx.$executeRawUnsafe(
    `INSERT INTO dashboard_fact (node_id, metric, day, cum)
     SELECT d.node, d.metric, d.day, coalesce((
       SELECT f.cum FROM dashboard_fact f
       WHERE f.node_id = d.node AND f.metric = d.metric AND f.day < d.day AND f.day >= ${monthOf("d.day")} ORDER BY f.day DESC LIMIT 1), 0)
     FROM fold_delta d
     ON CONFLICT (node_id, metric, day) DO NOTHING`,
  );
  const dayRows = await tx.$executeRawUnsafe(
    `UPDATE dashboard_fact f SET cum = f.cum + s.add
     FROM (
       SELECT node, metric, day AS lo, coalesce(lead(day) OVER w, (${monthOf("day")} + interval '1 month')::date) AS hi, sum(v) OVER w AS add
       FROM fold_delta WINDOW w AS (PARTITION BY node, metric, ${monthOf("day")} ORDER BY day)
     ) AS s
     WHERE f.node_id = s.node AND f.metric = s.metric AND f.day >= s.lo AND f.day < s.hi`,
  );
  // Across months, the same: the months from the first changed one on.
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE fold_month ON COMMIT DROP AS
     SELECT node, metric, ${monthOf("day")} AS month, sum(v) AS v FROM fold_delta GROUP BY 1, 2, 3 HAVING sum(v) <> 0`,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO dashboard_month (node_id, metric, month, cum)
     SELECT d.node, d.metric, d.month, coalesce((
       SELECT b.cum FROM dashboard_month b WHERE b.node_id = d.node AND b.metric = d.metric AND b.month < d.month ORDER BY b.month DESC LIMIT 1), 0)
     FROM fold_month d
     ON CONFLICT (node_id, metric, month) DO NOTHING`,
  );
  const monthRows = await tx.$executeRawUnsafe(
    `UPDATE dashboard_month b SET cum = b.cum + s.add
     FROM (
       SELECT node, metric, month AS lo, lead(month) OVER w AS hi, sum(v) OVER w AS add
       FROM fold_month WINDOW w AS (PARTITION BY node, metric ORDER BY month)
     ) AS s
     WHERE b.node_id = s.node AND b.metric = s.metric AND b.month >= s.lo AND (s.hi IS NULL OR b.month < s.hi)`,
  );
  const changedRows = dayRows + monthRows;

  // Completeness: each touched organisation's newest entry; a node's newest
  // only rises, unless an organisation's newest record went away (deleted).
  const e = pairs(dirtyEntries);
  if (e.keys.length) {
    await tx.$executeRawUnsafe(`CREATE TEMP TABLE fold_entry_dirty ON COMMIT DROP AS SELECT * FROM unnest($1::text[], $2::int[]) AS x(source, org_id)`, e.keys, e.orgs);
    await tx.$executeRawUnsafe(`CREATE TEMP TABLE fold_entry_new (source text, org_id int, last_at timestamptz) ON COMMIT DROP`);
    for (const src of ENTRY_SOURCES) {
      const orgs = dirtyEntries.get(src.key);
      if (!orgs) continue;
      await tx.$executeRawUnsafe(
        `INSERT INTO fold_entry_new SELECT $2::text, ${src.orgColumn}, max(created_at) FROM ${src.table}
         WHERE ${src.orgColumn} = ANY($1::int[]) ${src.where ? `AND ${src.where}` : ""} GROUP BY 2`,
        [...orgs],
        src.key,
      );
    }
    await tx.$executeRawUnsafe(
      `CREATE TEMP TABLE fold_entry_change ON COMMIT DROP AS
       SELECT d.source, d.org_id, o.last_at AS old_at, n.last_at AS new_at
       FROM fold_entry_dirty d
       LEFT JOIN dashboard_org_last o ON o.source = d.source AND o.org_id = d.org_id
       LEFT JOIN fold_entry_new n ON n.source = d.source AND n.org_id = d.org_id`,
    );
    await tx.$executeRawUnsafe(`DELETE FROM dashboard_org_last l USING fold_entry_dirty d WHERE l.source = d.source AND l.org_id = d.org_id`);
    await tx.$executeRawUnsafe(`INSERT INTO dashboard_org_last (source, org_id, last_at) SELECT source, org_id, last_at FROM fold_entry_new`);
    const ancestors = toNodes("c.org_id");
    await tx.$executeRawUnsafe(
      `INSERT INTO dashboard_last_entry (node_id, source, last_at)
       SELECT n.node, c.source, max(c.new_at) FROM fold_entry_change c ${ancestors} WHERE c.new_at IS NOT NULL GROUP BY 1, 2
       ON CONFLICT (node_id, source) DO UPDATE SET last_at = greatest(dashboard_last_entry.last_at, EXCLUDED.last_at)`,
    );
    await tx.$executeRawUnsafe(
      `CREATE TEMP TABLE fold_entry_fell ON COMMIT DROP AS
       SELECT DISTINCT n.node, c.source FROM fold_entry_change c ${ancestors}
       WHERE c.old_at IS NOT NULL AND (c.new_at IS NULL OR c.new_at < c.old_at)`,
    );
    await tx.$executeRawUnsafe(`DELETE FROM dashboard_last_entry l USING fold_entry_fell f WHERE l.node_id = f.node AND l.source = f.source`);
    await tx.$executeRawUnsafe(
      `INSERT INTO dashboard_last_entry (node_id, source, last_at)
       SELECT f.node, f.source, m.last_at FROM fold_entry_fell f
       CROSS JOIN LATERAL (
         SELECT max(l.last_at) AS last_at FROM dashboard_org_last l JOIN organisation o ON o.id = l.org_id
         WHERE l.source = f.source AND o.ancestor_ids @> ARRAY[f.node]) AS m
       WHERE m.last_at IS NOT NULL`,
    );
  }
  if (changedRows > 0 || e.keys.length) {
    await tx.$executeRaw`UPDATE dashboard_refresh SET version = version + 1, refreshed_at = ${claimedAt},
      metrics = (SELECT array_agg(DISTINCT m ORDER BY m) FROM unnest(metrics || ARRAY(SELECT DISTINCT metric::text FROM fold_delta)) AS m)
      WHERE id = 1`;
  }
  return { marks: marks.length, orgs: d.orgs.length, changedRows, claimedAt };
}

let timer: NodeJS.Timeout | null = null;
let folding: Promise<unknown> | null = null;

/** Folds the marks in now unless this process is already doing so. */
function foldInBackground() {
  folding ??= foldMarks()
    .catch((e) => console.error("[dashboard] rollup refresh failed:", e instanceof Error ? e.message : e))
    .finally(() => (folding = null));
}

/**
 * Starts this process's refresher (every DASHBOARD_REFRESH_SECONDS) and, when
 * the figures are older than that, folds the marks in at once.
 */
export function keepRollupFresh(state: RollupState | null) {
  const interval = refreshIntervalMs();
  if (interval <= 0) return;
  if (!state || Date.now() - state.freshAt.getTime() > interval) foldInBackground();
  if (!timer) {
    timer = setInterval(foldInBackground, interval);
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
  /** The running total of a head-count metric (members, unions …): kept in cents like the money metrics. */
  count(node: number, metric: string, key: string): number {
    return Math.round(this.cum(node, metric, key) / 100);
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
 * kept per process (keyed by the version's number and the probes, at most
 * CACHE_SIZE entries): repeated views of the same dashboard cost no probes.
 */
export async function probeRollup(probes: Probe[], version?: string, from: Db = db): Promise<Figures> {
  const key = version ? `${version}|${JSON.stringify(probes)}` : null;
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
  const rows = await from.$queryRaw<{ node: number; metric: string; g: number; cents: string }[]>`
    SELECT p.node, p.metric, p.g,
      array_to_string(ARRAY(
        SELECT (${Prisma.raw(cumAt("p.node", "p.metric", "d.day"))} * 100)::bigint
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
export async function computeLive(root: { id: number; depth: number }, dates: Record<string, string>, from: Db = db): Promise<Figures> {
  const scope: Scope = (col) => `${col} IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int])`;
  const union = SOURCES.map((s) => `(${s.sql(scope)})`).join("\nUNION ALL\n");
  // Each fact counts towards every probe date on or after its day: it is put
  // in the bucket of the first such date, and the buckets are summed up in
  // date order, which keeps the work linear in the number of facts.
  const sorted = [...new Set(Object.values(dates))].sort();
  const rows = await from.$queryRawUnsafe<{ node: number; metric: string; bucket: number; v: Prisma.Decimal }[]>(
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

export async function lastEntriesFromRollup(nodes: number[], version?: string, from: Db = db): Promise<LastEntries> {
  const key = version ? `entries|${version}|${nodes.join(",")}` : null;
  const hit = key ? entryCache.get(key) : undefined;
  if (hit) return hit;
  const rows = await from.$queryRaw<{ node_id: number; source: string; last_at: Date }[]>`
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
export async function lastEntriesLive(root: { id: number; depth: number }, from: Db = db): Promise<LastEntries> {
  const parts = ENTRY_SOURCES.map(
    (e) => `SELECT '${e.key}' AS source, coalesce(o.ancestor_ids[$2::int], $1::int) AS node, max(t.created_at) AS at
      FROM ${e.table} t JOIN organisation o ON o.id = t.${e.orgColumn}
      WHERE o.ancestor_ids @> ARRAY[$1::int] ${e.where ? `AND t.${e.where}` : ""}
      GROUP BY 2`,
  );
  const rows = await from.$queryRawUnsafe<{ node: number; source: string; at: Date }[]>(parts.join("\nUNION ALL\n"), root.id, root.depth + 2);
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

/**
 * Head counts (会员数, 基层工会数, …) of rollup nodes for today, as the dashboard
 * shows them, with the rollup's 数据截至; null while the rollup cannot answer.
 */
export async function todaysCounts(nodes: number[], metrics: string[]): Promise<{ asOf: Date; get: (node: number, metric: string) => number } | null> {
  const today = todayCST();
  const state = await getRollupState();
  keepRollupFresh(state);
  if (!rollupCovers(state, [today])) return null;
  const figures = await probeRollup([{ nodes, metrics, dates: { today } }], state!.version);
  return { asOf: state!.freshAt, get: (node, metric) => figures.count(node, metric, "today") };
}

/** Whether the rollup can answer for these dates (all after its cutoff). */
export function rollupCovers(state: RollupState | null, dates: string[]): boolean {
  return !!state && dates.every((d) => d >= state.cutoff);
}

export { shiftYears };
