// Trainings (技能培训): the scope matrix for sessions and enrolments — every role
// × action, in scope and out of it, and ids swapped for another county's
// records — plus the totals rule (参训人次 = enrolled members + non-members).
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../helpers/http";
import { MODULE_USERS, signedIn } from "../helpers/matrix";
import { all, memberBelow, one, orgIdByName, sql, unionBelow } from "../helpers/db";
import { download } from "../helpers/xlsx";

const ROLES = MODULE_USERS;
type Role = (typeof ROLES)[number];
let c: Record<Role, Client>;

let ids: {
  jianhu: number;
  shanggang: number;
  shanggangUnion: number;
  jinhu: number;
  xuyi: number;
  xuyiUnion: number;
  shanggangMember: string;
  jinhuMember: string;
  xuyiMember: string;
  self: string;
};

const session = (orgId: number, extra: Record<string, unknown> = {}) => ({
  orgId,
  title: `测试培训-${Math.random().toString(36).slice(2, 8)}`,
  type: "SAFETY",
  organiser: "测试承办单位",
  startsOn: "2026-05-10",
  endsOn: "2026-05-11",
  hours: 8,
  mode: "ONSITE",
  place: "镇成人文化技术学校",
  extraParticipants: 40,
  ...extra,
});

/** S in 上冈镇 (town), J at county level, X in 盱眙. */
let S: string, J: string, X: string;
let enrolmentS: string;

beforeAll(async () => {
  ids = {
    jianhu: await orgIdByName("建湖县总工会"),
    shanggang: await orgIdByName("上冈镇总工会"),
    shanggangUnion: await unionBelow("上冈镇总工会"),
    jinhu: await orgIdByName("近湖街道总工会"),
    xuyi: await orgIdByName("盱眙县总工会"),
    xuyiUnion: await unionBelow("盱眙县总工会"),
    shanggangMember: (await memberBelow("上冈镇总工会")).id,
    jinhuMember: (await memberBelow("近湖街道总工会")).id,
    xuyiMember: (await memberBelow("盱眙县总工会")).id,
    self: (await one<{ id: string }>("SELECT id FROM member WHERE phone = '13800000001'")).id,
  };
  c = await signedIn(ROLES);
  S = (await c["shanggang.staff"].post("/api/v1/trainings", session(ids.shanggang))).data.id;
  J = (await c["jianhu.staff"].post("/api/v1/trainings", session(ids.jianhu, { type: "EDUCATION_UPGRADE", title: "测试学历提升" }))).data.id;
  X = (await c["xuyi.staff"].post("/api/v1/trainings", session(ids.xuyi))).data.id;
  const e = await c["shanggang.staff"].post(`/api/v1/trainings/${S}/enrolments`, { memberId: ids.shanggangMember, outcome: "COMPLETED", attendedHours: 8 });
  expect(e.status).toBe(201);
  enrolmentS = e.data.id;
});

describe("training sessions", () => {
  it("are created within the caller's subtree only, never by leaders or members", async () => {
    expect(S && J && X).toBeTruthy();
    expect((await c["shanggang.staff"].post("/api/v1/trainings", session(ids.jianhu))).status).toBe(403);
    expect((await c["shanggang.staff"].post("/api/v1/trainings", session(ids.jinhu))).status).toBe(403);
    expect((await c["xuyi.staff"].post("/api/v1/trainings", session(ids.shanggang))).status).toBe(403);
    expect((await c["jianhu.leader"].post("/api/v1/trainings", session(ids.jianhu))).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/trainings", session(ids.shanggang))).status).toBe(403);
    const made = await c["jianhu.admin"].post("/api/v1/trainings", session(ids.shanggangUnion));
    expect(made.status).toBe(201);
    expect(made.data).toMatchObject({ orgId: ids.shanggangUnion, enrolledCount: 0, extraParticipants: 40, participantCount: 40 });
  });

  it("validates input in Chinese: dates in order, a place for on-site sessions, known fields only", async () => {
    const r = await c["jianhu.staff"].post("/api/v1/trainings", session(ids.jianhu, { endsOn: "2026-05-01", place: "", hours: "1.25", role: "x" }));
    expect(r.status).toBe(400);
    expect(r.data.error.code).toBe("VALIDATION");
    const r2 = await c["jianhu.staff"].post("/api/v1/trainings", session(ids.jianhu, { endsOn: "2026-05-01", place: "", hours: "1.25" }));
    expect(r2.data.error.fields).toMatchObject({ endsOn: "结束日期不能早于开始日期", place: "线下培训请填写培训地点", hours: "培训学时应为数字，最多一位小数" });
  });

  it("are read within scope only; another county's id answers 404", async () => {
    const reads: [Role, string, number][] = [
      ["admin", X, 200],
      ["admin", S, 200],
      ["jianhu.admin", S, 200],
      ["jianhu.leader", S, 200],
      ["jianhu.leader", J, 200],
      ["jianhu.staff", S, 200],
      ["shanggang.staff", S, 200],
      ["shanggang.staff", J, 404],
      ["xuyi.staff", X, 200],
      ["xuyi.staff", S, 404],
      ["jianhu.admin", X, 404],
      ["jianhu.leader", X, 404],
      ["jianhu.staff", X, 404],
      ["13800000001", S, 404],
      ["13800000001", X, 404],
    ];
    for (const [u, id, status] of reads) expect((await c[u].get(`/api/v1/trainings/${id}`)).status, `${u} ${id === S ? "S" : id === J ? "J" : "X"}`).toBe(status);
    expect((await c["jianhu.staff"].get("/api/v1/trainings/not-a-uuid")).status).toBe(404);
  });

  it("list only the caller's subtree, with totals that add members and non-members once", async () => {
    const list = async (u: Role, qs = "") => (await c[u].get(`/api/v1/trainings?pageSize=100&from=2026-05-10&to=2026-05-10${qs}`)).data;
    const ids_ = (l: { data: { id: string }[] }) => l.data.map((s) => s.id);
    expect(ids_(await list("shanggang.staff"))).toContain(S);
    expect(ids_(await list("shanggang.staff"))).not.toContain(J);
    expect(ids_(await list("jianhu.leader"))).toEqual(expect.arrayContaining([S, J]));
    expect(ids_(await list("jianhu.leader"))).not.toContain(X);
    expect(ids_(await list("xuyi.staff"))).toEqual(expect.arrayContaining([X]));
    expect(ids_(await list("xuyi.staff"))).not.toContain(S);
    expect(ids_(await list("admin"))).toEqual(expect.arrayContaining([S, J, X]));
    expect((await c["shanggang.staff"].get(`/api/v1/trainings?orgId=${ids.jianhu}`)).status).toBe(404);
    expect((await c["jianhu.staff"].get(`/api/v1/trainings?orgId=${ids.xuyi}`)).status).toBe(404);

    // Totals of the filtered set, compared with the database.
    const l = await list("shanggang.staff", `&orgId=${ids.shanggang}`);
    const db = await one<{ sessions: number; extra: number; enrolled: number }>(
      `SELECT count(DISTINCT s.id)::int AS sessions, COALESCE(sum(s.extra_participants), 0)::int AS extra,
              (SELECT count(*)::int FROM training_enrolment e JOIN training_session s2 ON s2.id = e.session_id JOIN organisation o2 ON o2.id = s2.org_id
                WHERE s2.deleted_at IS NULL AND s2.starts_on = '2026-05-10' AND o2.ancestor_ids @> ARRAY[$1::int]) AS enrolled
       FROM training_session s JOIN organisation o ON o.id = s.org_id
       WHERE s.deleted_at IS NULL AND s.starts_on = '2026-05-10' AND o.ancestor_ids @> ARRAY[$1::int]`,
      [ids.shanggang],
    );
    expect(l.totals).toMatchObject({ sessions: db.sessions, extraParticipants: db.extra, enrolled: db.enrolled, participants: db.extra + db.enrolled });
    const s = l.data.find((x: { id: string }) => x.id === S);
    expect(s).toMatchObject({ enrolledCount: 1, extraParticipants: 40, participantCount: 41 });
  });

  it("are updated within scope only", async () => {
    const patch = { extraParticipants: 55 };
    expect((await c["jianhu.leader"].patch(`/api/v1/trainings/${S}`, patch)).status).toBe(403);
    expect((await c["13800000001"].patch(`/api/v1/trainings/${S}`, patch)).status).toBe(403);
    expect((await c["xuyi.staff"].patch(`/api/v1/trainings/${S}`, patch)).status).toBe(404);
    expect((await c["shanggang.staff"].patch(`/api/v1/trainings/${J}`, patch)).status).toBe(404);
    expect((await c["jianhu.staff"].patch(`/api/v1/trainings/${X}`, patch)).status).toBe(404);
    // Moving a session out of one's subtree is refused.
    expect((await c["shanggang.staff"].patch(`/api/v1/trainings/${S}`, { orgId: ids.jinhu })).status).toBe(403);
    // Nor may the county move it under a town its enrolled members do not belong to.
    const moved = await c["jianhu.staff"].patch(`/api/v1/trainings/${S}`, { orgId: ids.jinhu });
    expect(moved.status).toBe(400);
    expect(moved.data.error.fields.orgId).toBe("已有学员不属于所选组织");
    const ok = await c["jianhu.staff"].patch(`/api/v1/trainings/${S}`, patch);
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({ extraParticipants: 55, participantCount: 56 });
    // The merged record is checked: the end cannot move before the start.
    const bad = await c["shanggang.staff"].patch(`/api/v1/trainings/${S}`, { endsOn: "2026-05-01" });
    expect(bad.status).toBe(400);
    expect(bad.data.error.fields.endsOn).toBe("结束日期不能早于开始日期");
  });

  it("are soft-deleted within scope only, and then gone", async () => {
    const T = (await c["shanggang.staff"].post("/api/v1/trainings", session(ids.shanggang))).data.id;
    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/trainings/${T}`)).status).toBe(403);
    expect((await c["xuyi.staff"].request("DELETE", `/api/v1/trainings/${T}`)).status).toBe(404);
    expect((await c["13800000001"].request("DELETE", `/api/v1/trainings/${T}`)).status).toBe(403);
    const del = await c["shanggang.staff"].request("DELETE", `/api/v1/trainings/${T}`);
    expect(del.status).toBe(200);
    expect((await c["shanggang.staff"].get(`/api/v1/trainings/${T}`)).status).toBe(404);
    expect((await one<{ n: number }>("SELECT count(*)::int AS n FROM training_session WHERE id = $1 AND deleted_at IS NOT NULL", [T])).n).toBe(1);
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'training.delete' AND entity_id = $1", [T]);
    expect(audit.n).toBe(1);
  });
});

describe("enrolments", () => {
  it("enrol only members of the session's organisation subtree, within the caller's scope", async () => {
    const body = (memberId: string) => ({ memberId, outcome: "COMPLETED" });
    // Another county's member: refused on the field, without saying whether it exists.
    const foreign = await c["shanggang.staff"].post(`/api/v1/trainings/${S}/enrolments`, body(ids.xuyiMember));
    expect(foreign.status).toBe(403);
    expect(foreign.data.error.fields.memberId).toBeTruthy();
    // In the county, but not below the (town) session's organisation.
    const outside = await c["jianhu.staff"].post(`/api/v1/trainings/${S}/enrolments`, body(ids.jinhuMember));
    expect(outside.status).toBe(400);
    expect(outside.data.error.fields.memberId).toBe("该会员不在本次培训的组织范围内");
    expect((await c["jianhu.leader"].post(`/api/v1/trainings/${S}/enrolments`, body(ids.self))).status).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/trainings/${S}/enrolments`, body(ids.xuyiMember))).status).toBe(404);
    expect((await c["13800000001"].post(`/api/v1/trainings/${S}/enrolments`, body(ids.self))).status).toBe(403);
    const dup = await c["jianhu.staff"].post(`/api/v1/trainings/${S}/enrolments`, body(ids.shanggangMember));
    expect(dup.status).toBe(409);
    expect(dup.data.error.fields.memberId).toBe("该会员已在本次培训的学员名单中");
    // Subsidies belong to education-upgrade sessions; certificates need a level and number.
    const wrong = await c["shanggang.staff"].post(`/api/v1/trainings/${S}/enrolments`, { memberId: ids.self, outcome: "SUBSIDY_GRANTED", subsidyAmount: "1500.00" });
    expect(wrong.status).toBe(400);
    expect(wrong.data.error.fields.outcome).toBe("只有学历提升类培训可以发放学历提升补助");
    const noCert = await c["shanggang.staff"].post(`/api/v1/trainings/${S}/enrolments`, { memberId: ids.self, outcome: "CERTIFIED" });
    expect(noCert.data.error.fields).toMatchObject({ certificateLevel: "请选择证书等级", certificateNo: "请填写证书编号" });
  });

  it("enrol several members at once, all or nothing, skipping those already enrolled", async () => {
    const three = (await all<{ id: string }>(
      `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' AND m.id <> $2 ORDER BY m.id DESC LIMIT 3`,
      [ids.shanggang, ids.shanggangMember],
    )).map((m) => m.id);
    expect(three).toHaveLength(3);
    const batch = (memberIds: string[]) => ({ memberIds });
    const url = `/api/v1/trainings/${S}/enrolments/batch`;
    // Refused whole: a member of another county (403), one outside the town session's organisation (400).
    expect((await c["shanggang.staff"].post(url, batch([...three, ids.xuyiMember]))).status).toBe(403);
    const outside = await c["jianhu.staff"].post(url, batch([...three, ids.jinhuMember]));
    expect(outside.status).toBe(400);
    expect(outside.data.error.fields.memberIds).toBeTruthy();
    expect((await c["jianhu.leader"].post(url, batch(three))).status).toBe(403);
    expect((await c["13800000001"].post(url, batch(three))).status).toBe(403);
    expect((await c["xuyi.staff"].post(url, batch(three))).status).toBe(404);
    expect((await c["shanggang.staff"].post(url, batch([]))).status).toBe(400);
    expect((await c["shanggang.staff"].post(url, { memberIds: three, outcome: "CERTIFIED" })).status).toBe(400);
    const before = (await c["shanggang.staff"].get(`/api/v1/trainings/${S}`)).data.enrolledCount as number;

    const first = await c["shanggang.staff"].post(url, batch(three.slice(0, 2)));
    expect(first.status).toBe(200);
    expect(first.data).toEqual({ enrolled: 2, alreadyEnrolled: 0 });
    const again = await c["shanggang.staff"].post(url, batch([...three, ids.shanggangMember]));
    expect(again.data).toEqual({ enrolled: 1, alreadyEnrolled: 3 });
    expect((await c["shanggang.staff"].get(`/api/v1/trainings/${S}`)).data.enrolledCount).toBe(before + 3);
    const list = await c["shanggang.staff"].get(`/api/v1/trainings/${S}/enrolments?pageSize=100`);
    const added = list.data.data.filter((e: { memberId: string }) => three.includes(e.memberId));
    expect(added).toHaveLength(3);
    for (const e of added) expect(e).toMatchObject({ attended: true, attendedHours: 8, outcome: "ENROLLED" });
    const audited = await one<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'training.enrolment.create' AND details->>'sessionId' = $1 AND details->>'batch' = 'true'",
      [S],
    );
    expect(audited.n).toBe(3);
  });

  it("keep subsidy amounts exact, as two-decimal strings", async () => {
    const r = await c["jianhu.staff"].post(`/api/v1/trainings/${J}/enrolments`, { memberId: ids.jinhuMember, outcome: "SUBSIDY_GRANTED", subsidyAmount: "1234.5" });
    expect(r.status).toBe(201);
    expect(r.data.subsidyAmount).toBe("1234.50");
    expect((await c["jianhu.staff"].post(`/api/v1/trainings/${J}/enrolments`, { memberId: ids.shanggangMember, outcome: "SUBSIDY_GRANTED", subsidyAmount: 1234.5 })).status).toBe(400);
    const detail = await c["jianhu.leader"].get(`/api/v1/trainings/${J}`);
    expect(detail.data.subsidyAmount).toBe("1234.50");
  });

  it("keep each session's counters equal to its enrolments through adds, changes and removals; the list reads them", async () => {
    const title = `测试计数-${Math.random().toString(36).slice(2, 8)}`;
    const K = (await c["jianhu.staff"].post("/api/v1/trainings", session(ids.jianhu, { type: "EDUCATION_UPGRADE", title }))).data.id;
    const enrol = async (memberId: string, body: Record<string, unknown>) => {
      const r = await c["jianhu.staff"].post(`/api/v1/trainings/${K}/enrolments`, { memberId, ...body });
      expect(r.status).toBe(201);
      return `/api/v1/trainings/${K}/enrolments/${r.data.id}`;
    };
    const a = await enrol(ids.shanggangMember, { outcome: "COMPLETED" });
    const b = await enrol(ids.jinhuMember, { outcome: "SUBSIDY_GRANTED", subsidyAmount: "1000.00" });
    const d = await enrol(ids.self, { outcome: "CERTIFIED", certificateLevel: "LEVEL_4", certificateNo: "S2026320925999002" });
    expect((await c["jianhu.staff"].patch(b, { subsidyAmount: "800.50" })).status).toBe(200);
    expect((await c["jianhu.staff"].patch(a, { outcome: "CERTIFIED", certificateLevel: "LEVEL_5", certificateNo: "S2026320925999003" })).status).toBe(200);
    expect((await c["jianhu.staff"].patch(a, { attendedHours: 4 })).status).toBe(200);
    expect((await c["jianhu.staff"].request("DELETE", d)).status).toBe(200);

    // Every session of the database, not only this one: the counters are what a recount gives.
    const drift = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM training_session s
         LEFT JOIN (SELECT session_id, count(*)::int AS enrolled, (count(*) FILTER (WHERE outcome = 'CERTIFIED'))::int AS certified,
                           (count(*) FILTER (WHERE outcome = 'SUBSIDY_GRANTED'))::int AS subsidies,
                           coalesce(sum(subsidy_amount) FILTER (WHERE outcome = 'SUBSIDY_GRANTED'), 0) AS subsidy
                      FROM training_enrolment GROUP BY session_id) c ON c.session_id = s.id
        WHERE (s.enrolled_count, s.certified_count, s.subsidy_count, s.subsidy_total)
              IS DISTINCT FROM (coalesce(c.enrolled, 0), coalesce(c.certified, 0), coalesce(c.subsidies, 0), coalesce(c.subsidy, 0))`,
    );
    expect(drift.n).toBe(0);
    const l = (await c["jianhu.staff"].get(`/api/v1/trainings?q=${encodeURIComponent(title)}`)).data;
    expect(l.data).toHaveLength(1);
    expect(l.data[0]).toMatchObject({ id: K, enrolledCount: 2, certifiedCount: 1, participantCount: 42 });
    expect(l.totals).toEqual({ sessions: 1, enrolled: 2, extraParticipants: 40, participants: 42, certified: 1, subsidies: 1, subsidyAmount: "800.50" });
    // Counters changing is not an edit of the session: the enrolment's write marks the
    // dashboard, the session's counters do not (the marks this transaction made, then rolled back).
    const tx = await sql().connect();
    try {
      await tx.query("BEGIN");
      await tx.query("UPDATE training_enrolment SET subsidy_amount = subsidy_amount + 1 WHERE session_id = $1 AND outcome = 'SUBSIDY_GRANTED'", [K]);
      const marks = (await tx.query("SELECT table_name FROM dashboard_mark WHERE xmin = pg_current_xact_id()::xid")).rows;
      const counted = (await tx.query("SELECT subsidy_total::text AS t FROM training_session WHERE id = $1", [K])).rows[0].t;
      expect(counted).toBe("801.50");
      expect(marks.map((m) => m.table_name)).toContain("training_enrolment");
      expect(marks.map((m) => m.table_name)).not.toContain("training_session");
    } finally {
      await tx.query("ROLLBACK");
      tx.release();
    }
  });

  it("are read, changed and removed within scope only; swapped ids answer 404", async () => {
    const path = `/api/v1/trainings/${S}/enrolments/${enrolmentS}`;
    for (const u of ["admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"] as Role[]) expect((await c[u].get(path)).status, u).toBe(200);
    for (const u of ["xuyi.staff", "13800000001"] as Role[]) expect((await c[u].get(path)).status, u).toBe(404);
    // The enrolment id under another session's path.
    expect((await c["jianhu.staff"].get(`/api/v1/trainings/${J}/enrolments/${enrolmentS}`)).status).toBe(404);
    expect((await c["xuyi.staff"].patch(`/api/v1/trainings/${X}/enrolments/${enrolmentS}`, { attended: false })).status).toBe(404);
    expect((await c["xuyi.staff"].request("DELETE", `/api/v1/trainings/${X}/enrolments/${enrolmentS}`)).status).toBe(404);

    const cert = { outcome: "CERTIFIED", certificateLevel: "LEVEL_3", certificateNo: "S2026320925999001" };
    expect((await c["jianhu.leader"].patch(path, cert)).status).toBe(403);
    expect((await c["xuyi.staff"].patch(path, cert)).status).toBe(404);
    const ok = await c["shanggang.staff"].patch(path, cert);
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject(cert);
    // The merged record must stay consistent: back to 结业 without clearing the certificate is refused.
    const bad = await c["shanggang.staff"].patch(path, { outcome: "COMPLETED" });
    expect(bad.status).toBe(400);
    expect(bad.data.error.fields.certificateLevel).toBeTruthy();
    expect((await c["shanggang.staff"].patch(path, { attendedHours: 9 })).data.error.fields.attendedHours).toBe("参训学时不能超过培训学时（8学时）");

    const extra = await c["shanggang.staff"].post(`/api/v1/trainings/${S}/enrolments`, { memberId: ids.self });
    expect(extra.status).toBe(201);
    const extraPath = `/api/v1/trainings/${S}/enrolments/${extra.data.id}`;
    expect((await c["jianhu.leader"].request("DELETE", extraPath)).status).toBe(403);
    expect((await c["13800000001"].request("DELETE", extraPath)).status).toBe(403);
    expect((await c["jianhu.staff"].request("DELETE", extraPath)).status).toBe(200);
    expect((await c["jianhu.staff"].get(extraPath)).status).toBe(404);
  });

  it("let a member see the sessions they attend and only their own enrolment", async () => {
    const T = (await c["shanggang.staff"].post("/api/v1/trainings", session(ids.shanggang))).data.id;
    await c["shanggang.staff"].post(`/api/v1/trainings/${T}/enrolments`, { memberId: ids.shanggangMember });
    const mine = await c["shanggang.staff"].post(`/api/v1/trainings/${T}/enrolments`, { memberId: ids.self, outcome: "COMPLETED" });
    expect(mine.status).toBe(201);
    const me = c["13800000001"];
    expect((await me.get(`/api/v1/trainings/${T}`)).status).toBe(200);
    const list = await me.get("/api/v1/trainings?pageSize=100");
    expect(list.status).toBe(200);
    expect(list.data.data.map((s: { id: string }) => s.id)).toContain(T);
    const own = await one<{ n: number }>(
      "SELECT count(*)::int AS n FROM training_session s WHERE s.deleted_at IS NULL AND EXISTS (SELECT 1 FROM training_enrolment e WHERE e.session_id = s.id AND e.member_id = $1)",
      [ids.self],
    );
    expect(list.data.total).toBe(own.n);
    const enrolments = await me.get(`/api/v1/trainings/${T}/enrolments`);
    expect(enrolments.data.total).toBe(1);
    expect(enrolments.data.data[0].memberId).toBe(ids.self);
    expect((await me.get(`/api/v1/trainings/${T}/enrolments/${mine.data.id}`)).status).toBe(200);
    expect((await download(me, `/api/v1/trainings/${T}/enrolments/export`)).status).toBe(403);
    expect((await download(me, "/api/v1/trainings/export")).status).toBe(403);
  });
});

describe("exports and templates", () => {
  it("export within scope; full ID numbers only for staff, audited", async () => {
    const list = await download(c["jianhu.leader"], `/api/v1/trainings/export?orgId=${ids.shanggang}&from=2026-05-10&to=2026-05-10`);
    expect(list.status).toBe(200);
    expect(list.type).toContain("spreadsheetml");
    expect((await download(c["shanggang.staff"], `/api/v1/trainings/export?orgId=${ids.jianhu}`)).status).toBe(404);
    expect((await download(c["jianhu.leader"], `/api/v1/trainings/${S}/enrolments/export`)).status).toBe(200);
    expect((await download(c["jianhu.leader"], `/api/v1/trainings/${S}/enrolments/export?format=import`)).status).toBe(403);
    expect((await download(c["xuyi.staff"], `/api/v1/trainings/${S}/enrolments/export`)).status).toBe(404);
    const before = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'training.enrolment.export_id_numbers' AND entity_id = $1", [S]);
    expect((await download(c["shanggang.staff"], `/api/v1/trainings/${S}/enrolments/export?format=import`)).status).toBe(200);
    const after = await one<{ n: number; details: string }>(
      "SELECT count(*)::int AS n, max(details::text) AS details FROM audit_log WHERE action = 'training.enrolment.export_id_numbers' AND entity_id = $1",
      [S],
    );
    expect(after.n).toBe(before.n + 1);
    expect(after.details).not.toMatch(/\d{17}[\dX]/); // the audit names the act, never the numbers
  });

  it("serve the import template in scope; imports are refused before the upload is read", async () => {
    const t = await download(c["shanggang.staff"], `/api/v1/trainings/${S}/enrolments/import/template`);
    expect(t.status).toBe(200);
    expect(decodeURIComponent(t.disposition)).toContain("培训学员导入模板");
    expect((await download(c["xuyi.staff"], `/api/v1/trainings/${S}/enrolments/import/template`)).status).toBe(404);
    expect((await c["jianhu.leader"].post(`/api/v1/trainings/${S}/enrolments/import?dryRun=1`)).status).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/trainings/${S}/enrolments/import?dryRun=1`)).status).toBe(404);
    expect((await c["13800000001"].post(`/api/v1/trainings/${S}/enrolments/import`)).status).toBe(403);
  });
});
