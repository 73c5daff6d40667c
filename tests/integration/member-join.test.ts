// 网上入会 from the public API to a member who signs in; declined; repeated
// attempts limited with one answer; the same answer for a member and a
// non-member; another county's staff get 404 for every application id.
// Also the other membership statuses: 保留会籍 and the lapsed-member review,
// and the direct in-subtree transfer held by a pending 会籍接转 or a grant.
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";
import { one, orgIdByName, unionBelow } from "../helpers/db";
import { memberInput, newIdNumber, newPhone } from "../helpers/fixtures";

let anon: Client;
let shanggang: Client;
let jianhu: Client;
let xuyi: Client;
let leader: Client;
let town: number;
let union: number;
let otherUnion: number;
let xuyiUnion: number;

let addr = 0;
/** Each application from an address of its own, unless a test is about the address. */
const from = () => ({ "x-forwarded-for": `203.0.113.${++addr}` });

const JOIN_REFUSED = "暂时无法受理该申请。如已提交过申请，请凭申请编号查询办理进度；如需帮助，请联系当地工会。";

function application(extra: Record<string, unknown> = {}) {
  return { name: "陈小骑", idNumber: newIdNumber(), phone: newPhone(), employer: "美团外卖骑手", townId: town, groups: ["FOOD_DELIVERY"], consent: true, ...extra };
}

async function apply(body: Record<string, unknown>, headers = from()) {
  return anon.post("/api/v1/join/applications", body, headers);
}

async function appId(number: string) {
  return (await one<{ id: string }>("SELECT id FROM member_application WHERE number = $1", [number])).id;
}

beforeAll(async () => {
  anon = new Client();
  shanggang = await as("shanggang.staff");
  jianhu = await as("jianhu.staff");
  xuyi = await as("xuyi.staff");
  leader = await as("jianhu.leader");
  town = await orgIdByName("上冈镇总工会");
  union = await unionBelow("上冈镇总工会");
  otherUnion = await unionBelow("上冈镇总工会", 1);
  xuyiUnion = await unionBelow("盱眙县总工会");
});

describe("网上入会", () => {
  it("is accepted end to end: queued at the town, accepted into a union, the member activates and signs in", async () => {
    const input = application();
    const r = await apply(input);
    expect(r.status).toBe(201);
    expect(r.data.number).toMatch(/^RH\d{10}$/);
    const tail = input.idNumber.slice(-6);
    expect((await anon.post("/api/v1/join/status", { number: r.data.number, idTail: tail }, from())).data.status).toBe("PENDING");
    // A wrong tail finds nothing.
    const wrong = tail === "000000" ? "000001" : "000000";
    expect((await anon.post("/api/v1/join/status", { number: r.data.number, idTail: wrong }, from())).status).toBe(404);

    const id = await appId(r.data.number);
    const row = await one<{ org_id: number; id_masked: string; id_cipher: Buffer }>("SELECT org_id, id_masked, id_cipher FROM member_application WHERE id = $1", [id]);
    expect(row.org_id).toBe(town);
    expect(row.id_cipher.toString("latin1")).not.toContain(input.idNumber);
    const queue = await shanggang.get("/api/v1/member-applications?status=PENDING&pageSize=100");
    expect(queue.status).toBe(200);
    expect(queue.data.data.map((a: { id: string }) => a.id)).toContain(id);
    expect(JSON.stringify(queue.data)).not.toContain(input.idNumber);

    // A leader reads but may not decide.
    expect((await leader.get(`/api/v1/member-applications/${id}`)).status).toBe(200);
    expect((await leader.post(`/api/v1/member-applications/${id}/accept`, { orgId: union })).status).toBe(403);

    const accepted = await shanggang.post(`/api/v1/member-applications/${id}/accept`, { orgId: union });
    expect(accepted.status).toBe(200);
    expect(accepted.data).toMatchObject({ status: "ACCEPTED", canDecide: false });
    expect(accepted.data.activation.code).toMatch(/^\d{8}$/);
    const member = await one<{ org_id: number; status: string; name: string }>("SELECT org_id, status::text, name FROM member WHERE id = $1", [accepted.data.memberId]);
    expect(member).toEqual({ org_id: union, status: "ACTIVE", name: input.name });
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'member.application.accept'", [id]);
    expect(audit.n).toBe(1);
    // Decided once.
    expect((await shanggang.post(`/api/v1/member-applications/${id}/accept`, { orgId: union })).status).toBe(409);

    const status = await anon.post("/api/v1/join/status", { number: r.data.number, idTail: tail }, from());
    expect(status.data.status).toBe("ACCEPTED");
    expect(status.data.unionName).toBeTruthy();

    const password = "Qishou#2026rider";
    const act = await anon.post("/api/v1/activate", { phone: input.phone, code: accepted.data.activation.code, password, confirm: password }, from());
    expect(act.status).toBe(200);
    const rider = new Client();
    expect((await rider.login(input.phone, password)).ok).toBe(true);
    expect((await rider.get("/api/v1/me")).status).toBe(200);
  });

  it("is declined with a reason the applicant sees", async () => {
    const input = application({ orgId: union });
    const r = await apply(input);
    expect(r.status).toBe(201);
    const id = await appId(r.data.number);
    expect((await one<{ org_id: number }>("SELECT org_id FROM member_application WHERE id = $1", [id])).org_id).toBe(union);
    expect((await shanggang.post(`/api/v1/member-applications/${id}/decline`, { reason: "" })).status).toBe(400);
    const d = await shanggang.post(`/api/v1/member-applications/${id}/decline`, { reason: "申请人不在本镇工作" });
    expect(d.status).toBe(200);
    expect(d.data.status).toBe("DECLINED");
    const s = await anon.post("/api/v1/join/status", { number: r.data.number, idTail: input.idNumber.slice(-6) }, from());
    expect(s.data).toMatchObject({ status: "DECLINED", declineReason: "申请人不在本镇工作", unionName: null });
    expect((await shanggang.post(`/api/v1/member-applications/${id}/accept`, { orgId: union })).status).toBe(409);
  });

  it("takes a former member back on their old record: one person, one registry row", async () => {
    const idNumber = newIdNumber();
    const created = await jianhu.post("/api/v1/members", memberInput(union, { name: "周返岗", idNumber }));
    expect(created.status).toBe(201);
    const memberId = created.data.id;
    expect((await jianhu.post(`/api/v1/members/${memberId}/leave`, { leftOn: "2025-06-30", reason: "辞职" })).status).toBe(200);

    const input = application({ name: "周返岗", idNumber });
    const r = await apply(input);
    expect(r.status).toBe(201);
    // Not a member now, so the application reaches the queue (not EXISTING).
    expect((await anon.post("/api/v1/join/status", { number: r.data.number, idTail: idNumber.slice(-6) }, from())).data.status).toBe("PENDING");
    const id = await appId(r.data.number);
    const accepted = await shanggang.post(`/api/v1/member-applications/${id}/accept`, { orgId: otherUnion });
    expect(accepted.status).toBe(200);
    expect(accepted.data.memberId).toBe(memberId);
    const row = await one<{ n: number; org_id: number; status: string; phone: string; left_on: string | null; rejoined_today: boolean }>(
      `SELECT (SELECT count(*)::int FROM member m2 WHERE m2.id_hash = m.id_hash) AS n, org_id, status::text, phone, left_on::text,
              joined_on = (now() AT TIME ZONE 'Asia/Shanghai')::date AS rejoined_today
         FROM member m WHERE id = $1`,
      [memberId],
    );
    expect(row).toEqual({ n: 1, org_id: otherUnion, status: "ACTIVE", phone: input.phone, left_on: null, rejoined_today: true });
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'member.rejoin'", [memberId]);
    expect(audit.n).toBe(1);
    expect(accepted.data.activation.code).toMatch(/^\d{8}$/);
  });

  it("takes a former member back when staff register them by hand, in another county too; a member anywhere is refused", async () => {
    const idNumber = newIdNumber();
    const created = await jianhu.post("/api/v1/members", memberInput(union, { name: "吴再来", idNumber }));
    expect(created.status).toBe(201);
    const memberId = created.data.id;
    const active = await xuyi.post("/api/v1/members", memberInput(xuyiUnion, { name: "吴再来", idNumber }));
    expect(active.status).toBe(409);
    expect(active.data.error.fields.idNumber).toBe("该身份证号已登记为会员（一人只能在一个工会登记）");

    expect((await jianhu.post(`/api/v1/members/${memberId}/leave`, { leftOn: "2025-06-30", reason: "辞职" })).status).toBe(200);
    const early = await xuyi.post("/api/v1/members", memberInput(xuyiUnion, { name: "吴再来", idNumber, joinedOn: "2025-06-01" }));
    expect(early.status).toBe(400);
    expect(early.data.error.fields.joinedOn).toBe("入会日期不能早于其上次退会日期");
    const input = memberInput(xuyiUnion, { name: "吴再来", idNumber, joinedOn: "2026-01-05" });
    const again = await xuyi.post("/api/v1/members", input);
    expect(again.status).toBe(201);
    expect(again.data).toMatchObject({ id: memberId, orgId: xuyiUnion, status: "ACTIVE", joinedOn: "2026-01-05", phone: input.phone });
    expect((await jianhu.get(`/api/v1/members/${memberId}`)).status).toBe(404);
    const row = await one<{ n: number; left_on: string | null }>(
      "SELECT (SELECT count(*)::int FROM member m2 WHERE m2.id_hash = m.id_hash) AS n, left_on::text FROM member m WHERE id = $1",
      [memberId],
    );
    expect(row).toEqual({ n: 1, left_on: null });
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'member.rejoin'", [memberId]);
    expect(audit.n).toBe(1);
  });

  it("shows on the county's dashboard how long decisions took: the median per town and in all", async () => {
    // Three applications decided after 2, 10 and 30 hours, dated into March 2024 where no other application lies.
    const ids: string[] = [];
    for (const decide of ["accept", "accept", "decline"] as const) {
      const r = await apply(application());
      expect(r.status).toBe(201);
      const id = await appId(r.data.number);
      const d = await shanggang.post(`/api/v1/member-applications/${id}/${decide}`, decide === "accept" ? { orgId: union } : { reason: "不在本镇工作" });
      expect(d.status).toBe(200);
      ids.push(id);
    }
    for (const [i, h] of [2, 10, 30].entries()) {
      await one("UPDATE member_application SET submitted_at = TIMESTAMPTZ '2024-03-05 09:00+08', decided_at = TIMESTAMPTZ '2024-03-05 09:00+08' + make_interval(hours => $2) WHERE id = $1 RETURNING id", [ids[i], h]);
    }
    const jianhuId = await orgIdByName("建湖县总工会");
    const page = await jianhu.get(`/dashboard?orgId=${jianhuId}&period=custom&from=2024-03-01&to=2024-03-31`);
    expect(page.status).toBe(200);
    const html = String(page.data);
    expect(html).toContain("网上入会办理");
    expect(html).toMatch(/合计（全辖）<\/span><\/th><td[^>]*>3<\/td><td[^>]*>2<\/td><td[^>]*>10 小时<\/td>/);
    expect(html).toMatch(/上冈镇总工会<\/a><\/th><td[^>]*>3<\/td><td[^>]*>2<\/td><td[^>]*>10 小时<\/td>/);
    // Outside the window: nothing decided.
    const before = String((await jianhu.get(`/dashboard?orgId=${jianhuId}&period=custom&from=2024-01-01&to=2024-01-31`)).data);
    expect(before).toContain("本期没有办结的网上入会申请");
  });

  it("answers a member and a non-member alike; only the status, with the number, says 'already a member', never where", async () => {
    const idNumber = newIdNumber();
    expect((await jianhu.post("/api/v1/members", memberInput(union, { idNumber }))).status).toBe(201);
    const asMember = await apply(application({ idNumber }));
    const asNobody = await apply(application());
    expect(asMember.status).toBe(201);
    expect(asNobody.status).toBe(201);
    expect(Object.keys(asMember.data).sort()).toEqual(Object.keys(asNobody.data).sort());
    expect(asMember.data.message).toBe(asNobody.data.message);
    // The member's application reaches no queue.
    const id = await appId(asMember.data.number);
    expect((await shanggang.get(`/api/v1/member-applications/${id}`)).status).toBe(404);
    const status = await anon.post("/api/v1/join/status", { number: asMember.data.number, idTail: idNumber.slice(-6) }, from());
    expect(status.data.status).toBe("EXISTING");
    expect(status.data.message).toContain("转会");
    const unionName = (await one<{ name: string }>("SELECT name FROM organisation WHERE id = $1", [union])).name;
    expect(JSON.stringify(status.data)).not.toContain(unionName);
    expect(JSON.stringify(status.data)).not.toMatch(/上冈|建湖/);
  });

  it("limits repeated attempts per phone, per ID number and per address, with one answer for every refusal", async () => {
    const phone = newPhone();
    for (let i = 0; i < 3; i++) expect((await apply(application({ phone }))).status).toBe(201);
    const byPhone = await apply(application({ phone }));
    expect(byPhone.status).toBe(429);
    expect(byPhone.data.error.message).toBe(JOIN_REFUSED);

    // An open application for the same ID number: the same answer.
    const idNumber = newIdNumber();
    expect((await apply(application({ idNumber }))).status).toBe(201);
    const again = await apply(application({ idNumber }));
    expect(again.status).toBe(429);
    expect(again.data.error.message).toBe(JOIN_REFUSED);

    const address = { "x-forwarded-for": "198.51.100.77" };
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await apply(application(), address)).status);
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("rejects bad input with field messages, and a union outside the chosen town", async () => {
    const badId = await apply(application({ idNumber: "320925199001011234" }));
    expect(badId.status).toBe(400);
    expect(badId.data.error.fields.idNumber).toBeTruthy();
    const noConsent = await apply(application({ consent: false }));
    expect(noConsent.status).toBe(400);
    expect(noConsent.data.error.fields.consent).toBeTruthy();
    const elsewhere = await apply(application({ orgId: xuyiUnion }));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.data.error.fields.orgId).toBeTruthy();
    expect((await apply({ ...application(), extra: 1 })).status).toBe(400);
  });

  it("searches unions publicly by name, giving ids and names only", async () => {
    const name = (await one<{ name: string }>("SELECT name FROM organisation WHERE id = $1", [union])).name;
    const r = await anon.get(`/api/v1/join/unions?q=${encodeURIComponent(name.slice(0, 4))}&townId=${town}`);
    expect(r.status).toBe(200);
    expect(r.data.data.length).toBeGreaterThan(0);
    for (const o of r.data.data) expect(Object.keys(o).sort()).toEqual(["id", "name"]);
  });

  it("is 404 for another county's staff, for every id, and out of their queue", async () => {
    const r = await apply(application());
    const id = await appId(r.data.number);
    expect((await xuyi.get(`/api/v1/member-applications/${id}`)).status).toBe(404);
    expect((await xuyi.post(`/api/v1/member-applications/${id}/accept`, { orgId: xuyiUnion })).status).toBe(404);
    expect((await xuyi.post(`/api/v1/member-applications/${id}/decline`, { reason: "不是本县的申请" })).status).toBe(404);
    const list = await xuyi.get("/api/v1/member-applications?pageSize=100");
    expect(list.data.data.map((a: { id: string }) => a.id)).not.toContain(id);
    // Accepting into a union outside the caller's subtree is refused, nothing created.
    const bad = await shanggang.post(`/api/v1/member-applications/${id}/accept`, { orgId: xuyiUnion });
    expect(bad.status).toBe(403);
    expect((await one<{ status: string }>("SELECT status::text FROM member_application WHERE id = $1", [id])).status).toBe("PENDING");
  });
});

describe("保留会籍 and the lapsed-member review", () => {
  it("keeps a retiree's membership apart from 在会 members", async () => {
    const m = await jianhu.post("/api/v1/members", memberInput(union, { joinedOn: "2001-05-01" }));
    expect((await jianhu.post(`/api/v1/members/${m.data.id}/retain`, { retainedOn: "2000-01-01" })).status).toBe(400);
    const r = await jianhu.post(`/api/v1/members/${m.data.id}/retain`, { retainedOn: "2025-06-30" });
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ status: "RETAINED", retainedOn: "2025-06-30" });
    expect((await jianhu.post(`/api/v1/members/${m.data.id}/retain`, { retainedOn: "2025-06-30" })).status).toBe(400);
    expect((await xuyi.post(`/api/v1/members/${m.data.id}/retain`, { retainedOn: "2025-06-30" })).status).toBe(404);
    const listed = await jianhu.get(`/api/v1/members?orgId=${union}&status=RETAINED&pageSize=100`);
    expect(listed.data.data.map((x: { id: string }) => x.id)).toContain(m.data.id);
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'member.retain'", [m.data.id]);
    expect(audit.n).toBe(1);
    // A retiree keeps membership, and with it the member pages.
    expect((await jianhu.post(`/api/v1/members/${m.data.id}/activation-code`, {})).status).toBe(201);
  });

  it("lists members with no activity for six months until staff keep them or confirm they left", async () => {
    const total = async () => (await shanggang.get(`/api/v1/members/lapsed?orgId=${otherUnion}`)).data.total as number;
    const before = await total();
    const old = await shanggang.post("/api/v1/members", memberInput(otherUnion, { joinedOn: "2019-03-01" }));
    const recent = await shanggang.post("/api/v1/members", memberInput(otherUnion, { joinedOn: new Date().toISOString().slice(0, 10) }));
    expect(old.status).toBe(201);
    expect(recent.status).toBe(201);
    expect(await total()).toBe(before + 1);
    expect((await xuyi.post(`/api/v1/members/${old.data.id}/lapsed-review`, { decision: "KEEP" })).status).toBe(404);
    expect((await leader.post(`/api/v1/members/${old.data.id}/lapsed-review`, { decision: "KEEP" })).status).toBe(403);
    expect((await shanggang.post(`/api/v1/members/${old.data.id}/lapsed-review`, { decision: "KEEP" })).status).toBe(200);
    expect(await total()).toBe(before);
    const kept = await one<{ status: string; reviewed_on: string | null }>("SELECT status::text, reviewed_on::text FROM member WHERE id = $1", [old.data.id]);
    expect(kept.status).toBe("ACTIVE");
    expect(kept.reviewed_on).not.toBeNull();

    const gone = await shanggang.post("/api/v1/members", memberInput(otherUnion, { joinedOn: "2018-01-10" }));
    expect(await total()).toBe(before + 1);
    const left = await shanggang.post(`/api/v1/members/${gone.data.id}/lapsed-review`, { decision: "LEAVE" });
    expect(left.status).toBe(200);
    expect(left.data.status).toBe("LEFT");
    expect(left.data.leftReason).toContain("六个月");
    expect(await total()).toBe(before);
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity_id IN ($1, $2) AND action = 'member.lapsed_review'", [old.data.id, gone.data.id]);
    expect(audit.n).toBe(2);
  });
});

describe("转会 within a subtree", () => {
  it("waits for a pending 会籍接转 to be cancelled", async () => {
    const m = await jianhu.post("/api/v1/members", memberInput(union, { name: "直接转会" }));
    const req = await jianhu.post("/api/v1/member-transfers", { memberId: m.data.id, toOrgId: xuyiUnion, reason: "工作调动" });
    expect(req.status).toBe(201);
    const move = () => jianhu.post(`/api/v1/members/${m.data.id}/transfer`, { toOrgId: otherUnion, transferredOn: "2026-10-01" });
    const blocked = await move();
    expect(blocked.status).toBe(409);
    expect(blocked.data.error.message).toContain("待接收的跨县转会申请");
    expect((await jianhu.post(`/api/v1/member-transfers/${req.data.id}/cancel`, {})).status).toBe(200);
    expect((await move()).status).toBe(200);
  });

  it("refuses a 转会 or 退会 date after today, with the form's own message", async () => {
    const m = await jianhu.post("/api/v1/members", memberInput(union, { name: "未来退会" }));
    expect(m.status).toBe(201);
    const left = await jianhu.post(`/api/v1/members/${m.data.id}/leave`, { leftOn: "2099-01-01", reason: "本人申请" });
    expect(left.status).toBe(400);
    expect(left.data.error.fields.leftOn).toBe("退会日期不能晚于今天");
    const moved = await jianhu.post(`/api/v1/members/${m.data.id}/transfer`, { toOrgId: otherUnion, transferredOn: "2099-01-01" });
    expect(moved.status).toBe(400);
    expect(moved.data.error.fields.transferredOn).toBe("转会日期不能晚于今天");
    expect((await one<{ status: string }>("SELECT status::text FROM member WHERE id = $1", [m.data.id])).status).toBe("ACTIVE");
  });

  it("is refused while a grant is in progress", async () => {
    const m = await one<{ id: string; org_id: number }>(
      `SELECT m.id, m.org_id FROM member m JOIN "grant" g ON g.member_id = m.id JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '建湖县总工会')] AND m.status = 'ACTIVE'
         AND g.status IN ('SUBMITTED','REVIEWED','APPROVED','NOTICE') ORDER BY m.id LIMIT 1`,
    );
    const to = m.org_id === union ? otherUnion : union;
    const r = await jianhu.post(`/api/v1/members/${m.id}/transfer`, { toOrgId: to, transferredOn: "2026-10-01" });
    expect(r.status).toBe(409);
    expect(r.data.error.message).toBe("该会员有正在办理的帮扶救助申请，须办结或撤回后才能转会");
    expect((await one<{ org_id: number }>("SELECT org_id FROM member WHERE id = $1", [m.id])).org_id).toBe(m.org_id);
  });
});
