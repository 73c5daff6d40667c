// Sign-in, lockout, session lifetime and account changes, over real HTTP.
import { beforeAll, describe, expect, it } from "vitest";
import { as, BASE_URL, Client, DEMO_PASSWORD } from "../helpers/http";
import { memberBelow, one, orgIdByName, sql, tempUser } from "../helpers/db";

async function sessionOf(username: string) {
  return one<{ id: string }>(
    "SELECT s.id FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = $1 ORDER BY s.created_at DESC LIMIT 1",
    [username],
  );
}

let xuyiMember: string;
let jianhuMember: string;
beforeAll(async () => {
  xuyiMember = (await memberBelow("盱眙县总工会")).id;
  jianhuMember = (await memberBelow("建湖县总工会")).id;
});

describe("sign-in", () => {
  it("signs in through next-auth's credentials callback with username and password", async () => {
    const cl = new Client();
    expect((await cl.login("jianhu.staff")).ok).toBe(true);
    const me = await cl.get("/api/v1/me");
    expect(me.data).toMatchObject({ username: "jianhu.staff", role: "STAFF", orgName: "建湖县总工会", canWrite: true });
  });

  it("signs a member in with their phone number", async () => {
    const me = await (await as("13800000001")).get("/api/v1/me");
    expect(me.data).toMatchObject({ role: "MEMBER", canWrite: false });
    expect(me.data.memberId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers an unknown account exactly like a wrong password", async () => {
    const wrong = new Client();
    const unknown = new Client();
    const a = await wrong.login("jianhu.staff", "wrong-password-1");
    const b = await unknown.login("no.such.user", "wrong-password-1");
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(false);
    expect(a.status).toBe(b.status);
  });

  it("locks an account after five failures, even against the right password, until the lock expires", async () => {
    const u = await tempUser();
    for (let i = 0; i < 5; i++) expect((await new Client().login(u, "wrong-password-1")).ok).toBe(false);
    expect((await new Client().login(u)).ok).toBe(false);
    const row = await one<{ locked_until: Date }>("SELECT locked_until FROM app_user WHERE username = $1", [u]);
    expect(row.locked_until.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    await sql().query("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE username = $1", [u]);
    expect((await new Client().login(u)).ok).toBe(true);
    const actions = await sql().query(
      "SELECT action FROM audit_log WHERE entity_id = (SELECT id::text FROM app_user WHERE username = $1) ORDER BY id",
      [u],
    );
    expect(actions.rows.map((r) => r.action)).toEqual([...Array(4).fill("auth.login_failed"), "auth.locked", "auth.login"]);
  });
});

// scripts/test.ts trusts this machine as a proxy, so each test names its own
// client address and never spends the budget of the others.
let addr = 0;
const clientAt = () => ({ "x-forwarded-for": `198.51.100.${++addr}` });

async function auditActions(username: string) {
  const r = await sql().query<{ id: string; action: string }>(
    "SELECT id, action FROM audit_log WHERE entity_id = (SELECT id::text FROM app_user WHERE username = $1) ORDER BY id",
    [username],
  );
  return r.rows.map((x) => x.action);
}

describe("lockout under concurrency", () => {
  // The guarantee (lib/auth/login.ts): every wrong password is counted in one
  // statement, the one that reaches five locks the account, and a session is
  // created only by a statement that finds the account unlocked after the
  // password comparison. So the right password can win a race only if it is
  // checked before the fifth failure is recorded; whatever the order, the
  // account ends locked and at most one session exists.
  it("20 wrong passwords in parallel with the right one: the account ends locked, the right one wins only before the fifth failure", async () => {
    const u = await tempUser();
    const attempts = [
      ...Array.from({ length: 20 }, () => new Client().login(u, "wrong-password-1", clientAt())),
      new Client().login(u, DEMO_PASSWORD, clientAt()),
    ];
    const results = await Promise.all(attempts);
    const right = results[20];
    expect(results.slice(0, 20).every((r) => !r.ok)).toBe(true);

    const row = await one<{ locked_until: Date | null; sessions: number }>(
      "SELECT locked_until, (SELECT count(*)::int FROM user_session s WHERE s.user_id = u.id) AS sessions FROM app_user u WHERE username = $1",
      [u],
    );
    expect(row.locked_until).not.toBeNull();
    expect(row.locked_until!.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(row.sessions).toBe(right.ok ? 1 : 0);

    const actions = await auditActions(u);
    expect(actions.filter((a) => a === "auth.locked")).toHaveLength(1);
    if (right.ok) {
      // It was checked before the lock: at most four failures precede it.
      const before = actions.slice(0, actions.indexOf("auth.login"));
      expect(before.filter((a) => a === "auth.login_failed").length).toBeLessThan(5);
      expect(before).not.toContain("auth.locked");
    }
    // Locked now, even with the right password from a fresh address.
    expect((await new Client().login(u, DEMO_PASSWORD, clientAt())).ok).toBe(false);
  });
});

describe("sign-in throttle", () => {
  it("refuses an address after 50 failed sign-ins in 15 minutes, even with the right password; other addresses are unaffected", async () => {
    const u = await tempUser();
    const from = clientAt();
    for (let i = 0; i < 50; i++) expect((await new Client().login(`nobody.${Date.now()}.${i}`, "wrong-password-1", from)).ok).toBe(false);
    expect((await new Client().login(u, DEMO_PASSWORD, from)).ok).toBe(false);
    expect(await auditActions(u)).toEqual([]); // refused before the password was looked at
    expect((await new Client().login(u, DEMO_PASSWORD, clientAt())).ok).toBe(true);
  });

  it("refuses an account after 10 failed attempts in 15 minutes, from however many addresses, after its lock has expired", async () => {
    const u = await tempUser();
    for (let i = 0; i < 10; i++) expect((await new Client().login(u, "wrong-password-1", clientAt())).ok).toBe(false);
    await sql().query("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE username = $1", [u]);
    expect((await new Client().login(u, DEMO_PASSWORD, clientAt())).ok).toBe(false);
    const row = await one<{ points: number }>("SELECT points FROM rate_limit WHERE key = $1", [`login:account:${u.toLowerCase()}`]);
    expect(row.points).toBeGreaterThan(10);
  });

  it("gives a successful sign-in's attempt back, so only failures count", async () => {
    const u = await tempUser();
    const from = clientAt();
    for (let i = 0; i < 3; i++) expect((await new Client().login(u, DEMO_PASSWORD, from)).ok).toBe(true);
    const row = await one<{ points: number }>("SELECT points FROM rate_limit WHERE key = $1", [`login:account:${u.toLowerCase()}`]);
    expect(row.points).toBe(0);
  });
});

describe("client address", () => {
  it("is the first address a trusted proxy vouches for, not whatever the client wrote", async () => {
    const u = await tempUser();
    // The loopback "proxy" forwards a request whose client claimed 6.6.6.6.
    expect((await new Client().login(u, DEMO_PASSWORD, { "x-forwarded-for": "6.6.6.6, 203.0.113.78" })).ok).toBe(true);
    const row = await one<{ ip: string }>(
      "SELECT ip FROM audit_log WHERE action = 'auth.login' AND entity_id = (SELECT id::text FROM app_user WHERE username = $1)",
      [u],
    );
    expect(row.ip).toBe("203.0.113.78");
  });
});

describe("post-login redirect", () => {
  const origin = new URL(BASE_URL).origin;
  const hostile = ["%2F%09%2Fevil.example%2F", "%2F%0D%0A%2Fevil.example%2F", "%2F%5Cevil.example%2F", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F", "%2F%0AX-Injected%3A%201"];

  it("never sends a signed-in user to another site, and never answers 500", async () => {
    const cl = await as("jianhu.staff");
    for (const q of hostile) {
      const r = await cl.get(`/login?callbackUrl=${q}`);
      expect(r.status, q).toBe(307);
      expect(new URL(r.headers.get("location")!, BASE_URL).href, q).toBe(`${origin}/`);
      expect(r.headers.get("x-injected")).toBeNull();
    }
    const ok = await cl.get("/login?callbackUrl=%2Fmembers%3Fq%3D1");
    expect(ok.status).toBe(307);
    expect(new URL(ok.headers.get("location")!, BASE_URL).href).toBe(`${origin}/members?q=1`);
  });

  it("keeps next-auth's own redirect on this origin", async () => {
    const u = await tempUser();
    const cl = new Client();
    const csrf = await cl.get("/api/auth/csrf");
    for (const callbackUrl of ["https://evil.example/", "/\t/evil.example/", "//evil.example"]) {
      const form = new URLSearchParams({ csrfToken: csrf.data.csrfToken, username: u, password: DEMO_PASSWORD, callbackUrl, json: "true" });
      const r = await cl.request("POST", "/api/auth/callback/credentials", {
        body: form.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded", ...clientAt() },
      });
      expect(r.status).toBe(200);
      expect(new URL(r.data.url).origin, callbackUrl).toBe(origin);
      expect(new URL(r.data.url).pathname, callbackUrl).toBe("/");
    }
  });
});

describe("sessions", () => {
  it("end after 30 minutes idle", async () => {
    const u = await tempUser();
    const cl = await as(u);
    expect((await cl.get("/api/v1/me")).status).toBe(200);
    await sql().query("UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE id = $1", [(await sessionOf(u)).id]);
    expect((await cl.get("/api/v1/me")).status).toBe(401);
  });

  it("stay alive while in use, but end 8 hours after sign-in at the latest", async () => {
    const u = await tempUser();
    const cl = await as(u);
    const sid = (await sessionOf(u)).id;
    await sql().query("UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE id = $1", [sid]);
    expect((await cl.get("/api/v1/me")).status).toBe(200);
    await sql().query("UPDATE user_session SET created_at = now() - interval '8 hours 1 minute' WHERE id = $1", [sid]);
    expect((await cl.get("/api/v1/me")).status).toBe(401);
  });

  it("end at sign-out, even if the old cookie is replayed", async () => {
    const cl = await as(await tempUser());
    const replay = cl.fork();
    await cl.logout();
    expect((await replay.get("/api/v1/me")).status).toBe(401);
  });

  it("end on the next request when the account is disabled", async () => {
    const u = await tempUser();
    const cl = await as(u);
    expect((await cl.get(`/api/v1/members/${jianhuMember}`)).status).toBe(200);
    await sql().query("UPDATE app_user SET disabled = true WHERE username = $1", [u]);
    expect((await cl.get(`/api/v1/members/${jianhuMember}`)).status).toBe(401);
    expect((await new Client().login(u)).ok).toBe(false);
  });

  it("follow the account to its new organisation on the next request", async () => {
    const u = await tempUser();
    const cl = await as(u);
    expect((await cl.get(`/api/v1/members/${jianhuMember}`)).status).toBe(200);
    expect((await cl.get(`/api/v1/members/${xuyiMember}`)).status).toBe(404);
    await sql().query("UPDATE app_user SET org_id = $2 WHERE username = $1", [u, await orgIdByName("盱眙县总工会")]);
    expect((await cl.get(`/api/v1/members/${jianhuMember}`)).status).toBe(404);
    expect((await cl.get(`/api/v1/members/${xuyiMember}`)).status).toBe(200);
  });

  it("follow a role change on the next request", async () => {
    const u = await tempUser();
    const cl = await as(u);
    const patch = () => cl.patch(`/api/v1/members/${jianhuMember}`, { groups: ["FRONTLINE"] });
    expect((await patch()).status).toBe(200);
    await sql().query("UPDATE app_user SET role = 'LEADER' WHERE username = $1", [u]);
    expect((await patch()).status).toBe(403);
  });
});

describe("cross-origin protection", () => {
  it("refuses state-changing requests from another origin", async () => {
    const cl = await as("jianhu.staff");
    const body = { groups: ["FRONTLINE"] };
    const evil = await cl.patch(`/api/v1/members/${jianhuMember}`, body, { origin: "http://evil.example" });
    expect(evil.status).toBe(403);
    expect(evil.data.error.code).toBe("FORBIDDEN");
    expect((await cl.patch(`/api/v1/members/${jianhuMember}`, body, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    const host = new URL(process.env.APP_URL ?? "http://localhost:3100").host;
    expect((await cl.patch(`/api/v1/members/${jianhuMember}`, body, { origin: `http://${host}`, "sec-fetch-site": "same-origin" })).status).toBe(200);
  });
});
