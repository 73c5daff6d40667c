// 会籍接转 between counties: 建湖 starts, 盱眙 accepts, only then the member
// moves; scope of both sides before and after; 建湖's past records stay with
// 建湖; a grant in progress blocks; a pending request lapses after 30 days
// (moved back in the database, never by the real date); a third county gets
// 404 for every id; the member starts and cancels their own.
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { one, orgIdByName, sql, unionBelow } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";

const API = "/api/v1/member-transfers";

let jianhu: Client;
let xuyi: Client;
let third: Client;
let xuyiUnion: { id: number; name: string };
let shanggangUnion: number;

async function register(client: Client, orgId: number, name: string): Promise<string> {
  const r = await client.post("/api/v1/members", memberInput(orgId, { name }));
  expect(r.status).toBe(201);
  return r.data.id;
}

async function start(client: Client, memberId: string, toOrgId = xuyiUnion.id) {
  return client.post(API, { memberId, toOrgId, reason: "工作调动" });
}

beforeAll(async () => {
  jianhu = await as("jianhu.staff");
  xuyi = await as("xuyi.staff");
  shanggangUnion = await unionBelow("上冈镇总工会");
  const id = await unionBelow("盱眙县总工会");
  xuyiUnion = { id, name: (await one<{ name: string }>("SELECT name FROM organisation WHERE id = $1", [id])).name };
  // A third county's staff: an account like xuyi.staff's, at a county that is neither.
  const county = await one<{ id: number }>(
    `SELECT id FROM organisation WHERE level = 'COUNTY' AND name NOT IN ('建湖县总工会', '盱眙县总工会') ORDER BY id LIMIT 1`,
  );
  const username = `third.staff.${Date.now()}`;
  await sql().query(
    `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at)
     SELECT $1, '第三县干部', password_hash, 'STAFF', $2, now() FROM app_user WHERE username = 'xuyi.staff'`,
    [username, county.id],
  );
  third = await as(username);
});

describe("会籍接转 建湖 → 盱眙", () => {
  it("moves the member only when 盱眙 accepts; 建湖 keeps its past records but no longer sees the member", async () => {
    const memberId = await register(jianhu, shanggangUnion, "接转会员");
    // A past record of 建湖's: an enrolment in its training.
    const t = await jianhu.post("/api/v1/trainings", {
      orgId: await orgIdByName("建湖县总工会"),
      title: `接转测试培训-${Date.now()}`,
      type: "EMPLOYMENT_SKILLS",
      organiser: "建湖县总工会",
      startsOn: "2026-06-01",
      endsOn: "2026-06-05",
      hours: 16,
      mode: "ONSITE",
      place: "建湖县职工服务中心",
    });
    expect(t.status).toBe(201);
    expect((await jianhu.post(`/api/v1/trainings/${t.data.id}/enrolments`, { memberId, outcome: "COMPLETED" })).status).toBe(201);

    // The receiving union is found by name across the province: id and name only.
    const found = await jianhu.get(`${API}/unions?q=${encodeURIComponent(xuyiUnion.name)}`);
    expect(found.status).toBe(200);
    expect(found.data.data).toContainEqual({ id: xuyiUnion.id, name: xuyiUnion.name });
    expect(Object.keys(found.data.data[0]).sort()).toEqual(["id", "name"]);

    const started = await start(jianhu, memberId);
    expect(started.status).toBe(201);
    expect(started.data).toMatchObject({ status: "PENDING", side: "OUT", memberName: "接转会员", toOrgName: xuyiUnion.name, canAccept: false, canCancel: true });
    const reqId = started.data.id;
    // Pending: the member is still 建湖's; 盱眙 sees the request (name, masked ID) but not the member.
    expect((await jianhu.get(`/api/v1/members/${memberId}`)).status).toBe(200);
    expect((await xuyi.get(`/api/v1/members/${memberId}`)).status).toBe(404);
    const incoming = await xuyi.get(`${API}?direction=in&status=PENDING`);
    expect(incoming.data.data.find((r: { id: string }) => r.id === reqId)).toMatchObject({ side: "IN", canAccept: true, canCancel: true });
    // 建湖 cannot accept its own outgoing request; a second request for the same member is refused.
    expect((await jianhu.post(`${API}/${reqId}/accept`)).status).toBe(403);
    expect((await start(jianhu, memberId)).status).toBe(409);

    const accepted = await xuyi.post(`${API}/${reqId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.data.status).toBe("ACCEPTED");

    // After: 盱眙 owns the member; 建湖 gets 404 for the member, keeps its enrolment and its request record.
    const now = await xuyi.get(`/api/v1/members/${memberId}`);
    expect(now.status).toBe(200);
    expect(now.data).toMatchObject({ orgId: xuyiUnion.id, status: "ACTIVE" });
    // The history names 盱眙's own union only; 建湖's side is not named to 盱眙.
    expect(now.data.transfers[0]).toMatchObject({ toOrgName: xuyiUnion.name, fromOrgName: "其他地区工会" });
    expect((await jianhu.get(`/api/v1/members/${memberId}`)).status).toBe(404);
    const enrolments = await jianhu.get(`/api/v1/trainings/${t.data.id}/enrolments`);
    expect(enrolments.data.data.map((e: { memberId: string }) => e.memberId)).toContain(memberId);
    const outgoing = await jianhu.get(`${API}?direction=out&status=ACCEPTED`);
    expect(outgoing.data.data.find((r: { id: string }) => r.id === reqId)).toMatchObject({ status: "ACCEPTED", side: "OUT", canCancel: false });
    expect((await xuyi.post(`${API}/${reqId}/cancel`, {})).status).toBe(409);
  });

  it("moves an open hardship file with the member, still the one open file for the ID number", async () => {
    const m = await one<{ id: string; file_id: string }>(
      `SELECT m.id, f.id AS file_id FROM member m JOIN hardship_file f ON f.member_id = m.id AND f.open_id_hash IS NOT NULL
       JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '建湖县总工会')] AND m.status = 'ACTIVE'
         AND NOT EXISTS (SELECT 1 FROM "grant" g WHERE g.member_id = m.id AND g.status IN ('DRAFT','SUBMITTED','REVIEWED','APPROVED','NOTICE'))
         AND NOT EXISTS (SELECT 1 FROM member_transfer_request r WHERE r.member_id = m.id AND r.status = 'PENDING')
       ORDER BY m.id LIMIT 1`,
    );
    const r = await start(jianhu, m.id);
    expect(r.status).toBe(201);
    expect((await xuyi.get(`/api/v1/hardship-files/${m.file_id}`)).status).toBe(404);
    expect((await xuyi.post(`${API}/${r.data.id}/accept`)).status).toBe(200);
    const file = await one<{ org_id: number; open: boolean }>(`SELECT org_id, open_id_hash IS NOT NULL AS open FROM hardship_file WHERE id = $1`, [m.file_id]);
    expect(file).toEqual({ org_id: xuyiUnion.id, open: true });
    expect((await xuyi.get(`/api/v1/hardship-files/${m.file_id}`)).status).toBe(200);
    expect((await jianhu.get(`/api/v1/hardship-files/${m.file_id}`)).status).toBe(404);
  });

  it("is refused while a grant is in progress, with a message saying so", async () => {
    const m = await one<{ id: string }>(
      `SELECT m.id FROM member m JOIN "grant" g ON g.member_id = m.id JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '建湖县总工会')] AND m.status = 'ACTIVE'
         AND g.status IN ('SUBMITTED','REVIEWED','APPROVED','NOTICE') ORDER BY m.id LIMIT 1`,
    );
    const before = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM member_transfer_request WHERE member_id = $1`, [m.id])).n;
    const r = await start(jianhu, m.id);
    expect(r.status).toBe(409);
    expect(r.data.error.message).toBe("该会员有正在办理的帮扶救助申请，须办结或撤回后才能转会");
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM member_transfer_request WHERE member_id = $1`, [m.id])).n).toBe(before);
  });

  it("lapses 30 days after it was made: shown as expired, cannot be accepted or cancelled, a new one may start", async () => {
    const memberId = await register(jianhu, shanggangUnion, "过期会员");
    const r = await start(jianhu, memberId);
    expect(r.status).toBe(201);
    expect(new Date(r.data.expiresAt).getTime() - new Date(r.data.requestedAt).getTime()).toBe(30 * 86_400_000);
    // Thirty days pass: moved in the database, not waited for.
    await sql().query(`UPDATE member_transfer_request SET requested_at = requested_at - interval '30 days', expires_at = expires_at - interval '30 days' WHERE id = $1`, [r.data.id]);
    expect((await xuyi.get(`${API}/${r.data.id}`)).data).toMatchObject({ status: "EXPIRED", canAccept: false, canCancel: false });
    const expired = await xuyi.get(`${API}?direction=in&status=EXPIRED`);
    expect(expired.data.data.map((x: { id: string }) => x.id)).toContain(r.data.id);
    const accept = await xuyi.post(`${API}/${r.data.id}/accept`);
    expect(accept.status).toBe(409);
    expect(accept.data.error.message).toContain("已失效");
    expect((await jianhu.get(`/api/v1/members/${memberId}`)).data.orgId).toBe(shanggangUnion);
    expect((await start(jianhu, memberId)).status).toBe(201);
  });

  it("may be cancelled by either side while pending", async () => {
    for (const side of [() => jianhu, () => xuyi]) {
      const memberId = await register(jianhu, shanggangUnion, "撤销会员");
      const r = await start(jianhu, memberId);
      const c = await side().post(`${API}/${r.data.id}/cancel`, { reason: "职工暂缓调动" });
      expect(c.status).toBe(200);
      expect(c.data).toMatchObject({ status: "CANCELLED", cancelReason: "职工暂缓调动" });
      expect((await xuyi.post(`${API}/${r.data.id}/accept`)).status).toBe(409);
      expect((await jianhu.get(`/api/v1/members/${memberId}`)).status).toBe(200);
    }
  });

  it("answers 404 to a third county for every id, and 403 to leaders", async () => {
    const memberId = await register(jianhu, shanggangUnion, "第三方会员");
    const r = await start(jianhu, memberId);
    const id = r.data.id;
    expect((await third.get(`${API}/${id}`)).status).toBe(404);
    expect((await third.post(`${API}/${id}/accept`)).status).toBe(404);
    expect((await third.post(`${API}/${id}/cancel`, {})).status).toBe(404);
    expect((await third.post(API, { memberId, toOrgId: xuyiUnion.id })).status).toBe(404);
    expect((await third.get(`${API}?direction=in`)).data.data.map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await third.get(`${API}?direction=out`)).data.data.map((x: { id: string }) => x.id)).not.toContain(id);
    // A town of 建湖 that is not the member's own sees neither side.
    const leader = await as("jianhu.leader");
    expect((await leader.post(`${API}/${id}/cancel`, {})).status).toBe(403);
    expect((await leader.post(API, { memberId, toOrgId: xuyiUnion.id })).status).toBe(403);
    expect((await xuyi.get(`${API}/00000000-0000-0000-0000-000000000000`)).status).toBe(404);
    expect((await xuyi.get(`${API}/not-a-uuid`)).status).toBe(404);
    expect((await third.get(`${API}/${id}`)).status).toBe(404);
  });

  it("lets a member start their own from /me and cancel it; never someone else's", async () => {
    const me = await as("13800000001");
    const self = (await me.get("/api/v1/me")).data;
    const memberId = self.memberId;
    expect(typeof memberId).toBe("string");
    const other = await register(jianhu, shanggangUnion, "别人");
    expect((await me.post(API, { memberId: other, toOrgId: xuyiUnion.id })).status).toBe(404);
    const r = await me.post(API, { memberId, toOrgId: xuyiUnion.id, reason: "到盱眙工作" });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ side: "SELF", byMember: true, canCancel: true, canAccept: false });
    expect((await me.post(`${API}/${r.data.id}/accept`)).status).toBe(403);
    expect((await me.get(API)).data.data.map((x: { id: string }) => x.id)).toContain(r.data.id);
    const c = await me.post(`${API}/${r.data.id}/cancel`, {});
    expect(c.status).toBe(200);
    expect(c.data.status).toBe("CANCELLED");
  });
});
