import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/client";

// One connection pool and one client per server process (and per dev
// hot-reload, via globalThis), created on first use: `next build` loads route
// modules without a database.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool; replica?: PrismaClient | null };

/** How long one statement of this app may run: DB_STATEMENT_TIMEOUT_MS, 30 s by default, 0 for no limit. */
export function statementTimeoutMs(): number {
  const v = Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 30_000);
  return Number.isInteger(v) && v >= 0 ? v : 30_000;
}

/** A pool of this app's connections (the rate limiter's has its own, of `max`). */
export function newPool(url: string, applicationName: string, max = Number(process.env.DB_POOL_SIZE ?? 10)): pg.Pool {
  const p = new pg.Pool({
    connectionString: url,
    // Names the pool in pg_stat_activity (which server's connections are whose).
    application_name: applicationName,
    max,
    // Fail fast when the database is gone instead of queueing requests forever.
    connectionTimeoutMillis: 5_000,
    // pg closes a connection idle for 10 s by default, and staff pause longer than
    // that between clicks. A new connection costs its authentication, and its
    // backend's first queries are slow until it has mapped the shared buffers they
    // read: a county's grant count took 126 ms on a new connection, 10 ms on a used
    // one (20 M members, README, Speed). So the pool stays open, as a fixed-size
    // pool does elsewhere (HikariCP's default).
    idleTimeoutMillis: 10 * 60_000,
    // …without holding a script's process open for those ten minutes once its work
    // is done (a server's listening socket keeps its own process alive).
    allowExitOnIdle: true,
    // No request may hold a connection of the shared primary for minutes: past
    // the limit PostgreSQL cancels the statement and the request is answered 503
    // (lib/db/errors.ts). The rollup's rebuild and fold-ins lift it for their own
    // transactions (SET LOCAL, lib/dashboard/facts.ts).
    statement_timeout: statementTimeoutMs() || undefined,
  });
  // An idle connection the server ends (a restart, a failover) is dropped by the
  // pool and reported here; unheard, the report would end the process.
  p.on("error", (e) => console.error(`[db] ${applicationName}: idle connection lost:`, e.message));
  return p;
}

function pool(): pg.Pool {
  if (globalForDb.pgPool) return globalForDb.pgPool;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return (globalForDb.pgPool = newPool(url, "union-portal"));
}

function client(): PrismaClient {
  if (globalForDb.prisma) return globalForDb.prisma;
  return (globalForDb.prisma = new PrismaClient({ adapter: new PrismaPg(pool()) }));
}

/**
 * The read replica (DATABASE_REPLICA_URL), or null without one. Only callers
 * that can live with its lag use it, through lib/db/replica.ts; everything
 * else, writes and the reads that must see them, stays on `db`.
 */
export function replicaClient(): PrismaClient | null {
  if (globalForDb.replica !== undefined) return globalForDb.replica;
  const url = process.env.DATABASE_REPLICA_URL;
  return (globalForDb.replica = url ? new PrismaClient({ adapter: new PrismaPg(newPool(url, "union-portal replica")) }) : null);
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

/**
 * A named prepared statement straight on the pool Prisma uses, for the one
 * query every signed-in request runs (lib/auth/sessions.ts): Prisma's raw
 * query path (query plan, parameter and result conversion) cost more than the
 * query. pg converts text, int, bool and timestamptz exactly; cast anything
 * else (enums to text).
 */
export async function preparedRows<R>(name: string, text: string, values: unknown[]): Promise<R[]> {
  return (await pool().query<R & pg.QueryResultRow>({ name, text, values })).rows;
}

/**
 * The same straight query without a name, planned for its values on every run:
 * for a statement over a subtree (`scope_ids @> ARRAY[$1]`), whose size runs
 * from a village to a city, where a named statement may fall back after five
 * runs to PostgreSQL's generic plan, chosen without knowing the root.
 */
export async function plannedRows<R>(text: string, values: unknown[]): Promise<R[]> {
  return (await pool().query<R & pg.QueryResultRow>({ text, values })).rows;
}

/**
 * plannedRows for a `Prisma.sql` template, whose fragments compose a query
 * (lib/members/list.ts): the same text and values `$queryRaw` would send,
 * without Prisma's raw path around them (about 0.7 ms of the app's CPU a
 * query, README "Speed"). As for preparedRows: cast dates and enums to text.
 */
export const sqlRows = <R>(q: Prisma.Sql): Promise<R[]> => plannedRows<R>(q.text, q.values);

/** Planner settings a long read may turn off for itself (constants, never input). */
export type PlannerOff = "enable_mergejoin" | "enable_indexscan";

/**
 * plannedRows for the few reads known to run long (a province's 统计年报),
 * allowed `ms` instead of the pool's statement timeout (none if that is 0),
 * in a read-only transaction of their own, with `off` turned off for it.
 */
export async function longRows<R>(text: string, values: unknown[], ms: number, off: PlannerOff[] = []): Promise<R[]> {
  const limit = statementTimeoutMs() === 0 ? 0 : Math.max(ms, statementTimeoutMs());
  const c = await pool().connect();
  let broken: Error | undefined;
  try {
    await c.query("BEGIN READ ONLY");
    await c.query(`SET LOCAL statement_timeout = ${Math.trunc(limit)}`);
    for (const setting of off) await c.query(`SET LOCAL ${setting} = off`);
    const r = await c.query<R & pg.QueryResultRow>({ text, values });
    await c.query("COMMIT");
    return r.rows;
  } catch (e) {
    // A connection whose ROLLBACK fails is not given back to the pool.
    await c.query("ROLLBACK").catch((rollback: Error) => (broken = rollback));
    throw e;
  } finally {
    c.release(broken);
  }
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type Db = PrismaClient | Tx;
export { Prisma } from "./generated/client";
