// Drill: backup and restore of the embedded database, on a cluster of its own
// (archiving on, as `npm start` runs it). Write, `npm run backup`, write more,
// note the time, write again; then `npm run restore -- --to <time>` and
// `npm run restore` must bring back exactly the records and ledger entries of
// that moment, uploaded files included.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDb, type EmbeddedDb } from "@/scripts/lib/embedded-db";
import { migrate } from "@/scripts/lib/run";
import { DRILL_PG_PORTS } from "../helpers/drills";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIR = path.join(ROOT, ".data", "test", `drill-backup-${Date.now()}`);
const PG_PORT = DRILL_PG_PORTS.backup;
const UPLOADS = path.join(DIR, "uploads");
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: DIR, EMBEDDED_PG_PORT: String(PG_PORT), UPLOAD_DIR: UPLOADS };
for (const k of ["DATABASE_URL", "BACKUP_DIR"]) delete env[k];

let server: EmbeddedDb | null = null;
let c: pg.Client | null = null;

async function up() {
  server = await startEmbeddedDb({ dir: path.join(DIR, "pg"), port: PG_PORT, archiveDir: path.join(DIR, "backup", "wal") });
  await server.ensureDatabase("union_portal");
  c = new pg.Client({ connectionString: server.urlFor("union_portal") });
  await c.connect();
  return c;
}
async function down() {
  await c?.end();
  c = null;
  await server?.stop();
  server = null;
}

function npm(...args: string[]) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn("npm", ["run", "--silent", ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("exit", (code) => (clearTimeout(timer), resolve({ code, out })));
  });
}

let fundId: string;
let rootOrg: number;
const files: Record<string, Buffer> = {};

/** One batch of records: organisations and allocations to the fund, and an uploaded file. */
async function write(tag: string) {
  const db = c!;
  await db.query("BEGIN");
  for (let i = 1; i <= 3; i++) {
    await db.query(
      `INSERT INTO organisation (name, level, kind, parent_id, ancestor_ids, depth, updated_at) VALUES ($1, 'COUNTY', 'FEDERATION', $2, ARRAY[$2::int], 1, now())`,
      [`演练${tag}${i}`, rootOrg],
    );
    await db.query(`INSERT INTO ledger_entry (fund_id, kind, amount, note) VALUES ($1, 'ALLOCATION', $2, $3)`, [fundId, `${i}${tag.charCodeAt(0)}.25`, `演练${tag}${i}`]);
  }
  await db.query("COMMIT");
  files[tag] = crypto.randomBytes(2048);
  fs.mkdirSync(UPLOADS, { recursive: true });
  fs.writeFileSync(path.join(UPLOADS, `${tag}.bin`), files[tag]);
}

const expected = (tags: string[]) => ({
  orgs: tags.flatMap((t) => [1, 2, 3].map((i) => `演练${t}${i}`)).sort(),
  ledger: tags.flatMap((t) => [1, 2, 3].map((i) => `ALLOCATION ${i}${t.charCodeAt(0)}.25 演练${t}${i}`)),
});
async function found() {
  const db = c!;
  const orgs = (await db.query(`SELECT name FROM organisation WHERE name LIKE '演练%' ORDER BY name`)).rows.map((r) => r.name);
  const ledger = (await db.query(`SELECT kind, amount::text, note FROM ledger_entry ORDER BY id`)).rows.map((r) => `${r.kind} ${r.amount} ${r.note}`);
  return { orgs, ledger };
}

beforeAll(async () => {
  const db = await up();
  await migrate(server!.urlFor("union_portal"));
  rootOrg = (await db.query(`INSERT INTO organisation (name, level, kind, code, ancestor_ids, depth, updated_at) VALUES ('江苏省总工会（演练）', 'PROVINCE', 'FEDERATION', '320000', '{}', 0, now()) RETURNING id`)).rows[0].id;
  await db.query("UPDATE organisation SET ancestor_ids = ARRAY[id] WHERE id = $1", [rootOrg]);
  fundId = (await db.query(`INSERT INTO fund (org_id, year, source, name, budget, updated_at) VALUES ($1, 2026, 'OWN', '演练资金', 100000, now()) RETURNING id`, [rootOrg])).rows[0].id;
});

afterAll(async () => {
  await down().catch(() => undefined);
  fs.rmSync(DIR, { recursive: true, force: true });
});

describe("backup and restore of the embedded database", () => {
  it("restores to a point in time and to the backup itself, records, ledger and uploads exactly", async () => {
    await write("甲");
    // Before the first backup, finished WAL segments are let go, not archived (they could restore nothing).
    await c!.query("SELECT pg_switch_wal()");
    let archived = 0;
    for (let i = 0; i < 50 && archived === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      archived = (await c!.query("SELECT archived_count::int AS n FROM pg_stat_archiver")).rows[0].n;
    }
    expect(archived).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(DIR, "backup", "wal"))).toEqual([]);

    const backup = await npm("backup"); // online, while the server runs
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/基础备份完成/);
    expect(fs.readdirSync(path.join(DIR, "backup", "wal")).length).toBeGreaterThan(0);

    await write("乙");
    await new Promise((r) => setTimeout(r, 20));
    const target: Date = (await c!.query("SELECT clock_timestamp() AS t")).rows[0].t;
    await new Promise((r) => setTimeout(r, 20));
    await write("丙");
    expect(await found()).toEqual(expected(["甲", "乙", "丙"]));
    await down();

    // The last writes are in the stopped server's pg_wal only: the restore must still reach them.
    const pitr = await npm("restore", "--", "--to", target.toISOString());
    expect(pitr.code, pitr.out).toBe(0);
    await up();
    expect(await found()).toEqual(expected(["甲", "乙"]));
    expect((await c!.query("SELECT pg_is_in_recovery() AS r")).rows[0].r).toBe(false);
    const fen = ["甲", "乙"].flatMap((t) => [1, 2, 3].map((i) => Number(`${i}${t.charCodeAt(0)}25`))).reduce((a, b) => a + b, 0);
    expect((await c!.query("SELECT sum(amount)::text AS s FROM ledger_entry WHERE fund_id = $1", [fundId])).rows[0].s).toBe((fen / 100).toFixed(2));
    expect(fs.readFileSync(path.join(UPLOADS, "甲.bin"))).toEqual(files["甲"]);
    await down();

    // A lost upload comes back from the base backup.
    fs.rmSync(path.join(UPLOADS, "甲.bin"));
    const toBackup = await npm("restore");
    expect(toBackup.code, toBackup.out).toBe(0);
    await up();
    expect(await found()).toEqual(expected(["甲"]));
    expect(fs.readFileSync(path.join(UPLOADS, "甲.bin"))).toEqual(files["甲"]);
    // The restored server takes writes and is backed up again on its new timeline (started by the script).
    await write("丁");
    await down();
    const again = await npm("backup");
    expect(again.code, again.out).toBe(0);
    expect((await npm("restore", "--", "--list")).out.match(/一致时间点/g)).toHaveLength(2);
  }, 300_000);

  it("refuses to restore under a running server, and to a time before every backup", async () => {
    await up();
    const busy = await npm("restore");
    expect(busy.code).toBe(1);
    expect(busy.out).toMatch(/请先停止 npm start/);
    await down();
    const early = await npm("restore", "--", "--to", "2020-01-01 00:00:00");
    expect(early.code).toBe(1);
    expect(early.out).toMatch(/没有早于该时间点的基础备份/);
  }, 120_000);
});
