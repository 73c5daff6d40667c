import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// One client per server process (and per dev hot-reload, via globalThis),
// created on first use: `next build` loads route modules without a database.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; replica?: PrismaClient | null };

function connect(url: string, applicationName: string): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    // Names the pool in pg_stat_activity (which server's connections are whose).
    application_name: applicationName,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    // Fail fast when the database is gone instead of queueing requests forever.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  if (globalForDb.prisma) return globalForDb.prisma;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return (globalForDb.prisma = connect(url, "union-portal"));
}

/**
 * The read replica (DATABASE_REPLICA_URL), or null without one. Only callers
 * that can live with its lag use it, through lib/db/replica.ts; everything
 * else, writes and the reads that must see them, stays on `db`.
 */
export function replicaClient(): PrismaClient | null {
  if (globalForDb.replica !== undefined) return globalForDb.replica;
  const url = process.env.DATABASE_REPLICA_URL;
  return (globalForDb.replica = url ? connect(url, "union-portal replica") : null);
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type Db = PrismaClient | Tx;
export { Prisma } from "./generated/client";
