// Member self-service: first sign-in with a one-time code, own phone
// correction, correction requests confirmed by staff, benefits, and the rule
// that a member never reaches anyone else's data.
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";
import { memberBelow, one, sql, unionBelow } from "../helpers/db";
import { memberInput, newIdNumber, newPhone } from "../helpers/fixtures";

let staff: Client;
let unionId: number;

/** A fresh member of a 上冈镇 union with a signed-in member account. */
async function activatedMember() {
  const input = memberInput(unionId, { name: "自助测试" });
  const m = (await staff.post("/api/v1/members", input)).data;
  const issued = await staff.post(`/api/v1/members/${m.id}/activation-code`, {});
  expect(issued.status).toBe(201);
  const password = "Member2026x";
  const act = await new Client().post("/api/v1/activate", { phone: input.phone, code: issued.data.code, password, confirm: password });
  expect(act.status).toBe(200);
  const cl = new Client(input.phone);
  expect((await cl.login(input.phone, password)).ok).toBe(true);
  return { member: m, input, cl, password };
}

beforeAll(async () => {
  staff = await as("shanggang.staff");
  unionId = await unionBelow("上冈镇总工会");
});

describe("first sign-in with a one-time code", () => {
  it("lets the member set a password and sign in with their phone number", async () => {
    const { member, cl } = await activatedMember();
    const me = await cl.get("/api/v1/me");
    expect(me.data).toMatchObject({ role: "MEMBER", memberId: member.id });
    const codes = await sql().query("SELECT code_hash, used_at FROM activation_code WHERE member_id = $1", [member.id]);
    expect(codes.rows).toHaveLength(1);
    expect(codes.rows[0].used_at).not.toBeNull();
  });

  it("refuses wrong, reused and exhausted codes with one message", async () => {
    const input = memberInput(unionId);
    const m = (await staff.post("/api/v1/members", input)).data;
    const { code } = (await staff.post(`/api/v1/members/${m.id}/activation-code`, {})).data;
    const wrong = code === "00000000" ? "00000001" : "00000000";
    const attempt = (c: string) => new Client().post("/api/v1/activate", { phone: input.phone, code: c, password: "Lotus#Pond58", confirm: "Lotus#Pond58" });
    const bad = await attempt(wrong);
    expect(bad.status).toBe(400);
    const unknownPhone = await new Client().post("/api/v1/activate", { phone: newPhone(), code, password: "Lotus#Pond58", confirm: "Lotus#Pond58" });
    expect(unknownPhone.data.error.message).toBe(bad.data.error.message);
    for (let i = 0; i < 4; i++) await attempt(wrong);
    expect((await attempt(code)).status).toBe(400); // five failures spent the code
    const fresh = (await staff.post(`/api/v1/members/${m.id}/activation-code`, {})).data.code;
    expect((await attempt(fresh)).status).toBe(200);
    expect((await attempt(fresh)).status).toBe(400); // single use
  });

  it("counts parallel guesses before comparing them: no more than five are ever compared", async () => {
    const input = memberInput(unionId);
    const m = (await staff.post("/api/v1/members", input)).data;
    const { code } = (await staff.post(`/api/v1/members/${m.id}/activation-code`, {})).data;
    const wrong = code === "00000000" ? "00000001" : "00000000";
    const from = { "x-forwarded-for": "198.51.100.200" };
    const body = { phone: input.phone, code: wrong, password: "Lotus#Pond58", confirm: "Lotus#Pond58" };
    const results = await Promise.all(Array.from({ length: 12 }, () => new Client().post("/api/v1/activate", body, from)));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(400));
    const row = await one<{ attempts: number }>("SELECT attempts FROM activation_code WHERE member_id = $1 AND used_at IS NULL", [m.id]);
    expect(row.attempts).toBe(5);
    expect((await new Client().post("/api/v1/activate", { ...body, code }, from)).status).toBe(400);
  });

  it("refuses an address after 20 failed activations in an hour", async () => {
    const from = { "x-forwarded-for": "198.51.100.201" };
    const body = { phone: newPhone(), code: "00000000", password: "Lotus#Pond58", confirm: "Lotus#Pond58" };
    for (let i = 0; i < 20; i++) expect((await new Client().post("/api/v1/activate", body, from)).status).toBe(400);
    const refused = await new Client().post("/api/v1/activate", body, from);
    expect(refused.status).toBe(429);
    expect(refused.data.error.code).toBe("RATE_LIMITED");
  });

  it("is issued only by staff in scope", async () => {
    const m = await memberBelow("上冈镇总工会");
    expect((await (await as("jianhu.leader")).post(`/api/v1/members/${m.id}/activation-code`, {})).status).toBe(403);
    expect((await (await as("xuyi.staff")).post(`/api/v1/members/${m.id}/activation-code`, {})).status).toBe(404);
    expect((await (await as("13800000001")).post(`/api/v1/members/${m.id}/activation-code`, {})).status).toBe(403);
  });

  it("validates the new password", async () => {
    const r = await new Client().post("/api/v1/activate", { phone: "13800000001", code: "12345678", password: "short", confirm: "other" });
    expect(r.status).toBe(400);
    expect(r.data.error.fields).toMatchObject({ password: "密码至少10位" });
  });
});

describe("a member's own data", () => {
  it("lets the member correct their phone number, which becomes their sign-in name", async () => {
    const { member, cl, password } = await activatedMember();
    const phone = newPhone();
    const r = await cl.request("PUT", "/api/v1/me/phone", { json: { phone } });
    expect(r.status).toBe(200);
    expect((await staff.get(`/api/v1/members/${member.id}`)).data.phone).toBe(phone);
    expect((await new Client().login(phone, password)).ok).toBe(true);
    const taken = await cl.request("PUT", "/api/v1/me/phone", { json: { phone: "13800000001" } });
    expect(taken.status).toBe(409);
  });

  it("turns other corrections into a request that staff confirm", async () => {
    const { member, cl } = await activatedMember();
    const idNumber = newIdNumber();
    const req = await cl.post("/api/v1/me/change-requests", { name: "自助更正", idNumber, note: "登记时写错" });
    expect(req.status).toBe(201);
    expect((await cl.post("/api/v1/me/change-requests", { name: "再次申请" })).status).toBe(400); // one pending at a time
    const listed = await staff.get("/api/v1/change-requests");
    const mine = listed.data.data.find((x: { memberId: string }) => x.memberId === member.id);
    expect(mine.requested).toMatchObject({ name: "自助更正", idMasked: `${idNumber.slice(0, 6)}***********${idNumber.slice(-1)}` });
    expect(JSON.stringify(listed.data)).not.toContain(idNumber);
    expect((await (await as("xuyi.staff")).get("/api/v1/change-requests")).data.data.some((x: { id: string }) => x.id === mine.id)).toBe(false);
    expect((await (await as("xuyi.staff")).post(`/api/v1/change-requests/${mine.id}/decision`, { approve: true })).status).toBe(404);
    expect((await staff.post(`/api/v1/change-requests/${mine.id}/decision`, { approve: false })).status).toBe(400); // reason needed
    const ok = await staff.post(`/api/v1/change-requests/${mine.id}/decision`, { approve: true });
    expect(ok.status).toBe(200);
    const after = (await staff.get(`/api/v1/members/${member.id}`)).data;
    expect(after.name).toBe("自助更正");
    expect(after.idMasked.slice(-1)).toBe(idNumber.slice(-1));
    expect((await cl.get("/api/v1/me/change-requests")).data.data[0].status).toBe("APPROVED");
  });

  it("shows the member's benefits", async () => {
    const cl = await as("13800000001");
    const r = await cl.get("/api/v1/me/benefits");
    expect(r.status).toBe(200);
    expect(Array.isArray(r.data.items)).toBe(true);
    expect(r.data.years.length).toBeGreaterThan(0);
    for (const y of r.data.years) expect(y.amount).toMatch(/^\d+\.\d{2}$/);
  });
});

describe("a member never reaches another member's data", () => {
  it("is refused on every member-facing route when an id is swapped, and the attempt is logged", async () => {
    const { cl, member } = await activatedMember();
    const other = await one<{ id: string; org_id: number }>(
      `SELECT m.id, m.org_id FROM member m JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '上冈镇总工会')] AND m.org_id <> $1
       ORDER BY m.id LIMIT 1`,
      [unionId],
    );
    const before = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'security.member_probe' AND actor_name = $1", [cl.name]);
    const attempts = [
      cl.get(`/api/v1/members/${other.id}`),
      cl.post(`/api/v1/members/${other.id}/id-number`),
      cl.patch(`/api/v1/members/${other.id}`, { phone: newPhone() }),
      cl.post(`/api/v1/members/${other.id}/transfer`, { toOrgId: unionId, transferredOn: "2026-01-01" }),
      cl.post(`/api/v1/members/${other.id}/leave`, { leftOn: "2026-01-01", reason: "测试" }),
      cl.post(`/api/v1/members/${other.id}/activation-code`, {}),
      cl.get(`/api/v1/members?orgId=${other.org_id}`),
      cl.get(`/api/v1/organisations/${other.org_id}`),
      cl.get(`/api/v1/members/export`),
      cl.get(`/api/v1/change-requests`),
    ];
    for (const r of await Promise.all(attempts)) expect([403, 404]).toContain(r.status);
    const listed = await cl.get("/api/v1/members?pageSize=100");
    expect(listed.data.data.map((m: { id: string }) => m.id)).toEqual([member.id]);
    const after = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'security.member_probe' AND actor_name = $1", [cl.name]);
    expect(after.n).toBeGreaterThan(before.n);
  });
});
