// Drill: two app processes on one database, as behind a load balancer — the
// harness's server and a second scripts/serve.ts of the same build. The concurrency
// guarantees must hold across processes (a per-process queue or memo cannot
// provide them): payments, the sign-in lockout, contract steps; the
// dashboard's rollup is rebuilt by one process at a time and both serve the
// new version at once.
import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, BASE_URL, Client, DEMO_PASSWORD } from "../helpers/http";
import { one, orgIdByName, sql } from "../helpers/db";
import { disburse, key, ledgerBalance, newFund, noticeOverGrant, payments, sandbox, type Sandbox } from "../helpers/assistance";
import { daysFromToday, makeTownWithEnterprises, startContract, today } from "../helpers/contracts";
import { DRILL_APP_PORTS, startApp, stopAll, type App } from "../helpers/drills";

let second: App;
let s: Sandbox;
/** Request i goes to process A or B in turn, as a round-robin balancer sends them. */
const spread = (c: Client) => {
  const both = [c, c.fork(second.base)];
  return (i: number) => both[i % 2];
};

beforeAll(async () => {
  second = await startApp(DRILL_APP_PORTS.second);
  s = await sandbox();
}, 180_000);
afterAll(stopAll);


describe("disbursement across two processes", () => {
  it("40 concurrent requests with one Idempotency-Key over both: one payment, every answer that payment", async () => {
    const fund = await newFund(s, "10000.00");
    const id = await noticeOverGrant(s, "1000.00");
    const k = key();
    const via = spread(s.admin);
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => disburse(via(i), id, fund, k, "BANK-TWO-APPS")));
    expect(results.filter((r) => r.status !== 200).map((r) => r.data)).toEqual([]);
    expect(new Set(results.map((r) => r.data.entry.id)).size).toBe(1);
    expect(results.filter((r) => !r.data.replayed)).toHaveLength(1);
    expect(await payments(id)).toBe(1);
    expect(await ledgerBalance(fund)).toBe("9000.00");
  });

  it("40 concurrent requests with different keys over both: exactly one pays", async () => {
    const fund = await newFund(s, "10000.00", "ALLOCATION");
    const id = await noticeOverGrant(s, "1000.00");
    const via = spread(s.admin);
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => disburse(via(i), id, fund)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(39);
    expect(await payments(id)).toBe(1);
  });

  it("grants that together exceed the fund, paid over both at once: only what fits, never below zero", async () => {
    const fund = await newFund(s, "3000.00", "DONATION");
    const grants = await Promise.all(Array.from({ length: 6 }, () => noticeOverGrant(s, "1000.00")));
    const via = spread(s.admin);
    const results = await Promise.all(grants.map((g, i) => disburse(via(i), g, fund)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    for (const r of results.filter((x) => x.status !== 200)) expect(r.data.error.message).toMatch(/余额不足/);
    expect(await ledgerBalance(fund)).toBe("0.00");
    const rec = await s.admin.fork(second.base).get(`/api/v1/assistance/reconciliation?orgId=${s.townId}`);
    expect(rec.data).toMatchObject({ ok: true, grantAnomalies: [] });
  });
});

describe("sign-in lockout across two processes", () => {
  it("locks after five failures with 20 wrong passwords and the right one sent at once over both", async () => {
    const username = `lb${Date.now()}`;
    await sql().query(
      `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at) VALUES ($1, '测试账号', $2, 'STAFF', $3, now())`,
      [username, bcrypt.hashSync(DEMO_PASSWORD, 10), await orgIdByName("建湖县总工会")],
    );
    const passwords = Array.from({ length: 21 }, (_, i) => (i === 10 ? DEMO_PASSWORD : `wrong-password-${i}`));
    await Promise.all(passwords.map((p, i) => new Client("lockout", i % 2 ? second.base : BASE_URL).login(username, p)));
    const row = await one<{ locked_until: Date | null }>("SELECT locked_until FROM app_user WHERE username = $1", [username]);
    expect(row.locked_until?.getTime() ?? 0, "the account must be locked").toBeGreaterThan(Date.now() + 10 * 60_000);
    // Locked on both processes, the right password included.
    for (const base of [BASE_URL, second.base]) expect((await new Client("lockout", base).login(username)).ok).toBe(false);
  });
});

describe("contract steps across two processes", () => {
  it("lets exactly one of two simultaneous steps through, one sent to each process", async () => {
    const staff = await as("jianhu.staff");
    const { u1, e1 } = await makeTownWithEnterprises(staff);
    const c = await startContract(staff, u1.id, "WAGE", [e1], daysFromToday(-5));
    const via = spread(staff);
    const both = await Promise.all([0, 1].map((i) => via(i).post(`/api/v1/contracts/${c.id}/transition`, { to: "NEGOTIATING", on: today(), version: c.version })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const events = await one<{ n: number }>("SELECT count(*)::int AS n FROM contract_event WHERE contract_id = $1 AND to_status = 'NEGOTIATING'", [c.id]);
    expect(events.n).toBe(1);
  });
});

describe("the dashboard's rollup with two processes", () => {
  const REFRESH_LOCK = 52_110_005; // lib/dashboard/facts.ts

  it("is rebuilt by one process at a time, and both serve the new version right after it", async () => {
    const admin = await as("jianhu.admin");
    const [a, b] = [admin, admin.fork(second.base)];
    const jianhu = await orgIdByName("建湖县总工会");
    const asOf = async (c: Client) => (await c.get(`/api/v1/dashboard?orgId=${jianhu}&period=2026`)).data.asOf;

    // While a rebuild holds the lock (here: this test's own session), neither process starts another.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [REFRESH_LOCK]);
      const blocked = await Promise.all([a.post("/api/v1/dashboard/refresh"), b.post("/api/v1/dashboard/refresh")]);
      expect(blocked.map((r) => r.status)).toEqual([409, 409]);
      expect(blocked[1].data.error.message).toMatch(/其他进程/);
    } finally {
      await holder.query("SELECT pg_advisory_unlock_all()");
      await holder.end();
    }

    // Both at once (again, boundedly, should a background rebuild hold the lock): every
    // rebuild that ran was alone (distinct versions), and at least one ran.
    let both: Awaited<ReturnType<Client["post"]>>[] = [];
    for (let i = 0; i < 10 && !both.some((r) => r.status === 200); i++) {
      if (i) await new Promise((r) => setTimeout(r, 2000));
      both = await Promise.all([a.post("/api/v1/dashboard/refresh"), b.post("/api/v1/dashboard/refresh")]);
    }
    expect(both.every((r) => r.status === 200 || r.status === 409), JSON.stringify(both.map((r) => r.data))).toBe(true);
    const done: string[] = both.filter((r) => r.status === 200).map((r) => r.data.refreshedAt);
    expect(done.length).toBeGreaterThanOrEqual(1);
    expect(new Set(done).size).toBe(done.length);

    // Whichever process rebuilt it, both serve the newest version at once (no per-process memo of the
    // version): 数据截至 is that rebuild's time, or later once a refresher has run since.
    const newest = Date.parse(done.sort().at(-1)!);
    expect(Date.parse(await asOf(a))).toBeGreaterThanOrEqual(newest);
    expect(Date.parse(await asOf(b))).toBeGreaterThanOrEqual(newest);
  }, 180_000);
});
