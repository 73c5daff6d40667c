// Where the dashboard reads from: the read replica (DATABASE_REPLICA_URL) when
// it is no further behind the primary than DATABASE_REPLICA_MAX_LAG_SECONDS,
// otherwise the primary. Every read of one dashboard request goes to the one
// server chosen here: the rollup's version and the figures cached under it must
// come from the same server, or a lagging replica's figures could be cached
// under the primary's newer version.
import "server-only";
import { db, replicaClient, type Db } from "./client";

export type Reader = {
  db: Db;
  /** How far behind the primary the figures read through `db` may be (0 on the primary). */
  lagMs: number;
  replica: boolean;
};

const maxLagMs = () => Number(process.env.DATABASE_REPLICA_MAX_LAG_SECONDS ?? 30) * 1000;

// A standby that has replayed all the WAL it received is as fresh as the
// primary's last commit it knows of (lag 0 even when the primary is idle);
// otherwise the lag is the age of the last transaction it replayed. A server
// not in recovery (the replica URL naming the primary itself) has no lag.
const LAG_SQL = `
  SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
    ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000, 'Infinity')
  END::float8 AS lag_ms`;

export async function replicaLagMs(): Promise<number | null> {
  const replica = replicaClient();
  if (!replica) return null;
  try {
    const [row] = await replica.$queryRawUnsafe<{ lag_ms: number }[]>(LAG_SQL);
    return Math.max(0, row.lag_ms);
  } catch (e) {
    // A replica that is down must not take the dashboard with it.
    console.error("[db] read replica unavailable, reading from the primary:", e instanceof Error ? e.message : e);
    return null;
  }
}

/** The primary: for what must see every committed write. */
export const primaryReader: Reader = { db, lagMs: 0, replica: false };

/** The server for a read that may lag by at most the configured bound. */
export async function laggingReader(): Promise<Reader> {
  const lagMs = await replicaLagMs();
  if (lagMs === null || lagMs > maxLagMs()) return primaryReader;
  return { db: replicaClient()!, lagMs, replica: true };
}
