// Throttles shared by every app process: rate-limiter-flexible over the
// `rate_limit` table (created by a migration, not by the library at run time).
// Each consumption is one INSERT … ON CONFLICT DO UPDATE … RETURNING, so
// parallel requests, in one process or several, are all counted.
//
//   const perPhone = rateLimit({ name: "apply:phone", points: 5, windowSec: 3600 });
//   const r = await takeAll([[perPhone, phone], [perIp, ip]]);
//   if (!r.ok) throw tooManyRequests(r.retryAfterSec);
import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../errors";
import { newPool } from "../db/client";

export type RateLimitSpec = {
  /** Key prefix, unique per limit, e.g. "login:ip". */
  name: string;
  /** How many points a key may spend per window. */
  points: number;
  windowSec: number;
  /** Once over budget, refused for this long (default: the rest of the window). */
  blockSec?: number;
};

export type Taken = { ok: true } | { ok: false; retryAfterSec: number; limit: string };

export type RateLimit = {
  spec: RateLimitSpec;
  /** Spends a point; refused when the key is over budget. */
  take(key: string, points?: number): Promise<Taken>;
  /** Gives a point back (e.g. a successful sign-in does not count as a failure). */
  giveBack(key: string, points?: number): Promise<void>;
  /** Forgets the key entirely. */
  reset(key: string): Promise<void>;
};

const globalForPool = globalThis as unknown as { rateLimitPool?: pg.Pool };

// A small pool of its own: the library speaks `pg` directly, not Prisma.
function pool(): pg.Pool {
  if (globalForPool.rateLimitPool) return globalForPool.rateLimitPool;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const p = newPool(url, "union-portal rate-limit", Number(process.env.RATE_LIMIT_POOL_SIZE ?? 3));
  // Windows that ended long ago are only reused by the next hit on the same
  // key; sweep them so sprayed keys (random usernames) do not pile up.
  const sweep = setInterval(() => {
    p.query("DELETE FROM rate_limit WHERE expire < $1", [Date.now() - 3600_000]).catch(() => undefined);
  }, 10 * 60_000);
  sweep.unref();
  return (globalForPool.rateLimitPool = p);
}

export function rateLimit(spec: RateLimitSpec): RateLimit {
  let limiter: RateLimiterPostgres | null = null;
  // Created on first use: `next build` loads modules without a database.
  const get = () =>
    (limiter ??= new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: spec.name,
      points: spec.points,
      duration: spec.windowSec,
      blockDuration: spec.blockSec ?? 0,
    }));
  return {
    spec,
    async take(key, points = 1) {
      try {
        await get().consume(key, points);
        return { ok: true };
      } catch (e) {
        if (e instanceof RateLimiterRes) return { ok: false, retryAfterSec: Math.max(1, Math.ceil(e.msBeforeNext / 1000)), limit: spec.name };
        throw e;
      }
    },
    async giveBack(key, points = 1) {
      await get().reward(key, points);
    },
    async reset(key) {
      await get().delete(key);
    },
  };
}

/**
 * Spends a point from every (limit, key) pair — all of them, so each budget
 * counts the attempt — and reports the first refusal. Pairs with an empty key
 * (e.g. an unknown client address) are skipped.
 */
export async function takeAll(pairs: Array<[RateLimit, string | null | undefined]>): Promise<Taken> {
  const results = await Promise.all(pairs.filter(([, key]) => key).map(([l, key]) => l.take(key!)));
  return results.find((r) => !r.ok) ?? { ok: true };
}

export async function giveBackAll(pairs: Array<[RateLimit, string | null | undefined]>): Promise<void> {
  await Promise.all(pairs.filter(([, key]) => key).map(([l, key]) => l.giveBack(key!)));
}

/** The API's answer to a refused request: 429 with a Chinese message. */
export function tooManyRequests(retryAfterSec: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSec / 60));
  return new AppError("RATE_LIMITED", `尝试次数过多，请${minutes}分钟后再试`);
}
