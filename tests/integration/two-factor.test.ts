// Two-factor sign-in (TOTP, lib/auth/two-factor.ts) over real HTTP: enrolment,
// sign-in with no, a wrong, a right and a replayed code, recovery codes once,
// the per-account throttle, disabling, and REQUIRE_2FA=1 for administrators
// in a server process of its own started with that setting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secret, TOTP } from "otpauth";
import { Client } from "../helpers/http";
import { one, sql, tempUser } from "../helpers/db";
import { startApp, stopAll, type App } from "../helpers/drills";

/** Failed sign-ins of this file come from an address of their own, not the suite's shared 127.0.0.1 budget. */
const AT = { "x-forwarded-for": "203.0.113.150" };

const codeAt = (secret: string, offsetSec = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.now() + offsetSec * 1000 });

/** A code no other code of the test used: the step after the current one (accepted for clock drift). */
const nextCode = (secret: string) => codeAt(secret, 30);

/** Forgets the last accepted step, so the test may use the current step's code again for a new scenario. */
const forgetStep = (username: string) => sql().query("UPDATE app_user SET totp_last_step = NULL WHERE username = $1", [username]);

async function signedIn(username: string, base?: string) {
  const c = new Client(username, base);
  expect((await c.login(username)).ok).toBe(true);
  return c;
}

/** Enrols an account through the API; answers the secret and the recovery codes. */
async function enrol(c: Client) {
  const start = await c.post("/api/v1/me/two-factor/enrol");
  expect(start.status).toBe(200);
  const secret: string = start.data.secret;
  const confirm = await c.post("/api/v1/me/two-factor/confirm", { code: codeAt(secret) });
  expect(confirm.status).toBe(200);
  return { secret, recoveryCodes: confirm.data.recoveryCodes as string[], start: start.data };
}

const actions = async (username: string) =>
  (
    await sql().query<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity_id = (SELECT id::text FROM app_user WHERE username = $1) ORDER BY id",
      [username],
    )
  ).rows.map((r) => r.action);

describe("enrolment", () => {
  it("stores the secret encrypted, needs a right code to turn on, and shows ten recovery codes once (stored hashed)", async () => {
    const u = await tempUser();
    const c = await signedIn(u);
    expect((await c.get("/api/v1/me/two-factor")).data).toMatchObject({ enabled: false, required: false });

    const start = await c.post("/api/v1/me/two-factor/enrol");
    expect(start.status).toBe(200);
    expect(start.data.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(start.data.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret: string = start.data.secret;
    const row = await one<{ totp_secret: Buffer; totp_enabled_at: Date | null }>("SELECT totp_secret, totp_enabled_at FROM app_user WHERE username = $1", [u]);
    expect(row.totp_enabled_at).toBeNull(); // not in force before confirmation
    expect(row.totp_secret.toString("latin1")).not.toContain(secret);
    // Pending enrolment does not change sign-in.
    expect((await new Client().login(u)).ok).toBe(true);

    const wrong = String((Number(codeAt(secret)) + 1) % 1_000_000).padStart(6, "0");
    const bad = await c.post("/api/v1/me/two-factor/confirm", { code: wrong });
    expect(bad.status).toBe(400);
    expect(bad.data.error.fields.code).toBeTruthy();
    const confirm = await c.post("/api/v1/me/two-factor/confirm", { code: codeAt(secret) });
    expect(confirm.status).toBe(200);
    const codes: string[] = confirm.data.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await one<{ totp_recovery: string[] }>("SELECT totp_recovery FROM app_user WHERE username = $1", [u]);
    expect(stored.totp_recovery).toHaveLength(10);
    for (const code of codes) expect(stored.totp_recovery.join(",")).not.toContain(code.replace("-", ""));

    expect((await c.get("/api/v1/me/two-factor")).data).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    // A second enrolment over an active one is refused, not silently replaced.
    expect((await c.post("/api/v1/me/two-factor/enrol")).status).toBe(409);
    expect(await actions(u)).toEqual(expect.arrayContaining(["auth.2fa_enrol_started", "auth.2fa_code_failed", "auth.2fa_enabled"]));
  });

  it("is for staff accounts: a member's request is refused before its body is read", async () => {
    const member = new Client("member");
    expect((await member.login("13800000001")).ok).toBe(true);
    expect((await member.post("/api/v1/me/two-factor/enrol")).status).toBe(403);
    expect((await member.request("POST", "/api/v1/me/two-factor/confirm", { body: "{".repeat(100_000), headers: { "content-type": "application/json" } })).status).toBe(403);
  });
});

describe("signing in with two-factor on", () => {
  it("asks for the code after the right password, refuses a wrong or replayed code, and accepts a right one", async () => {
    const u = await tempUser();
    const { secret } = await enrol(await signedIn(u));

    const none = new Client();
    expect(await none.login(u, undefined, AT)).toMatchObject({ ok: false, error: "TwoFactorRequired" });
    // A wrong password says nothing about the second step.
    const badPw = await new Client().login(u, "Wrong@2026x", AT, { code: nextCode(secret) });
    expect(badPw).toMatchObject({ ok: false, error: "CredentialsSignin" });

    const wrongCode = String((Number(nextCode(secret)) + 3) % 1_000_000).padStart(6, "0");
    expect(await new Client().login(u, undefined, AT, { code: wrongCode })).toMatchObject({ ok: false, error: "TwoFactorWrong" });

    const code = nextCode(secret);
    const c = new Client();
    expect((await c.login(u, undefined, AT, { code })).ok).toBe(true);
    expect((await c.get("/api/v1/me")).status).toBe(200);
    // The same code again — a replay, or a second tab — is refused.
    expect(await new Client().login(u, undefined, AT, { code })).toMatchObject({ ok: false, error: "TwoFactorWrong" });
    // So is an older step's code once a later one was used.
    expect(await new Client().login(u, undefined, AT, { code: codeAt(secret) })).toMatchObject({ ok: false, error: "TwoFactorWrong" });

    const login = await one<{ details: { twoFactor?: boolean } }>(
      "SELECT details FROM audit_log WHERE action = 'auth.login' AND entity_id = (SELECT id::text FROM app_user WHERE username = $1) ORDER BY id DESC LIMIT 1",
      [u],
    );
    expect(login.details.twoFactor).toBe(true);
  });

  it("accepts each recovery code once", async () => {
    const u = await tempUser();
    const { recoveryCodes } = await enrol(await signedIn(u));
    const c = new Client();
    expect((await c.login(u, undefined, AT, { code: recoveryCodes[3].toUpperCase() })).ok).toBe(true);
    expect(await new Client().login(u, undefined, AT, { code: recoveryCodes[3] })).toMatchObject({ ok: false, error: "TwoFactorWrong" });
    expect((await c.get("/api/v1/me/two-factor")).data.recoveryCodesLeft).toBe(9);
    expect(await actions(u)).toContain("auth.2fa_recovery_used");
  });

  it("throttles wrong codes per account: after five, even the right code is refused for 15 minutes", async () => {
    const u = await tempUser();
    const { secret } = await enrol(await signedIn(u));
    const right = nextCode(secret);
    const wrong = String((Number(right) + 7) % 1_000_000).padStart(6, "0");
    // In parallel, as an attacker would send them: every one is counted.
    const tries = await Promise.all(Array.from({ length: 5 }, () => new Client().login(u, undefined, AT, { code: wrong })));
    expect(tries.every((t) => !t.ok)).toBe(true);
    expect(await new Client().login(u, undefined, AT, { code: right })).toMatchObject({ ok: false, error: "TwoFactorWrong" });
    const throttled = await one<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.2fa_code_failed' AND details->>'throttled' = 'true' AND entity_id = (SELECT id::text FROM app_user WHERE username = $1)",
      [u],
    );
    expect(throttled.n).toBe(1);
    // Once the budget is back (the window has passed), the right code works.
    await sql().query("DELETE FROM rate_limit WHERE key = $1", [`2fa:account:${(await one<{ id: string }>("SELECT id FROM app_user WHERE username = $1", [u])).id}`]);
    await forgetStep(u);
    expect((await new Client().login(u, undefined, AT, { code: right })).ok).toBe(true);
  });

  it("is turned off only with the password and a code, audited; then the password alone signs in", async () => {
    const u = await tempUser();
    const c = await signedIn(u);
    const { secret } = await enrol(c);
    const code = nextCode(secret);
    expect((await c.post("/api/v1/me/two-factor/disable", { password: "Wrong@2026x", code })).status).toBe(400);
    expect((await c.post("/api/v1/me/two-factor/disable", { password: "Demo@2026", code: "000000" === code ? "111111" : "000000" })).status).toBe(400);
    expect((await c.post("/api/v1/me/two-factor/disable", { password: "Demo@2026" })).status).toBe(400);
    expect((await c.post("/api/v1/me/two-factor/disable", { password: "Demo@2026", code })).status).toBe(200);
    expect((await c.get("/api/v1/me/two-factor")).data.enabled).toBe(false);
    expect((await new Client().login(u)).ok).toBe(true);
    expect(await actions(u)).toContain("auth.2fa_disabled");
  });
});

describe("REQUIRE_2FA=1", () => {
  let strict: App;
  const port = Number(process.env.TEST_2FA_PORT ?? Number(process.env.TEST_PORT ?? 3100) + 130);
  beforeAll(async () => {
    strict = await startApp(port, { REQUIRE_2FA: "1" });
  }, 120_000);
  afterAll(stopAll);

  it("holds an administrator without two-factor at the enrolment page until enrolled, and never lets it be turned off", async () => {
    const u = await tempUser("ADMIN");
    const c = await signedIn(u, strict.base);
    const members = await c.get("/api/v1/members?pageSize=1");
    expect(members.status).toBe(403);
    expect(members.data.error.message).toContain("两步验证");
    // A forbidden write is refused the same way (before its body).
    expect((await c.post("/api/v1/organisations", {})).status).toBe(403);
    const page = await c.get("/members");
    expect([307, 308]).toContain(page.status);
    expect(page.headers.get("location")).toContain("/account/security");
    expect((await c.get("/account/security")).status).toBe(200);
    expect((await c.get("/api/v1/me/two-factor")).data).toMatchObject({ enabled: false, required: true });

    // The server without the setting lets the same session through: the setting is what holds it.
    expect((await c.fork(new Client().baseUrl).get("/api/v1/members?pageSize=1")).status).toBe(200);

    const { secret } = await enrol(c);
    expect((await c.get("/api/v1/members?pageSize=1")).status).toBe(200);
    expect((await c.get("/members")).status).toBe(200);
    expect((await c.post("/api/v1/me/two-factor/disable", { password: "Demo@2026", code: nextCode(secret) })).status).toBe(403);
    // Signing in again needs the code.
    expect(await new Client(u, strict.base).login(u, undefined, AT)).toMatchObject({ ok: false, error: "TwoFactorRequired" });
  });

  it("leaves staff free to choose", async () => {
    const c = await signedIn(await tempUser("STAFF"), strict.base);
    expect((await c.get("/api/v1/members?pageSize=1")).status).toBe(200);
    expect((await c.get("/api/v1/me/two-factor")).data).toMatchObject({ enabled: false, required: false });
  });
});
