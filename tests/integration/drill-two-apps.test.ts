// Drill: two app processes on one database, as behind a load balancer — the
// harness's server and a second scripts/serve.ts of the same build. The concurrency
// guarantees must hold across processes (a per-process queue or memo cannot
// provide them): payments, the sign-in lockout, contract steps; the
// dashboard's rollup is rebuilt by one process at a time and both serve the
// new version at once; a session, a throttle and a dashboard figure are the
// same whichever process answers. The second process reads the dashboard
// through DATABASE_REPLICA_URL, here the same database (lag 0): the replica path
// itself is exercised, a real standby is not. Then both behind nginx, with
// deploy/nginx.conf itself (scripts/lib/nginx.ts); the second runs as behind
// it, with COMPRESS=0, where nginx compresses.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, BASE_URL, Client, DEMO_PASSWORD } from "../helpers/http";
import { one, orgIdByName, sql } from "../helpers/db";
import { disburse, key, ledgerBalance, newFund, noticeOverGrant, payments, sandbox, type Sandbox } from "../helpers/assistance";
import { daysFromToday, makeTownWithEnterprises, startContract, today } from "../helpers/contracts";
import { DRILL_APP_PORTS, startApp, stopAll, type App } from "../helpers/drills";
import { REFRESH_LOCK } from "@/lib/dashboard/facts";
import { startNginx } from "../../scripts/lib/nginx";

let second: App;
let s: Sandbox;
/** Request i goes to process A or B in turn, as a round-robin balancer sends them. */
const spread = (c: Client) => {
  const both = [c, c.fork(second.base)];
  return (i: number) => both[i % 2];
};

beforeAll(async () => {
  second = await startApp(DRILL_APP_PORTS.second, { DATABASE_REPLICA_URL: process.env.DATABASE_URL!, COMPRESS: "0" });
  s = await sandbox();
}, 180_000);
afterAll(stopAll);

describe("compression behind a proxy", () => {
  it("COMPRESS=0 sends every body as it is, where the harness's process gzips", async () => {
    const gzip = { "accept-encoding": "gzip, deflate" };
    const here = await new Client().get("/api/v1/openapi.json", gzip);
    const there = await new Client("anonymous", second.base).get("/api/v1/openapi.json", gzip);
    expect([here.status, there.status]).toEqual([200, 200]);
    expect(there.data).toEqual(here.data);
    expect(here.headers.get("content-encoding")).toBe("gzip");
    expect(there.headers.get("content-encoding")).toBeNull();
    expect((await new Client("anonymous", second.base).get("/login", gzip)).headers.get("content-encoding")).toBeNull();
  });
});

describe("behind nginx (deploy/nginx.conf)", () => {
  // One in front of both processes, as deployed; one in front of the COMPRESS=0 process alone.
  const base = `http://localhost:${DRILL_APP_PORTS.nginx}`;
  const secondOnly = `http://localhost:${DRILL_APP_PORTS.nginxSecond}`;
  const proxies: ChildProcess[] = [];
  beforeAll(async () => {
    const start = async (port: number, upstreams: number[]) => {
      proxies.push(startNginx(path.resolve(import.meta.dirname, "../../.data/test", `nginx-${port}`), port, upstreams, () => {}));
      const up = `http://localhost:${port}/api/health`;
      for (let i = 0; i < 100 && !(await fetch(up).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
    };
    await start(DRILL_APP_PORTS.nginx, [Number(new URL(BASE_URL).port), DRILL_APP_PORTS.second]);
    await start(DRILL_APP_PORTS.nginxSecond, [DRILL_APP_PORTS.second]);
  }, 30_000);
  afterAll(() => proxies.forEach((p) => p.kill("SIGTERM")));

  it("passes the browser's Host with its port: a write from the page's own origin is not refused as cross-site", async () => {
    const staff = new Client("jianhu.staff", base);
    await staff.login("jianhu.staff");
    for (let i = 0; i < 2; i++) {
      // Past the origin check, the empty body is what is refused: 400, on either process.
      const own = await staff.post("/api/v1/trainings", {}, { origin: base });
      expect(own.status, JSON.stringify(own.data)).toBe(400);
      expect(own.data.error.code).toBe("VALIDATION");
    }
    const foreign = await staff.post("/api/v1/trainings", {}, { origin: "http://evil.example" });
    expect(foreign.status).toBe(403);
    // A client's own X-Forwarded-Host is replaced, not believed.
    const forged = await staff.post("/api/v1/trainings", {}, { origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    expect(forged.status).toBe(403);
  });

  it("gzips what a COMPRESS=0 process sends", async () => {
    const staff = new Client("jianhu.staff", secondOnly);
    await staff.login("jianhu.staff");
    const direct = await staff.fork(second.base).get("/api/v1/trainings?pageSize=20", { "accept-encoding": "gzip, deflate" });
    expect(direct.headers.get("content-encoding")).toBeNull();
    const r = await staff.get("/api/v1/trainings?pageSize=20", { "accept-encoding": "gzip, deflate" });
    expect(r.status).toBe(200);
    expect(r.data.data.length).toBeGreaterThan(0);
    expect(r.headers.get("content-encoding")).toBe("gzip");
    expect(r.data).toEqual(direct.data);
  });
});

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

describe("what a process keeps to itself is not what decides", () => {
  it("a session disabled while in use is refused by the other process on its next request", async () => {
    const username = `lbs${Date.now()}`;
    await sql().query(
      `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at) VALUES ($1, '测试账号', $2, 'STAFF', $3, now())`,
      [username, bcrypt.hashSync(DEMO_PASSWORD, 10), await orgIdByName("建湖县总工会")],
    );
    const a = await as(username);
    const b = a.fork(second.base);
    expect((await a.get("/api/v1/me")).status).toBe(200);
    expect((await b.get("/api/v1/me")).status).toBe(200);
    await sql().query("UPDATE app_user SET disabled = true WHERE username = $1", [username]);
    expect((await b.get("/api/v1/me")).status).toBe(401);
    expect((await a.get("/api/v1/me")).status).toBe(401);
  });

  it("counts one client's failed activations over both processes against one budget", async () => {
    // A client address of its own (the test stands in for the trusted proxy), 20 failures an hour.
    const from = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` };
    await sql().query("DELETE FROM rate_limit WHERE key = $1", [`activate:ip:${from["x-forwarded-for"]}`]);
    const attempt = (base: string) =>
      new Client("activate", base).post("/api/v1/activate", { phone: "13912345678", code: "12345678", password: "Zq7pLm2Qw9rT", confirm: "Zq7pLm2Qw9rT" }, from);
    const failures = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(i % 2 ? second.base : BASE_URL)));
    expect(failures.map((r) => r.status)).toEqual(Array(20).fill(400));
    for (const base of [BASE_URL, second.base]) {
      const refused = await attempt(base);
      expect(refused.status).toBe(429);
      expect(refused.data.error.code).toBe("RATE_LIMITED");
    }
  });

  it("a figure written through one process is read on the other (through its replica path) once the refresher has run, with 数据截至 past the write", async () => {
    const staff = await as("jianhu.staff");
    const leaderOnB = (await as("jianhu.leader")).fork(second.base);
    const jianhu = await orgIdByName("建湖县总工会");
    const town = await orgIdByName("上冈镇总工会");
    const type = await one<{ id: number }>("SELECT id FROM activity_type WHERE active ORDER BY id LIMIT 1");
    const read = async () => {
      const d = (await leaderOnB.get(`/api/v1/dashboard?orgId=${jianhu}&period=2026`)).data;
      return { source: d.source as string, asOf: Date.parse(d.asOf), value: d.cards.find((c: { key: string }) => c.key === "activities").value as number };
    };
    const before = await read();
    expect(before.source).toBe("rollup");
    const wroteAt = Date.now();
    const created = await staff.post("/api/v1/activities", { typeId: type.id, orgId: town, heldOn: "2026-11-30", participants: 12 });
    expect(created.status).toBe(201);

    // The refresher runs every 10 s in each process; 60 s is the documented bound.
    let after = await read();
    for (const deadline = Date.now() + 60_000; (after.value !== before.value + 1 || after.asOf < wroteAt) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 1000));
      after = await read();
    }
    expect(after.value).toBe(before.value + 1);
    expect(after.asOf).toBeGreaterThanOrEqual(wroteAt - 1000);
    // B's dashboard reads went through its replica pool, not the primary's.
    const replicaConnections = await one<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'union-portal replica' AND datname = current_database()",
    );
    expect(replicaConnections.n).toBeGreaterThan(0);
  }, 90_000);
});
