// Sign-in, lockout, session lifetime and account changes, over real HTTP.
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client, DEMO_PASSWORD } from "../helpers/http";
import { memberBelow, one, orgIdByName, sql } from "../helpers/db";

let n = 0;
/** A throwaway staff account of 建湖县, so demo accounts are never locked. */
async function tempUser(role = "STAFF", org = "建湖县总工会") {
  const username = `t${Date.now()}${n++}`;
  await sql().query(
    `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at)
     VALUES ($1, '测试账号', $2, $3, (SELECT id FROM organisation WHERE name = $4), now())`,
    [username, bcrypt.hashSync(DEMO_PASSWORD, 10), role, org],
  );
  return username;
}

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
