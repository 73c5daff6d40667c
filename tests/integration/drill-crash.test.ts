// Drill: a crash in the middle of a burst of payments. Once the app process is
// killed with SIGKILL, once PostgreSQL stops with an immediate shutdown (no
// checkpoint: crash recovery on restart). Afterwards every grant is paid once
// or not at all, a retry with the same Idempotency-Key pays what was not paid
// and replays what was, and the reconciliation reports zero.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { as, Client, DEMO_PASSWORD } from "../helpers/http";
import { advance, disburse, key, newFund, newGrant, newMember, sandbox } from "../helpers/assistance";
import { DRILL_APP_PORTS, DRILL_PG_PORTS, startApp, stopAll, stopApp } from "../helpers/drills";
import { startEmbeddedDb, runningPostmaster, type EmbeddedDb } from "@/scripts/lib/embedded-db";
import { migrate } from "@/scripts/lib/run";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = DRILL_APP_PORTS.crash;
const GRANTS = 12;
const AMOUNT = "1000.00";

type Job = { grant: string; key: string; ref: string };

/**
 * Fires every payment at once (one fund: the app queues them) and, as soon as
 * the first one has been answered, runs `crash`. Answers lost to the crash
 * count as no answer, as for a client whose connection broke.
 */
async function burstThenCrash(admin: Client, fund: string, jobs: Job[], crash: () => Promise<void>) {
  let crashed: Promise<void> | null = null;
  const answers = await Promise.all(
    jobs.map(async (j) => {
      const r = await disburse(admin, j.grant, fund, j.key, j.ref).catch(() => null);
      if (r?.status === 200) crashed ??= crash();
      return r?.status ?? 0;
    }),
  );
  await crashed;
  return answers;
}

/** Paid once (DISBURSED, one payment of its amount from the fund) or not at all (still NOTICE, no payment). */
async function outcomes(db: pg.ClientBase | pg.Pool, jobs: Job[], fund: string) {
  const r = await db.query(
    `SELECT g.id, g.status::text, g.payment_ref, count(e.id)::int AS n,
            bool_and(e.fund_id = $2 AND e.amount = -g.amount AND e.idempotency_key IS NOT NULL) AS right_entry
     FROM "grant" g LEFT JOIN ledger_entry e ON e.grant_id = g.id AND e.kind = 'DISBURSEMENT'
     WHERE g.id = ANY($1::uuid[]) GROUP BY g.id`,
    [jobs.map((j) => j.grant), fund],
  );
  const paid = new Set<string>();
  for (const row of r.rows) {
    const ok = (row.status === "DISBURSED" && row.n === 1 && row.right_entry) || (row.status === "NOTICE" && row.n === 0);
    expect(ok, JSON.stringify(row)).toBe(true);
    if (row.status === "DISBURSED") paid.add(row.id);
  }
  expect(r.rows).toHaveLength(jobs.length);
  return paid;
}

/** The same requests again, same keys: what was paid replays, the rest is paid now. Bounded retries while a server comes back. */
async function retryAll(admin: Client, fund: string, jobs: Job[], paidBefore: Set<string>) {
  for (const j of jobs) {
    let r = await disburse(admin, j.grant, fund, j.key, j.ref).catch(() => null);
    for (let i = 0; i < 10 && r?.status !== 200; i++) {
      await new Promise((res) => setTimeout(res, 500));
      r = await disburse(admin, j.grant, fund, j.key, j.ref).catch(() => null);
    }
    expect(r?.status, JSON.stringify(r?.data)).toBe(200);
    expect(r!.data.replayed, j.grant).toBe(paidBefore.has(j.grant));
    expect(r!.data.grant.status).toBe("DISBURSED");
  }
}

describe("the app process is killed (SIGKILL) in the middle of a burst of disbursements", () => {
  it("leaves every grant paid once or not at all; retries with the same keys settle it; reconciliation is zero", async () => {
    const s = await sandbox();
    const fund = await newFund(s, "100000.00");
    const jobs: Job[] = await Promise.all(
      Array.from({ length: GRANTS }, async (_, i) => {
        const grant = await newGrant(s, await newMember(s), AMOUNT);
        await advance(s, grant, "NOTICE", { noticeOver: true });
        return { grant, key: key(), ref: `CRASH-${i}` };
      }),
    );
    let app = await startApp(PORT);
    const admin = s.admin.fork(app.base);
    const answers = await burstThenCrash(admin, fund, jobs, () => stopApp(app, "SIGKILL"));
    expect(app.child.signalCode).toBe("SIGKILL");

    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const paid = await outcomes(db, jobs, fund);
      // The crash came in the middle: some paid, some not.
      expect(paid.size).toBeGreaterThanOrEqual(answers.filter((x) => x === 200).length);
      expect(paid.size).toBeLessThan(GRANTS);

      app = await startApp(PORT);
      await retryAll(admin, fund, jobs, paid);
      expect((await outcomes(db, jobs, fund)).size).toBe(GRANTS);
    } finally {
      await db.end();
    }
    const balance = (await s.admin.get(`/api/v1/funds/${fund}`)).data.balance;
    expect(balance).toBe((100000 - GRANTS * 1000).toFixed(2));
    const rec = await s.admin.get(`/api/v1/assistance/reconciliation?orgId=${s.townId}`);
    expect(rec.data).toMatchObject({ ok: true, unbalancedFunds: 0, grantAnomalies: [] });
    const all = await (await as("admin")).get("/api/v1/assistance/reconciliation");
    expect(all.data.unbalancedFunds).toBe(0);
    expect(all.data.grantAnomalies).toEqual([]);
    await stopApp(app);
  }, 240_000);
});

// ---------------------------------------------------------------------------

const PG_PORT = DRILL_PG_PORTS.crash;
const PG_DIR = path.join(ROOT, ".data", "test", `drill-crash-${Date.now()}`);
let cluster: EmbeddedDb | null = null;
afterAll(async () => {
  await stopAll();
  await cluster?.stop().catch(() => undefined);
  fs.rmSync(PG_DIR, { recursive: true, force: true });
});

/**
 * A small province on a cluster of its own (this drill stops PostgreSQL, which
 * the harness's database must never see): a county with its administrator, a
 * union, members, a fund and grants whose public notice is over.
 */
async function seed(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    const org = async (name: string, level: string, parent: { id: number; ancestors: number[] } | null, code: string | null) => {
      const r = await c.query(
        `INSERT INTO organisation (name, level, kind, code, parent_id, ancestor_ids, depth, updated_at)
         VALUES ($1, $2, $3, $4, $5, '{}', $6, now()) RETURNING id`,
        [name, level, level === "GRASSROOTS" ? "INDEPENDENT" : "FEDERATION", code, parent?.id ?? null, parent ? parent.ancestors.length : 0],
      );
      const id = r.rows[0].id as number;
      const ancestors = [...(parent?.ancestors ?? []), id];
      await c.query("UPDATE organisation SET ancestor_ids = $2 WHERE id = $1", [id, ancestors]);
      return { id, ancestors };
    };
    const province = await org("江苏省总工会", "PROVINCE", null, "320000");
    const city = await org("盐城市总工会", "CITY", province, "320900");
    const county = await org("建湖县总工会", "COUNTY", city, "320925");
    const town = await org("近湖街道总工会", "TOWN", county, null);
    const union = await org("演练机械有限公司工会委员会", "GRASSROOTS", town, null);
    await c.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at) VALUES ('drill.admin', '演练管理员', $1, 'ADMIN', $2, now())`,
      [bcrypt.hashSync(DEMO_PASSWORD, 10), county.id],
    );
    const fund = (await c.query(`INSERT INTO fund (org_id, year, source, name, budget, updated_at) VALUES ($1, 2026, 'OWN', '演练帮扶资金', 100000, now()) RETURNING id`, [county.id])).rows[0].id as string;
    await c.query(`INSERT INTO ledger_entry (fund_id, kind, amount, note) VALUES ($1, 'ALLOCATION', 100000, '演练拨入')`, [fund]);
    const jobs: Job[] = [];
    for (let i = 0; i < GRANTS; i++) {
      const m = await c.query(
        `INSERT INTO member (name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, updated_at)
         VALUES ($1, $2, $3, '320925**********1X', '1985-03-16', 'MALE', $4, $5, '2020-01-01', now()) RETURNING id`,
        [`演练职工${i}`, crypto.randomBytes(32), crypto.randomBytes(32).toString("hex"), `1390000${String(i).padStart(4, "0")}`, union.id],
      );
      const g = await c.query(
        `INSERT INTO "grant" (org_id, member_id, kind, amount, reason, status, year, notice_starts_on, notice_ends_on, updated_at)
         VALUES ($1, $2, 'WARMTH', $3, '演练帮扶申请', 'NOTICE', 2026, current_date - 10, current_date - 3, now()) RETURNING id`,
        [union.id, m.rows[0].id, AMOUNT],
      );
      jobs.push({ grant: g.rows[0].id, key: key(), ref: `PGCRASH-${i}` });
    }
    await c.query("COMMIT");
    return { fund, jobs };
  } finally {
    await c.end();
  }
}

describe("PostgreSQL stops with an immediate shutdown in the middle of a burst of disbursements", () => {
  it("recovers: every grant paid once or not at all; retries with the same keys settle it; reconciliation is zero", async () => {
    cluster = await startEmbeddedDb({ dir: path.join(PG_DIR, "pg"), port: PG_PORT });
    await cluster.ensureDatabase("union_portal");
    const url = cluster.urlFor("union_portal");
    await migrate(url);
    const { fund, jobs } = await seed(url);
    const base = `http://localhost:${PORT}`;
    let app = await startApp(PORT, { DATABASE_URL: url, NEXTAUTH_URL: base, APP_URL: base, DASHBOARD_REFRESH_SECONDS: "0" });
    const admin = new Client("drill.admin", base);
    expect((await admin.login("drill.admin")).ok).toBe(true);

    // Immediate shutdown = SIGQUIT to the postmaster: every backend ends at once, nothing is flushed.
    const immediateStop = async () => {
      const pm = runningPostmaster(path.join(PG_DIR, "pg"))!;
      process.kill(pm.pid, "SIGQUIT");
      for (let i = 0; i < 100 && runningPostmaster(path.join(PG_DIR, "pg")); i++) await new Promise((r) => setTimeout(r, 100));
    };
    await burstThenCrash(admin, fund, jobs, immediateStop);
    expect(runningPostmaster(path.join(PG_DIR, "pg"))).toBeNull();
    await cluster.stop().catch(() => undefined); // forget the dead server's handle
    cluster = await startEmbeddedDb({ dir: path.join(PG_DIR, "pg"), port: PG_PORT }); // crash recovery

    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const paid = await outcomes(db, jobs, fund);
      expect(paid.size).toBeGreaterThanOrEqual(1);
      expect(paid.size).toBeLessThan(GRANTS);
      // The app lived through its database going away, or is started again as a supervisor would.
      if (app.child.exitCode !== null || app.child.signalCode !== null) app = await startApp(PORT, { DATABASE_URL: url, NEXTAUTH_URL: base, APP_URL: base });
      await retryAll(admin, fund, jobs, paid);
      expect((await outcomes(db, jobs, fund)).size).toBe(GRANTS);
      const balance = (await db.query("SELECT sum(amount)::text AS b FROM ledger_entry WHERE fund_id = $1", [fund])).rows[0].b;
      expect(balance).toBe((100000 - GRANTS * 1000).toFixed(2));
    } finally {
      await db.end();
    }
    const rec = await admin.get("/api/v1/assistance/reconciliation");
    expect(rec.status).toBe(200);
    expect(rec.data).toMatchObject({ ok: true, fundCount: 1, unbalancedFunds: 0, grantAnomalies: [] });
    expect(rec.data.funds[0]).toMatchObject({ difference: "0.00", disbursedGrantCount: GRANTS });
    await stopApp(app);
  }, 240_000);
});
