// Honours, model-worker services, innovation studios (with members,
// achievements and mentoring pairs), activity records, attachments and activity
// types: every role × action, id swapping to another county's record, studio
// status transitions, attachments on disk (not in the database) and a filtered
// .xlsx export. Each test creates its own records through the API.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";
import { trainingInput } from "../helpers/fixtures";
import { all, memberBelow, one, orgIdByName, sql, unionBelow } from "../helpers/db";
import { TALLY_SOURCES } from "@/lib/records/tally";

const ROLES = ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff", "xuyi.staff", "13800000001"] as const;
type Role = (typeof ROLES)[number];
const c = {} as Record<Role, Client>;
const tag = () => randomBytes(4).toString("hex");

let ids: {
  shanggangUnion: number;
  jinhuUnion: number;
  xuyiUnion: number;
  xuyi: number;
  shanggangMember: string;
  shanggangMember2: string;
  shanggangMember3: string;
  xuyiMember: string;
  self: string;
};

/** Expected status per role for one request. */
async function expectMatrix(label: string, call: (cl: Client) => Promise<{ status: number }>, expected: Record<Role, number>) {
  for (const r of ROLES) expect((await call(c[r])).status, `${label} as ${r}`).toBe(expected[r]);
}

// Who may read a record of 上冈镇 (staff records: members get 403; personal records: 404 unless their own).
const READ_STAFF: Record<Role, number> = { admin: 200, "jianhu.admin": 200, "jianhu.leader": 200, "jianhu.staff": 200, "shanggang.staff": 200, "xuyi.staff": 404, "13800000001": 403 };
const READ_PERSONAL: Record<Role, number> = { ...READ_STAFF, "13800000001": 404 };
// Who may change it: leaders and members are refused (403); another county does not see it (404).
const WRITE: Record<Role, number> = { admin: 200, "jianhu.admin": 200, "jianhu.leader": 403, "jianhu.staff": 200, "shanggang.staff": 200, "xuyi.staff": 404, "13800000001": 403 };

beforeAll(async () => {
  const members = await sql().query<{ id: string }>(
    `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id
     WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '上冈镇总工会')] AND m.status = 'ACTIVE' AND m.phone <> '13800000001'
     ORDER BY m.id LIMIT 3`,
  );
  ids = {
    shanggangUnion: await unionBelow("上冈镇总工会"),
    jinhuUnion: await unionBelow("近湖街道总工会"),
    xuyiUnion: await unionBelow("盱眙县总工会"),
    xuyi: await orgIdByName("盱眙县总工会"),
    shanggangMember: members.rows[0].id,
    shanggangMember2: members.rows[1].id,
    shanggangMember3: members.rows[2].id,
    xuyiMember: (await memberBelow("盱眙县总工会")).id,
    self: (await one<{ id: string }>("SELECT id FROM member WHERE phone = '13800000001'")).id,
  };
  for (const r of ROLES) c[r] = await as(r);
});

describe("honours", () => {
  const honour = (memberId: string, extra: Record<string, unknown> = {}) => ({
    holder: "MEMBER",
    memberId,
    title: "CRAFTSMAN",
    titleText: `测试工匠${tag()}`,
    level: "COUNTY",
    year: 2025,
    awardingBody: "建湖县总工会",
    awardAmount: "2000.00",
    ...extra,
  });

  it("creates within scope only, for staff and admins", async () => {
    const ok = await c["shanggang.staff"].post("/api/v1/honours", honour(ids.shanggangMember));
    expect(ok.status).toBe(201);
    expect(ok.data).toMatchObject({ holder: "MEMBER", memberId: ids.shanggangMember, awardAmount: "2000.00", status: "AWARDED" });
    const team = await c["jianhu.staff"].post("/api/v1/honours", { ...honour(ids.shanggangMember), holder: "TEAM", memberId: undefined, teamName: "测试装配车间", orgId: ids.shanggangUnion, title: "WORKER_PIONEER" });
    expect(team.status).toBe(201);
    expect(team.data).toMatchObject({ holder: "TEAM", teamName: "测试装配车间", orgId: ids.shanggangUnion, memberId: null });
    expect((await c["jianhu.leader"].post("/api/v1/honours", honour(ids.shanggangMember))).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/honours", honour(ids.self))).status).toBe(403);
    // Another county's member, or a union outside the caller's subtree, is refused.
    expect((await c["jianhu.staff"].post("/api/v1/honours", honour(ids.xuyiMember))).status).toBe(403);
    expect((await c["xuyi.staff"].post("/api/v1/honours", honour(ids.shanggangMember))).status).toBe(403);
    const outside = await c["shanggang.staff"].post("/api/v1/honours", { ...honour(ids.shanggangMember), holder: "TEAM", memberId: undefined, teamName: "外镇班组", orgId: ids.jinhuUnion, title: "WORKER_PIONEER" });
    expect(outside.status).toBe(403);
    expect(outside.data.error.fields.orgId).toBeTruthy();
    // 工人先锋号 is collective; amounts are strings with 2 decimals at most.
    expect((await c["jianhu.staff"].post("/api/v1/honours", honour(ids.shanggangMember, { title: "WORKER_PIONEER" }))).data.error.fields.title).toBeTruthy();
    expect((await c["jianhu.staff"].post("/api/v1/honours", honour(ids.shanggangMember, { awardAmount: "12.345" }))).status).toBe(400);
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'honour.create' AND entity_id = $1", [ok.data.id]);
    expect(audit.n).toBe(1);
  });

  it("reads, updates and deletes per role; another county's id is 404", async () => {
    const h = (await c["jianhu.staff"].post("/api/v1/honours", honour(ids.shanggangMember))).data;
    await expectMatrix("GET honour", (cl) => cl.get(`/api/v1/honours/${h.id}`), READ_PERSONAL);
    await expectMatrix("PATCH honour", (cl) => cl.patch(`/api/v1/honours/${h.id}`, { notes: "更正" }), WRITE);
    const xuyiHonour = (await c["xuyi.staff"].post("/api/v1/honours", honour(ids.xuyiMember))).data;
    for (const r of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff", "13800000001"] as const) {
      expect((await c[r].get(`/api/v1/honours/${xuyiHonour.id}`)).status, r).toBe(404);
    }
    expect((await c["jianhu.staff"].patch(`/api/v1/honours/${xuyiHonour.id}`, { notes: "x" })).status).toBe(404);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/honours/${xuyiHonour.id}`)).status).toBe(404);
    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/honours/${h.id}`)).status).toBe(403);
    expect((await c["13800000001"].request("DELETE", `/api/v1/honours/${h.id}`)).status).toBe(403);
    expect((await c["shanggang.staff"].request("DELETE", `/api/v1/honours/${h.id}`)).status).toBe(200);
    expect((await c["jianhu.staff"].get(`/api/v1/honours/${h.id}`)).status).toBe(404);
    const row = await one<{ deleted_at: Date | null }>("SELECT deleted_at FROM honour WHERE id = $1", [h.id]);
    expect(row.deleted_at).not.toBeNull();
  });

  it("lists within scope with totals; a member sees only their own", async () => {
    const marker = `列表${tag()}`;
    await c["jianhu.staff"].post("/api/v1/honours", honour(ids.shanggangMember, { titleText: marker, awardAmount: "1000.50" }));
    await c["jianhu.staff"].post("/api/v1/honours", honour(ids.shanggangMember2, { titleText: marker, awardAmount: "2000.25" }));
    const list = await c["jianhu.leader"].get(`/api/v1/honours?q=${encodeURIComponent(marker)}`);
    expect(list.status).toBe(200);
    expect(list.data.total).toBe(2);
    expect(list.data.totals).toMatchObject({ count: 2, awardTotal: "3000.75", persons: 2 });
    expect((await c["xuyi.staff"].get(`/api/v1/honours?q=${encodeURIComponent(marker)}`)).data.total).toBe(0);
    expect((await c["xuyi.staff"].get(`/api/v1/honours?orgId=${ids.shanggangUnion}`)).status).toBe(404);
    const mine = await c["13800000001"].get("/api/v1/honours?pageSize=100");
    expect(mine.status).toBe(200);
    expect(mine.data.total).toBeGreaterThan(0);
    expect(mine.data.data.every((x: { memberId: string }) => x.memberId === ids.self)).toBe(true);
    expect((await c["13800000001"].get("/api/v1/honours/export")).status).toBe(403);
  });

  it("shows a competition nomination with its source and lets staff confirm it", async () => {
    // A nomination as the competitions module creates it: a first-place entry linked to a NOMINATED honour.
    const comp = await one<{ id: string }>(
      `INSERT INTO competition (org_id, name, kind, level, organiser, starts_on, ends_on, trades, updated_at)
       VALUES ((SELECT id FROM organisation WHERE name = '建湖县总工会'), $1, 'SKILLS', 'COUNTY', '建湖县总工会', '2026-05-01', '2026-05-03', ARRAY['焊工'], now()) RETURNING id`,
      [`测试技能竞赛${tag()}`],
    );
    const entry = await one<{ id: string }>(
      `INSERT INTO competition_entry (competition_id, member_id, trade, rank, award, updated_at) VALUES ($1, $2, '焊工', 1, 'FIRST', now()) RETURNING id`,
      [comp.id, ids.shanggangMember3],
    );
    const h = await one<{ id: string }>(
      `INSERT INTO honour (org_id, member_id, title, title_text, level, year, awarding_body, status, source_entry_id, updated_at)
       SELECT m.org_id, m.id, 'MAY_DAY_MEDAL', '建湖县五一劳动奖章', 'COUNTY', 2026, '建湖县总工会', 'NOMINATED', $2, now() FROM member m WHERE m.id = $1 RETURNING id`,
      [ids.shanggangMember3, entry.id],
    );
    const list = await c["jianhu.staff"].get(`/api/v1/honours?status=NOMINATED&memberId=${ids.shanggangMember3}`);
    const nom = list.data.data.find((x: { id: string }) => x.id === h.id);
    expect(nom.source).toMatchObject({ entryId: entry.id, competitionId: comp.id, trade: "焊工" });
    expect(list.data.totals.nominated).toBeGreaterThanOrEqual(1);
    expect((await c["jianhu.leader"].post(`/api/v1/honours/${h.id}/confirm`, {})).status).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/honours/${h.id}/confirm`, {})).status).toBe(404);
    const ok = await c["shanggang.staff"].post(`/api/v1/honours/${h.id}/confirm`, { awardAmount: "1000" });
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({ status: "AWARDED", awardAmount: "1000.00" });
    expect((await c["shanggang.staff"].post(`/api/v1/honours/${h.id}/confirm`, {})).status).toBe(400);
  });
});

describe("model-worker services", () => {
  const service = (memberId: string, extra: Record<string, unknown> = {}) => ({ memberId, kind: "RECUPERATION", servedOn: "2026-04-20", amount: "2600", notes: `疗休养${tag()}`, ...extra });

  it("covers every role and refuses other counties", async () => {
    const s = await c["shanggang.staff"].post("/api/v1/model-worker-services", service(ids.shanggangMember));
    expect(s.status).toBe(201);
    expect(s.data).toMatchObject({ year: 2026, amount: "2600.00", kind: "RECUPERATION" });
    expect((await c["jianhu.leader"].post("/api/v1/model-worker-services", service(ids.shanggangMember))).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/model-worker-services", service(ids.self))).status).toBe(403);
    expect((await c["xuyi.staff"].post("/api/v1/model-worker-services", service(ids.shanggangMember))).status).toBe(403);
    await expectMatrix("GET service", (cl) => cl.get(`/api/v1/model-worker-services/${s.data.id}`), READ_PERSONAL);
    await expectMatrix("PATCH service", (cl) => cl.patch(`/api/v1/model-worker-services/${s.data.id}`, { notes: "更正" }), WRITE);
    const xs = (await c["xuyi.staff"].post("/api/v1/model-worker-services", service(ids.xuyiMember))).data;
    expect((await c["jianhu.staff"].get(`/api/v1/model-worker-services/${xs.id}`)).status).toBe(404);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/model-worker-services/${xs.id}`)).status).toBe(404);
    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/model-worker-services/${s.data.id}`)).status).toBe(403);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/model-worker-services/${s.data.id}`)).status).toBe(200);
    expect((await c["jianhu.staff"].get(`/api/v1/model-worker-services/${s.data.id}`)).status).toBe(404);
  });

  it("refuses a service date in the future, on creation and correction, with the form's own message", async () => {
    const future = await c["shanggang.staff"].post("/api/v1/model-worker-services", service(ids.shanggangMember, { servedOn: "2099-01-01" }));
    expect(future.status).toBe(400);
    expect(future.data.error.fields.servedOn).toBe("服务日期不能晚于今天");
    const s = await c["shanggang.staff"].post("/api/v1/model-worker-services", service(ids.shanggangMember));
    expect(s.status).toBe(201);
    const moved = await c["shanggang.staff"].patch(`/api/v1/model-worker-services/${s.data.id}`, { servedOn: "2099-01-01" });
    expect(moved.status).toBe(400);
    expect(moved.data.error.fields.servedOn).toBe("服务日期不能晚于今天");
    expect((await c["shanggang.staff"].get(`/api/v1/model-worker-services/${s.data.id}`)).data.servedOn).toBe("2026-04-20");
  });

  it("lists per role; the member sees only their own services", async () => {
    await expectMatrix("list services", (cl) => cl.get("/api/v1/model-worker-services?year=2026"), { ...READ_STAFF, "xuyi.staff": 200, "13800000001": 200 });
    const mine = await c["13800000001"].get("/api/v1/model-worker-services?pageSize=100");
    expect(mine.data.total).toBeGreaterThan(0);
    expect(mine.data.data.every((x: { memberId: string }) => x.memberId === ids.self)).toBe(true);
  });
});

describe("studios", () => {
  const studio = () => ({ name: `测试劳模创新工作室${tag()}`, kind: "MODEL_WORKER", level: "COUNTY", leadMemberId: ids.shanggangMember, orgId: ids.shanggangUnion, foundedOn: "2020-03-01" });

  it("creates within scope and covers every role on the studio and its sub-records", async () => {
    const s = await c["shanggang.staff"].post("/api/v1/studios", studio());
    expect(s.status).toBe(201);
    expect(s.data.members.map((m: { memberId: string }) => m.memberId)).toEqual([ids.shanggangMember]);
    expect((await c["jianhu.leader"].post("/api/v1/studios", studio())).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/studios", studio())).status).toBe(403);
    expect((await c["xuyi.staff"].post("/api/v1/studios", studio())).status).toBe(403);
    expect((await c["shanggang.staff"].post("/api/v1/studios", { ...studio(), orgId: ids.jinhuUnion })).status).toBe(403);
    const id = s.data.id;
    await expectMatrix("GET studio", (cl) => cl.get(`/api/v1/studios/${id}`), READ_STAFF);
    await expectMatrix("list studios", (cl) => cl.get("/api/v1/studios?pageSize=1"), { ...READ_STAFF, "xuyi.staff": 200 });
    await expectMatrix("PATCH studio", (cl) => cl.patch(`/api/v1/studios/${id}`, { description: "攻关与带徒" }), WRITE);

    // Sub-records: 201 where writing is allowed, else 403 / 404 as for the studio.
    const created = { ...WRITE, admin: 201, "jianhu.admin": 201, "jianhu.staff": 201, "shanggang.staff": 201 };
    let n = 0;
    await expectMatrix("POST achievement", (cl) => cl.post(`/api/v1/studios/${id}/achievements`, { kind: "PATENT", title: `专利${n++}`, achievedOn: "2024-06-01", benefit: "150000.50", patentNo: "ZL2024100001.1" }), created);
    const detail = (await c["jianhu.staff"].get(`/api/v1/studios/${id}`)).data;
    expect(detail.totals.achievements).toBe(4);
    expect(detail.totals.benefitTotal).toBe("600002.00");
    expect(detail.totals.byKind).toEqual([{ kind: "PATENT", count: 4, benefit: "600002.00" }]);
    const achId = detail.achievements[0].id;
    await expectMatrix("PATCH achievement", (cl) => cl.patch(`/api/v1/studios/${id}/achievements/${achId}`, { title: "更正后的专利" }), WRITE);

    const members = [ids.shanggangMember2, ids.shanggangMember3];
    expect((await c["jianhu.leader"].post(`/api/v1/studios/${id}/members`, { memberId: members[0], joinedOn: "2021-01-01" })).status).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/studios/${id}/members`, { memberId: members[0], joinedOn: "2021-01-01" })).status).toBe(404);
    expect((await c["jianhu.staff"].post(`/api/v1/studios/${id}/members`, { memberId: ids.xuyiMember, joinedOn: "2021-01-01" })).status).toBe(403);
    expect((await c["shanggang.staff"].post(`/api/v1/studios/${id}/members`, { memberId: members[0], role: "技术骨干", joinedOn: "2021-01-01" })).status).toBe(201);
    expect((await c["shanggang.staff"].post(`/api/v1/studios/${id}/members`, { memberId: members[0], joinedOn: "2021-01-01" })).status).toBe(409);

    const pair = { mentorMemberId: ids.shanggangMember, apprenticeMemberId: members[1], startedOn: "2022-09-01" };
    expect((await c["jianhu.leader"].post(`/api/v1/studios/${id}/mentorships`, pair)).status).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/studios/${id}/mentorships`, pair)).status).toBe(404);
    expect((await c["jianhu.staff"].post(`/api/v1/studios/${id}/mentorships`, { ...pair, apprenticeMemberId: ids.xuyiMember })).status).toBe(403);
    expect((await c["jianhu.staff"].post(`/api/v1/studios/${id}/mentorships`, { ...pair, apprenticeMemberId: ids.shanggangMember })).status).toBe(400);
    const withPair = await c["jianhu.staff"].post(`/api/v1/studios/${id}/mentorships`, pair);
    expect(withPair.status).toBe(201);
    const pairId = withPair.data.mentorships[0].id;
    const outcome = { outcome: "CERTIFIED", outcomeOn: "2024-07-01", outcomeNote: "取得技师证书" };
    expect((await c["jianhu.leader"].patch(`/api/v1/studios/${id}/mentorships/${pairId}`, outcome)).status).toBe(403);
    expect((await c["xuyi.staff"].patch(`/api/v1/studios/${id}/mentorships/${pairId}`, outcome)).status).toBe(404);
    expect((await c["jianhu.staff"].patch(`/api/v1/studios/${id}/mentorships/${pairId}`, { outcome: "COMPLETED" })).status).toBe(400);
    const done = await c["jianhu.staff"].patch(`/api/v1/studios/${id}/mentorships/${pairId}`, outcome);
    expect(done.status).toBe(200);

    // The timeline is in date order and holds every kind of event.
    const tl = done.data.timeline as { date: string; kind: string }[];
    expect(tl.map((e) => e.date)).toEqual([...tl.map((e) => e.date)].sort());
    expect(tl[0]).toMatchObject({ date: "2020-03-01", kind: "FOUNDED" });
    for (const k of ["MEMBER_JOINED", "ACHIEVEMENT", "MENTORSHIP_STARTED", "MENTORSHIP_OUTCOME"]) expect(tl.some((e) => e.kind === k), k).toBe(true);

    // Deleting sub-records and the studio itself.
    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/studios/${id}/members/${members[0]}`)).status).toBe(403);
    expect((await c["xuyi.staff"].request("DELETE", `/api/v1/studios/${id}/members/${members[0]}`)).status).toBe(404);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/studios/${id}/members/${ids.shanggangMember}`)).status).toBe(400);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/studios/${id}/members/${members[0]}`)).status).toBe(200);
    expect((await c["13800000001"].request("DELETE", `/api/v1/studios/${id}/achievements/${achId}`)).status).toBe(403);
    expect((await c["xuyi.staff"].request("DELETE", `/api/v1/studios/${id}/achievements/${achId}`)).status).toBe(404);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/studios/${id}/achievements/${achId}`)).status).toBe(200);
    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/studios/${id}/mentorships/${pairId}`)).status).toBe(403);
    const afterPair = await c["jianhu.staff"].request("DELETE", `/api/v1/studios/${id}/mentorships/${pairId}`);
    expect(afterPair.data.totals).toMatchObject({ achievements: 3, mentorships: 0, members: 1 });
    expect((await c["xuyi.staff"].request("DELETE", `/api/v1/studios/${id}`)).status).toBe(404);
    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/studios/${id}`)).status).toBe(403);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/studios/${id}`)).status).toBe(200);
    expect((await c["jianhu.staff"].get(`/api/v1/studios/${id}`)).status).toBe(404);
  });

  it("answers 404 when an id is swapped for another county's studio or sub-record", async () => {
    const xs = (await c["xuyi.staff"].post("/api/v1/studios", { ...studio(), leadMemberId: ids.xuyiMember, orgId: ids.xuyiUnion })).data;
    const withAch = (await c["xuyi.staff"].post(`/api/v1/studios/${xs.id}/achievements`, { kind: "SMALL_DESIGN", title: "夹具", achievedOn: "2024-01-01" })).data;
    const achId = withAch.achievements[0].id;
    for (const r of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"] as const) {
      expect((await c[r].get(`/api/v1/studios/${xs.id}`)).status, r).toBe(404);
    }
    expect((await c["jianhu.staff"].patch(`/api/v1/studios/${xs.id}`, { description: "x" })).status).toBe(404);
    expect((await c["jianhu.staff"].post(`/api/v1/studios/${xs.id}/status`, { status: "REVOKED", statusOn: "2026-01-01" })).status).toBe(404);
    expect((await c["jianhu.staff"].patch(`/api/v1/studios/${xs.id}/achievements/${achId}`, { title: "x" })).status).toBe(404);
    // A sub-record id under one's own studio path is still refused.
    const own = (await c["jianhu.staff"].post("/api/v1/studios", studio())).data;
    expect((await c["jianhu.staff"].patch(`/api/v1/studios/${own.id}/achievements/${achId}`, { title: "x" })).status).toBe(404);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/studios/${own.id}/achievements/${achId}`)).status).toBe(404);
    expect((await c.admin.get(`/api/v1/studios/${xs.id}`)).status).toBe(200);
  });

  it("allows only NAMED→REVIEWED and NAMED/REVIEWED→REVOKED", async () => {
    const a = (await c["jianhu.staff"].post("/api/v1/studios", studio())).data;
    const to = (id: string, status: string, statusOn = "2025-06-01") => c["jianhu.staff"].post(`/api/v1/studios/${id}/status`, { status, statusOn });
    expect((await to(a.id, "NAMED")).status).toBe(409);
    expect((await c["jianhu.leader"].post(`/api/v1/studios/${a.id}/status`, { status: "REVIEWED", statusOn: "2025-06-01" })).status).toBe(403);
    expect((await to(a.id, "REVIEWED", "2019-01-01")).status).toBe(400); // before it was named
    const reviewed = await to(a.id, "REVIEWED");
    expect(reviewed.status).toBe(200);
    expect(reviewed.data).toMatchObject({ status: "REVIEWED", statusOn: "2025-06-01" });
    expect((await to(a.id, "NAMED")).status).toBe(409);
    expect((await to(a.id, "REVIEWED")).status).toBe(409);
    const revoked = await to(a.id, "REVOKED", "2026-02-01");
    expect(revoked.status).toBe(200);
    expect(revoked.data.timeline.filter((e: { kind: string }) => e.kind === "STATUS").map((e: { date: string }) => e.date)).toEqual(["2025-06-01", "2026-02-01"]);
    for (const s of ["NAMED", "REVIEWED", "REVOKED"]) expect((await to(a.id, s)).status, s).toBe(409);

    const b = (await c["jianhu.staff"].post("/api/v1/studios", studio())).data;
    expect((await to(b.id, "REVOKED")).data.status).toBe("REVOKED");
    expect((await to(b.id, "REVIEWED")).status).toBe(409);
  });
});

describe("activities, attachments and activity types", () => {
  const activity = (orgId: number, extra: Record<string, unknown> = {}) => ({ typeId: 1, orgId, heldOn: "2026-06-18", place: "上冈镇便民服务中心", participants: 120, amountSpent: "3500.50", description: `送清凉${tag()}`, ...extra });
  const uploadDir = () => path.resolve(process.env.UPLOAD_DIR || path.join(process.env.DATA_DIR || ".data", "uploads"));
  const pdf = () => Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(2048), Buffer.from("\n%%EOF\n")]);
  const upload = (cl: Client, recordId: string, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(bytes)]), name);
    return cl.fetchRaw("POST", `/api/v1/activities/${recordId}/attachments`, { body: form });
  };

  it("covers every role on activity records, and refuses other counties", async () => {
    const r = await c["shanggang.staff"].post("/api/v1/activities", activity(ids.shanggangUnion));
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ amountSpent: "3500.50", participants: 120, attachmentCount: 0 });
    expect((await c["jianhu.leader"].post("/api/v1/activities", activity(ids.shanggangUnion))).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/activities", activity(ids.shanggangUnion))).status).toBe(403);
    expect((await c["xuyi.staff"].post("/api/v1/activities", activity(ids.shanggangUnion))).status).toBe(403);
    expect((await c["shanggang.staff"].post("/api/v1/activities", activity(ids.jinhuUnion))).status).toBe(403);
    await expectMatrix("GET activity", (cl) => cl.get(`/api/v1/activities/${r.data.id}`), READ_STAFF);
    await expectMatrix("list activities", (cl) => cl.get("/api/v1/activities?pageSize=1"), { ...READ_STAFF, "xuyi.staff": 200 });
    await expectMatrix("PATCH activity", (cl) => cl.patch(`/api/v1/activities/${r.data.id}`, { participants: 130 }), WRITE);
    const x = (await c["xuyi.staff"].post("/api/v1/activities", activity(ids.xuyi))).data;
    for (const u of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"] as const) expect((await c[u].get(`/api/v1/activities/${x.id}`)).status, u).toBe(404);
    expect((await c["jianhu.staff"].patch(`/api/v1/activities/${x.id}`, { participants: 1 })).status).toBe(404);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/activities/${x.id}`)).status).toBe(404);
    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/activities/${r.data.id}`)).status).toBe(403);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/activities/${r.data.id}`)).status).toBe(200);
    expect((await c["jianhu.staff"].get(`/api/v1/activities/${r.data.id}`)).status).toBe(404);
  });

  it("stores attachments on disk, not in the database, and serves the same bytes in scope only", async () => {
    const r = (await c["shanggang.staff"].post("/api/v1/activities", activity(ids.shanggangUnion))).data;
    const bytes = pdf();
    const name = "签到表（上冈镇）.pdf";
    const up = await upload(c["shanggang.staff"], r.id, bytes, name);
    expect(up.status).toBe(201);
    const att = await up.json();
    expect(att).toMatchObject({ fileName: name, size: bytes.length, mimeType: "application/pdf" });

    // The row is metadata only; the file is under UPLOAD_DIR with a random name.
    const cols = await sql().query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'activity_attachment'");
    expect(cols.rows.some((x: { data_type: string }) => x.data_type === "bytea")).toBe(false);
    const row = await one<Record<string, unknown>>("SELECT * FROM activity_attachment WHERE id = $1", [att.id]);
    expect(JSON.stringify(row).length).toBeLessThan(1000);
    const stored = String(row.storage_path);
    expect(stored).not.toContain("签到表");
    const full = path.join(uploadDir(), stored);
    expect(existsSync(full)).toBe(true);
    expect(readFileSync(full).equals(bytes)).toBe(true);

    for (const u of ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"] as const) {
      const dl = await c[u].fetchRaw("GET", `/api/v1/activities/${r.id}/attachments/${att.id}`);
      expect(dl.status, u).toBe(200);
      expect(dl.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
      expect(Buffer.from(await dl.arrayBuffer()).equals(bytes), u).toBe(true);
    }
    expect((await c["xuyi.staff"].fetchRaw("GET", `/api/v1/activities/${r.id}/attachments/${att.id}`)).status).toBe(404);
    expect((await c["13800000001"].fetchRaw("GET", `/api/v1/activities/${r.id}/attachments/${att.id}`)).status).toBe(403);
    // The attachment id under another record's path is not found either.
    const other = (await c["jianhu.staff"].post("/api/v1/activities", activity(ids.shanggangUnion))).data;
    expect((await c["jianhu.staff"].fetchRaw("GET", `/api/v1/activities/${other.id}/attachments/${att.id}`)).status).toBe(404);

    expect((await c["jianhu.leader"].get(`/api/v1/activities/${r.id}/attachments`)).data.data).toHaveLength(1);
    expect((await c["xuyi.staff"].get(`/api/v1/activities/${r.id}/attachments`)).status).toBe(404);
    expect((await upload(c["jianhu.leader"], r.id, pdf(), "a.pdf")).status).toBe(403);
    expect((await upload(c["xuyi.staff"], r.id, pdf(), "a.pdf")).status).toBe(404);
    expect((await upload(c["13800000001"], r.id, pdf(), "a.pdf")).status).toBe(403);
    // Only document/image types, with matching content; the client's name never becomes a path.
    expect((await upload(c["jianhu.staff"], r.id, Buffer.from("#!/bin/sh\n"), "run.sh")).status).toBe(400);
    expect((await upload(c["jianhu.staff"], r.id, Buffer.from("MZ not a pdf"), "fake.pdf")).status).toBe(400);
    const sneaky = await upload(c["jianhu.staff"], r.id, pdf(), "../../etc/passwd.pdf");
    expect(sneaky.status).toBe(201);
    const sneakyRow = await one<{ file_name: string; storage_path: string }>("SELECT file_name, storage_path FROM activity_attachment WHERE id = $1", [(await sneaky.json()).id]);
    expect(sneakyRow.file_name).toBe("passwd.pdf");
    expect(path.resolve(uploadDir(), sneakyRow.storage_path).startsWith(uploadDir() + path.sep)).toBe(true);
    const big = await upload(c["jianhu.staff"], r.id, Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(10 * 1024 * 1024 + 10)]), "big.pdf");
    expect(big.status).toBe(400);

    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/activities/${r.id}/attachments/${att.id}`)).status).toBe(403);
    expect((await c["xuyi.staff"].request("DELETE", `/api/v1/activities/${r.id}/attachments/${att.id}`)).status).toBe(404);
    expect((await c["shanggang.staff"].request("DELETE", `/api/v1/activities/${r.id}/attachments/${att.id}`)).status).toBe(200);
    expect((await c["shanggang.staff"].fetchRaw("GET", `/api/v1/activities/${r.id}/attachments/${att.id}`)).status).toBe(404);
  });

  it("exports the filtered list as a valid .xlsx with the filtered row count", async () => {
    const marker = `导出${tag()}`;
    for (let i = 0; i < 3; i++) await c["jianhu.staff"].post("/api/v1/activities", activity(ids.shanggangUnion, { description: `${marker} 第${i + 1}场`, heldOn: `2026-07-0${i + 1}` }));
    await c["jianhu.staff"].post("/api/v1/activities", activity(ids.shanggangUnion, { description: `${marker} 范围外日期`, heldOn: "2025-07-01" }));
    const q = `q=${encodeURIComponent(marker)}&heldFrom=2026-01-01&heldTo=2026-12-31`;
    const list = await c["jianhu.leader"].get(`/api/v1/activities?${q}`);
    expect(list.data.total).toBe(3);
    expect(list.data.totals).toMatchObject({ count: 3, participants: 360, amountTotal: "10501.50" });
    const res = await c["jianhu.leader"].fetchRaw("GET", `/api/v1/activities/export?${q}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe("活动日期");
    expect(ws.rowCount - 1).toBe(3);
    expect((await c["xuyi.staff"].fetchRaw("GET", `/api/v1/activities/export?${q}`)).status).toBe(200);
    expect((await c["xuyi.staff"].fetchRaw("GET", `/api/v1/activities/export?orgId=${ids.shanggangUnion}`)).status).toBe(404);
    expect((await c["13800000001"].fetchRaw("GET", `/api/v1/activities/export`)).status).toBe(403);
    for (const p of ["/api/v1/honours/export?yearFrom=2025", "/api/v1/model-worker-services/export?year=2026", "/api/v1/studios/export?level=CITY"]) {
      const x = await c["jianhu.staff"].fetchRaw("GET", p);
      expect(x.status, p).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await x.arrayBuffer());
      const listPath = p.replace("/export", "");
      expect(book.worksheets[0].rowCount - 1, p).toBe((await c["jianhu.staff"].get(`${listPath}&pageSize=1`)).data.total);
    }
  });

  it("lets only the province's administrators add, rename and deactivate activity types", async () => {
    const code = `T_${tag().toUpperCase()}`;
    const body = { code, name: `测试类型${code}` };
    for (const u of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff", "xuyi.staff", "13800000001"] as const) {
      expect((await c[u].post("/api/v1/activity-types", body)).status, u).toBe(403);
    }
    const created = await c.admin.post("/api/v1/activity-types", body);
    expect(created.status).toBe(201);
    expect((await c.admin.post("/api/v1/activity-types", body)).status).toBe(409);
    await expectMatrix("list types", (cl) => cl.get("/api/v1/activity-types"), { ...READ_STAFF, "xuyi.staff": 200 });
    const id = created.data.id;
    for (const u of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "13800000001"] as const) expect((await c[u].patch(`/api/v1/activity-types/${id}`, { name: "改名" })).status, u).toBe(403);
    expect((await c.admin.patch(`/api/v1/activity-types/${id}`, { name: `改名${code}`, active: false })).data).toMatchObject({ active: false });
    expect((await c["jianhu.staff"].get("/api/v1/activity-types")).data.data.some((t: { id: number }) => t.id === id)).toBe(false);
    expect((await c["jianhu.staff"].get("/api/v1/activity-types?includeInactive=true")).data.data.some((t: { id: number }) => t.id === id)).toBe(true);
    // A deactivated type cannot be used for new records.
    const refused = await c["jianhu.staff"].post("/api/v1/activities", activity(ids.shanggangUnion, { typeId: id }));
    expect(refused.status).toBe(400);
    expect(refused.data.error.fields.typeId).toBeTruthy();
    expect((await c.admin.patch(`/api/v1/activity-types/999999`, { active: true })).status).toBe(404);
  });
});

describe("anonymous callers", () => {
  it("get 401 on every new resource", async () => {
    const anon = new Client();
    for (const p of ["/api/v1/honours", "/api/v1/model-worker-services", "/api/v1/studios", "/api/v1/activities", "/api/v1/activity-types", "/api/v1/activities/export"]) {
      expect((await anon.get(p)).status, p).toBe(401);
    }
  });
});

describe("list totals", () => {
  // Each list adds up its whole filtered set in one aggregate; here against SQL over the
  // same scope — 建湖's subtree, after this file's records — for a county leader.
  it("equal the database's for every programme list, read with and without filters", async () => {
    const jianhu = await orgIdByName("建湖县总工会");
    const sub = "SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int]";
    const get = async (p: string) => {
      const r = await c["jianhu.leader"].get(p);
      expect(r.status, p).toBe(200);
      return r.data;
    };
    const honours = await get("/api/v1/honours?pageSize=1");
    const h = await one<{ n: number; award: string; nominated: number; persons: number }>(
      `SELECT count(*)::int AS n, coalesce(sum(award_amount), 0)::numeric(14,2)::text AS award,
              (count(*) FILTER (WHERE status = 'NOMINATED'))::int AS nominated, count(DISTINCT member_id)::int AS persons
         FROM honour WHERE deleted_at IS NULL AND org_id IN (${sub})`,
      [jianhu],
    );
    expect(h.n).toBeGreaterThan(0);
    expect(h.nominated).toBeGreaterThan(0);
    expect({ total: honours.total, ...honours.totals }).toEqual({ total: h.n, count: h.n, awardTotal: h.award, nominated: h.nominated, persons: h.persons });
    // A filter that keeps every honour takes Prisma's way, not the subtree's one statement: the same figures.
    const filtered = await get("/api/v1/honours?pageSize=1&yearFrom=1950");
    expect({ total: filtered.total, ...filtered.totals }).toEqual({ total: h.n, count: h.n, awardTotal: h.award, nominated: h.nominated, persons: h.persons });

    const services = await get("/api/v1/model-worker-services?pageSize=1");
    const s = await one<{ n: number; amount: string; persons: number }>(
      `SELECT count(*)::int AS n, coalesce(sum(amount), 0)::numeric(14,2)::text AS amount, count(DISTINCT member_id)::int AS persons
         FROM model_worker_service WHERE deleted_at IS NULL AND org_id IN (${sub})`,
      [jianhu],
    );
    expect(s.n).toBeGreaterThan(0);
    expect({ total: services.total, ...services.totals }).toEqual({ total: s.n, count: s.n, amountTotal: s.amount, persons: s.persons });

    const activities = await get("/api/v1/activities?pageSize=1");
    const a = await one<{ n: number; participants: number; amount: string }>(
      `SELECT count(*)::int AS n, coalesce(sum(participants), 0)::int AS participants, coalesce(sum(amount_spent), 0)::numeric(14,2)::text AS amount
         FROM activity_record WHERE deleted_at IS NULL AND org_id IN (${sub})`,
      [jianhu],
    );
    expect(a.n).toBeGreaterThan(0);
    expect({ total: activities.total, ...activities.totals }).toEqual({ total: a.n, count: a.n, participants: a.participants, amountTotal: a.amount });

    const enterprises = await get("/api/v1/enterprises?pageSize=1");
    const e = await one<{ n: number; workers: number; unionised: number }>(
      `SELECT count(*)::int AS n, coalesce(sum(worker_count), 0)::int AS workers, count(union_org_id)::int AS unionised
         FROM enterprise WHERE area_org_id IN (${sub}) OR union_org_id IN (${sub})`,
      [jianhu],
    );
    expect(e.unionised).toBeGreaterThan(0);
    expect(e.n).toBeGreaterThan(e.unionised);
    expect({ total: enterprises.total, ...enterprises.totals }).toEqual({ total: e.n, workers: e.workers, unionised: e.unionised });

    const grants = await get("/api/v1/grants?pageSize=1");
    const g = await one<{ n: number; amount: string }>(
      `SELECT count(*)::int AS n, coalesce(sum(amount), 0)::numeric(14,2)::text AS amount FROM "grant" WHERE org_id IN (${sub})`,
      [jianhu],
    );
    expect(g.n).toBeGreaterThan(0);
    expect({ total: grants.total, totalAmount: grants.totalAmount }).toEqual({ total: g.n, totalAmount: g.amount });

    const trainings = await get("/api/v1/trainings?pageSize=1");
    const t = await one<{ n: number; enrolled: number; extra: number; certified: number; subsidies: number; subsidy: string }>(
      `SELECT count(*)::int AS n, sum(enrolled_count)::int AS enrolled, sum(extra_participants)::int AS extra, sum(certified_count)::int AS certified,
              sum(subsidy_count)::int AS subsidies, coalesce(sum(subsidy_total), 0)::numeric(14,2)::text AS subsidy
         FROM training_session WHERE deleted_at IS NULL AND org_id IN (${sub})`,
      [jianhu],
    );
    expect(t.enrolled).toBeGreaterThan(0);
    expect({ total: trainings.total, ...trainings.totals }).toEqual({
      total: t.n,
      sessions: t.n,
      enrolled: t.enrolled,
      extraParticipants: t.extra,
      participants: t.enrolled + t.extra,
      certified: t.certified,
      subsidies: t.subsidies,
      subsidyAmount: t.subsidy,
    });

    const hardship = await get("/api/v1/hardship-files?pageSize=1");
    const f = await one<{ n: number }>(`SELECT count(*)::int AS n FROM hardship_file WHERE org_id IN (${sub})`, [jianhu]);
    expect(f.n).toBeGreaterThan(0);
    expect(hardship.total).toBe(f.n);

    // The unfiltered list is read from the tally (cappedAggregate, readTally), a filtered one by Prisma's aggregate:
    // in force and not in force partition the contracts, so the two ways must add up to the same figures.
    const contracts = await get("/api/v1/contracts?pageSize=1");
    const k = await one<{ n: number; rows: number; workers: number }>(
      `SELECT count(*)::int AS n, sum(coverage_count)::int AS rows, sum(coverage_workers)::int AS workers FROM contract WHERE org_id IN (${sub})`,
      [jianhu],
    );
    expect(k.rows).toBeGreaterThan(0);
    expect({ total: contracts.total, ...contracts.totals }).toEqual({ total: k.n, coverageRows: k.rows, coverageWorkers: k.workers });
    const [inForce, notInForce] = await Promise.all([get("/api/v1/contracts?pageSize=1&inForce=true"), get("/api/v1/contracts?pageSize=1&inForce=false")]);
    expect(inForce.total).toBeGreaterThan(0);
    expect(notInForce.total).toBeGreaterThan(0);
    expect({
      total: inForce.total + notInForce.total,
      coverageRows: inForce.totals.coverageRows + notInForce.totals.coverageRows,
      coverageWorkers: inForce.totals.coverageWorkers + notInForce.totals.coverageWorkers,
    }).toEqual({ total: k.n, coverageRows: k.rows, coverageWorkers: k.workers });
  });
});

describe("a list's page as it opens, read through pg (pageAsOpened)", () => {
  it("is the page Prisma reads, for every sort of the trainings, in a county, a town and the province", async () => {
    // A date filter no session fails (from 1900) sends the same list through Prisma's findMany.
    const town = await orgIdByName("上冈镇总工会");
    for (const [who, scope] of [["jianhu.staff", ""], ["jianhu.staff", `&orgId=${town}`], ["admin", ""]] as const) {
      for (const sort of ["startsOn", "-startsOn", "title", "-title", "-createdAt"]) {
        const path = `/api/v1/trainings?sort=${sort}&page=2&pageSize=3${scope}`;
        const opened = await c[who].get(path);
        const viaPrisma = await c[who].get(`${path}&from=1900-01-01`);
        expect([opened.status, viaPrisma.status]).toEqual([200, 200]);
        expect(opened.data.data, `${who} ${path}`).toHaveLength(3);
        expect(opened.data.data, `${who} ${path}`).toEqual(viaPrisma.data.data);
      }
    }
    // The newest session is first as the list opens, and once deleted in neither reading.
    const created = await c["jianhu.staff"].post("/api/v1/trainings", trainingInput(await unionBelow("建湖县总工会")));
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    const newest = async () =>
      (await Promise.all(["", "&from=1900-01-01"].map((f) => c["jianhu.staff"].get(`/api/v1/trainings?sort=-createdAt&pageSize=3${f}`)))).map((r) => r.data.data[0].id);
    expect(await newest()).toEqual([created.data.id, created.data.id]);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/trainings/${created.data.id}`)).status).toBe(200);
    const after = await newest();
    expect(after).not.toContain(created.data.id);
    expect(after[0]).toBe(after[1]);
  });
});

describe("the enterprise register's page as it opens, read through pg (pageAsOpened)", () => {
  it("holds the rows in the database's order for every sort, each as Prisma reads that enterprise, in a county, a town and the province", async () => {
    const ORDER: Record<string, string> = {
      name: "name ASC, id ASC",
      "-name": "name DESC, id ASC",
      workerCount: "worker_count ASC, id ASC",
      "-workerCount": "worker_count DESC, id ASC",
      "-createdAt": "created_at DESC, id ASC",
    };
    const town = await orgIdByName("上冈镇总工会");
    const county = await orgIdByName("建湖县总工会");
    const province = (await one<{ id: number }>("SELECT id FROM organisation WHERE parent_id IS NULL ORDER BY id LIMIT 1")).id;
    const seen = { unionised: 0, not: 0 };
    for (const [who, scope, root] of [["jianhu.staff", "", county], ["jianhu.staff", `&orgId=${town}`, town], ["admin", "", province]] as const) {
      for (const [sort, order] of Object.entries(ORDER)) {
        const path = `/api/v1/enterprises?sort=${sort}&page=2&pageSize=3${scope}`;
        const page = await c[who].get(path);
        expect(page.status, path).toBe(200);
        // Belonging as enterpriseScopeWhere says it: located in the subtree, or covered by a union of it.
        const expected = await all<{ id: string }>(
          `SELECT e.id FROM enterprise e WHERE EXISTS (SELECT 1 FROM organisation o WHERE o.id IN (e.area_org_id, e.union_org_id) AND o.ancestor_ids @> ARRAY[$1::int])
            ORDER BY ${order} LIMIT 3 OFFSET 3`,
          [root],
        );
        expect(page.data.data.map((e: { id: string }) => e.id), `${who} ${path}`).toEqual(expected.map((e) => e.id));
        for (const row of page.data.data) {
          // The detail is read by Prisma (findEnterpriseInScope) and mapped by the same toEnterpriseDto.
          const detail = await c[who].get(`/api/v1/enterprises/${row.id}`);
          expect(detail.status).toBe(200);
          const { areaPath: _p, contracts: _c, ...asPrismaReadsIt } = detail.data;
          expect(row, `${who} ${path}`).toEqual(asPrismaReadsIt);
          seen[row.unionName === null ? "not" : "unionised"]++;
        }
      }
    }
    // Both joins were read: enterprises with a union and without.
    expect(seen.unionised).toBeGreaterThan(0);
    expect(seen.not).toBeGreaterThan(0);
  });
});

describe("each programme list's page as it opens, read through pg (pageAsOpened)", () => {
  // Per list: its table, whether deleted records are hidden, and each sort pageAsOpened reads, as SQL.
  // (A grant's or a file's order by the member's name is left to Prisma.)
  const LISTS: { path: string; table: string; live: boolean; sorts: Record<string, string> }[] = [
    {
      path: "activities",
      table: "activity_record",
      live: true,
      sorts: { "-heldOn": "held_on DESC, id", heldOn: "held_on, id", "-participants": "participants DESC, id", "-amountSpent": "amount_spent DESC NULLS LAST, id", "-createdAt": "created_at DESC, id" },
    },
    { path: "assist-orders", table: "assist_order", live: false, sorts: { "-requestedOn": "requested_on DESC, id", requestedOn: "requested_on, id", "-benefit": "benefit DESC NULLS LAST, id", "-createdAt": "created_at DESC, id" } },
    {
      path: "honours",
      table: "honour",
      live: true,
      sorts: {
        "-year": "year DESC, level, id",
        year: "year, level, id",
        title: "title, year DESC, id",
        level: "level, year DESC, id",
        "-createdAt": "created_at DESC, id",
        "-awardAmount": "award_amount DESC NULLS LAST, id",
      },
    },
    { path: "model-worker-services", table: "model_worker_service", live: true, sorts: { "-servedOn": "served_on DESC, id", servedOn: "served_on, id", kind: "kind, served_on DESC, id", "-createdAt": "created_at DESC, id" } },
    { path: "grants", table: '"grant"', live: false, sorts: { "-createdAt": "created_at DESC, id", "-updatedAt": "updated_at DESC, id", "-amount": "amount DESC, id", amount: "amount, id" } },
    {
      path: "hardship-files",
      table: "hardship_file",
      live: false,
      sorts: { "-createdAt": "created_at DESC, id", lastVerifiedOn: "last_verified_on NULLS FIRST, id", "-lastVerifiedOn": "last_verified_on DESC NULLS LAST, id" },
    },
    {
      path: "contracts",
      table: "contract",
      live: false,
      sorts: {
        "-offeredOn": "offered_on DESC, id",
        offeredOn: "offered_on, id",
        effectiveTo: "effective_to NULLS LAST, id",
        "-effectiveTo": "effective_to DESC NULLS LAST, id",
        "-updatedAt": "updated_at DESC, id",
        title: "title, id",
      },
    },
  ];

  it.each(LISTS)("$path: the database's order for every sort, each row as Prisma reads its record, in a county, a town and the province", async ({ path, table, live, sorts }) => {
    const county = await orgIdByName("建湖县总工会");
    const town = await orgIdByName("上冈镇总工会");
    const province = (await one<{ id: number }>("SELECT id FROM organisation WHERE parent_id IS NULL ORDER BY id LIMIT 1")).id;
    let checked = 0;
    for (const [who, scope, root, page] of [["jianhu.staff", "", county, 2], ["jianhu.staff", `&orgId=${town}`, town, 1], ["admin", "", province, 2]] as const) {
      for (const [sort, order] of Object.entries(sorts)) {
        const url = `/api/v1/${path}?sort=${sort}&page=${page}&pageSize=3${scope}`;
        const got = await c[who].get(url);
        expect(got.status, url).toBe(200);
        // In the subtree by the record's organisation, not by scope_ids, which the page reads.
        const expected = await all<{ id: string }>(
          `SELECT id FROM ${table} WHERE org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int]) ${live ? "AND deleted_at IS NULL" : ""}
            ORDER BY ${order} LIMIT 3 OFFSET ${(page - 1) * 3}`,
          [root],
        );
        if (root !== town) expect(expected, url).toHaveLength(3);
        expect(got.data.data.map((r: { id: string }) => r.id), `${who} ${url}`).toEqual(expected.map((r) => r.id));
        for (const row of got.data.data) {
          // The detail reads the record through Prisma and maps it with the same DTO mapper.
          const detail = await c[who].get(`/api/v1/${path}/${row.id}`);
          expect(detail.status, `${path}/${row.id}`).toBe(200);
          expect(detail.data, `${who} ${url}`).toMatchObject(row);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2 * 3 * Object.keys(sorts).length);
  });
});

describe("the rights cases' page as it opens, read through pg (pageAsOpened)", () => {
  it("is the database's order, each row as Prisma reads it, in a county and the province", async () => {
    const county = await orgIdByName("建湖县总工会");
    const town = await orgIdByName("上冈镇总工会");
    const province = (await one<{ id: number }>("SELECT id FROM organisation WHERE parent_id IS NULL ORDER BY id LIMIT 1")).id;
    // A closed case a town received and handed up to the county, newest of all: its two unions differ, its money and dates are set.
    const { id: handedUp } = await one<{ id: string }>(
      `INSERT INTO rights_case (receiving_org_id, handling_org_id, applicant_name, kind, channel, facts_cipher, status, received_on, acknowledge_by, resolve_by,
                                accepted_on, closed_on, money_recovered, satisfaction, updated_at)
       VALUES ($1, $2, '移交测试', 'WAGE_ARREARS', 'VISIT', '\\x00'::bytea, 'CLOSED', DATE '2099-06-30', DATE '2099-07-01', DATE '2099-07-30',
               DATE '2099-07-01', DATE '2099-07-10', 1234.50, 5, now()) RETURNING id`,
      [town, county],
    );
    try {
      for (const [who, root] of [["jianhu.staff", county], ["admin", province]] as const) {
        for (const page of [1, 2]) {
          const url = `/api/v1/rights-cases?page=${page}&pageSize=3`;
          const got = await c[who].get(url);
          expect(got.status, url).toBe(200);
          // In the subtree by the receiving or the handling union, not by scope_ids, which the page reads.
          const expected = await all<{ id: string }>(
            `SELECT r.id FROM rights_case r
              WHERE EXISTS (SELECT 1 FROM organisation o WHERE o.id IN (r.receiving_org_id, r.handling_org_id) AND o.ancestor_ids @> ARRAY[$1::int])
              ORDER BY r.received_on DESC, r.id LIMIT 3 OFFSET ${(page - 1) * 3}`,
            [root],
          );
          expect(expected, who).toHaveLength(3);
          expect(got.data.data.map((r: { id: string }) => r.id), `${who} ${url}`).toEqual(expected.map((r) => r.id));
          // A date filter no case fails sends the same list through Prisma's findMany.
          const viaPrisma = await c[who].get(`${url}&receivedFrom=1900-01-01`);
          expect(viaPrisma.data.data, `${who} ${url}`).toEqual(got.data.data);
          for (const row of got.data.data) {
            const detail = await c[who].get(`/api/v1/rights-cases/${row.id}`);
            expect(detail.status).toBe(200);
            expect(detail.data, `${who} ${url}`).toMatchObject(row);
          }
        }
        const first = (await c[who].get("/api/v1/rights-cases?pageSize=3")).data.data[0];
        expect(first).toMatchObject({ id: handedUp, receivingOrgName: "上冈镇总工会", handlingOrgName: "建湖县总工会", moneyRecovered: "1234.50", closedOn: "2099-07-10" });
      }
    } finally {
      await sql().query("DELETE FROM rights_case WHERE id = $1", [handedUp]);
    }
  });
});

describe("list totals past the cap (TOTALS_CAP, 10,000 records)", () => {
  /** A list of more than 10,000 records in `union`: "10,000+" and no totals, in the API and on the page; `narrow` adds up exactly. */
  async function expectCapped(list: string, union: number, narrow: string, exact: { total: number; totals: unknown }) {
    const all = await c.admin.get(`/api/v1/${list}?orgId=${union}&pageSize=20`);
    expect(all.status).toBe(200);
    expect({ total: all.data.total, totalCapped: all.data.totalCapped, totals: all.data.totals, rows: all.data.data.length }).toEqual({
      total: 10_000,
      totalCapped: true,
      totals: null,
      rows: 20,
    });
    const few = await c.admin.get(`/api/v1/${list}?orgId=${union}&${narrow}`);
    expect(few.status).toBe(200);
    expect({ total: few.data.total, totalCapped: few.data.totalCapped, totals: few.data.totals }).toEqual({ ...exact, totalCapped: false });
    const page = await c.admin.get(`/${list}?orgId=${union}`);
    expect(page.status).toBe(200);
    expect(page.data).toContain("列表不再逐条合计");
  }

  it("count to 10,000+ and leave the sums out, in the API and on the page; a narrower filter adds up exactly", async () => {
    // 10,001 activity records in one union of 盱眙, ten of them at a place of their own; removed afterwards.
    const union = await unionBelow("盱眙县总工会", 2);
    const place = `封顶${tag()}`;
    await sql().query(
      `INSERT INTO activity_record (org_id, type_id, held_on, place, participants, amount_spent, updated_at)
       SELECT $1, (SELECT id FROM activity_type WHERE active ORDER BY id LIMIT 1), current_date - 1,
              CASE WHEN g <= 10 THEN $2 ELSE '批量' END, 3, 1.50, now()
       FROM generate_series(1, 10001) AS g`,
      [union, place],
    );
    try {
      await expectCapped("activities", union, `q=${encodeURIComponent(place)}`, { total: 10, totals: { count: 10, participants: 30, amountTotal: "15.00" } });
    } finally {
      await sql().query("DELETE FROM activity_record WHERE org_id = $1 AND place IN ($2, '批量')", [union, place]);
    }
  });

  it("stop competitions at 10,000+ too, without adding up their entries; a narrower filter adds up exactly", async () => {
    const union = await unionBelow("盱眙县总工会", 3);
    const name = `封顶竞赛${tag()}`;
    await sql().query(
      `INSERT INTO competition (org_id, name, kind, level, organiser, starts_on, ends_on, trades, updated_at)
       SELECT $1, CASE WHEN g <= 3 THEN $2 ELSE '批量竞赛' END, 'SKILLS', 'COUNTY', '测试主办', DATE '2024-05-01', DATE '2024-05-02', ARRAY['电工'], now()
       FROM generate_series(1, 10001) AS g`,
      [union, name],
    );
    try {
      await expectCapped("competitions", union, `q=${encodeURIComponent(name)}`, {
        total: 3,
        totals: { competitions: 3, entries: 0, awarded: 0, firstPlaces: 0, nominations: 0 },
      });
    } finally {
      await sql().query("DELETE FROM competition WHERE org_id = $1 AND name IN ($2, '批量竞赛')", [union, name]);
    }
  });

  it("stop rights cases and 助企行 orders at 10,000+ too, without their other figures; a narrower filter adds up exactly", async () => {
    const union = await unionBelow("盱眙县总工会", 4);
    const name = `封顶${tag()}`;
    // Four cases past their time limit, open, under a name of their own; then 10,001 in all.
    await sql().query(
      `INSERT INTO rights_case (receiving_org_id, handling_org_id, applicant_name, kind, channel, facts_cipher, received_on, acknowledge_by, resolve_by, updated_at)
       SELECT $1, $1, CASE WHEN g <= 4 THEN $2 ELSE '批量' END, 'OTHER', 'VISIT', '\\x00'::bytea, current_date - 40, current_date - 39, current_date - 19, now()
       FROM generate_series(1, 10001) AS g`,
      [union, name],
    );
    const enterprise = await one<{ id: string }>(`SELECT id FROM enterprise ORDER BY id LIMIT 1`);
    // Three closed orders under a title of their own, each 2 problems solved, 5 workers trained, 100 yuan of benefit.
    await sql().query(
      `INSERT INTO assist_order (org_id, enterprise_id, trade, field, title, description, contact_name, contact_phone, requested_on, status, problems_solved, workers_trained, benefit, closed_on, updated_at)
       SELECT $1, $2, 'OTHER', '工艺改进', CASE WHEN g <= 3 THEN $3 ELSE '批量' END, '需求说明', '联系人', '13800000000', current_date - 30,
              CASE WHEN g <= 3 THEN 'CLOSED' ELSE 'OPEN' END::"AssistOrderStatus", CASE WHEN g <= 3 THEN 2 END, CASE WHEN g <= 3 THEN 5 END,
              CASE WHEN g <= 3 THEN 100 END, CASE WHEN g <= 3 THEN current_date - 2 END, now()
       FROM generate_series(1, 10001) AS g`,
      [union, enterprise.id, name],
    );
    try {
      await expectCapped("rights-cases", union, `q=${encodeURIComponent(name)}`, {
        total: 4,
        totals: { count: 4, closed: 0, overdue: 4, onTimeRate: null, moneyRecovered: "0.00", avgSatisfaction: null },
      });
      await expectCapped("assist-orders", union, `q=${encodeURIComponent(name)}`, {
        total: 3,
        totals: { count: 3, visits: 0, problemsSolved: 6, workersTrained: 15, benefit: "300.00" },
      });
    } finally {
      await sql().query("DELETE FROM rights_case WHERE receiving_org_id = $1 AND applicant_name IN ($2, '批量')", [union, name]);
      await sql().query("DELETE FROM assist_order WHERE org_id = $1 AND title IN ($2, '批量')", [union, name]);
    }
  });
});

describe("record scopes (scope_ids, the lists' predicate)", () => {
  const TABLES = ["training_session", '"grant"', "contract", "hardship_file", "honour", "model_worker_service", "activity_record", "competition"];

  it("hold every record's organisations and their ancestors, an enterprise's through its area and its union", async () => {
    // After the seed and every write of the suite so far: no record's scope drifted from its organisation's path.
    for (const t of TABLES) {
      const r = await one<{ n: number; bad: number }>(
        `SELECT count(*)::int AS n, (count(*) FILTER (WHERE r.scope_ids IS DISTINCT FROM o.ancestor_ids))::int AS bad
           FROM ${t} r JOIN organisation o ON o.id = r.org_id`,
      );
      expect(r.n, t).toBeGreaterThan(0);
      expect(r.bad, t).toBe(0);
    }
    const e = await one<{ n: number; bad: number }>(
      `SELECT count(*)::int AS n, (count(*) FILTER (WHERE e.scope_ids IS DISTINCT FROM s.ids))::int AS bad
         FROM enterprise e JOIN LATERAL (
           SELECT array_agg(DISTINCT x ORDER BY x) AS ids FROM organisation o CROSS JOIN LATERAL unnest(o.ancestor_ids) AS x
           WHERE o.id IN (e.area_org_id, e.union_org_id)) s ON true
        WHERE e.union_org_id IS NOT NULL`,
    );
    expect(e.n).toBeGreaterThan(0);
    expect(e.bad).toBe(0);
  });

  it("follow a record to another organisation, and an organisation cannot move", async () => {
    const client = await sql().connect();
    try {
      await client.query("BEGIN");
      const xuyiPath = (await client.query<{ a: number[] }>("SELECT ancestor_ids AS a FROM organisation WHERE id = $1", [ids.xuyiUnion])).rows[0].a;
      const jianhu = await orgIdByName("建湖县总工会");
      // An enterprise of 建湖 whose union is taken over by a union of 盱眙: both subtrees list it.
      const moved = await client.query<{ scope_ids: number[] }>(
        `UPDATE enterprise SET union_org_id = $1
          WHERE id = (SELECT id FROM enterprise WHERE scope_ids @> ARRAY[$2::int] ORDER BY id LIMIT 1) RETURNING scope_ids`,
        [ids.xuyiUnion, jianhu],
      );
      expect(moved.rows).toHaveLength(1);
      expect(moved.rows[0].scope_ids).toEqual(expect.arrayContaining([...xuyiPath, jianhu]));
      await client.query("ROLLBACK");
      await client.query("BEGIN");
      await expect(client.query("UPDATE organisation SET ancestor_ids = ARRAY[id] WHERE id = $1", [ids.xuyi])).rejects.toMatchObject({ code: "23514" });
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});

describe("the record tally (record_tally: the lists' counts and sums per scope, and 建会率 per area, kept by the writes)", () => {
  const tables = Object.keys(TALLY_SOURCES);

  /** (table, organisation) whose tally differs from its records added up, each table in one snapshot. */
  async function drift(client: { query: (text: string) => Promise<{ rows: unknown[] }> }) {
    const out: unknown[] = [];
    for (const t of tables) {
      const { live, figs, spread } = TALLY_SOURCES[t];
      const sums = [0, 1, 2, 3, 4].map((i) => `sum(coalesce((${figs[i]?.sql ?? "0"})::numeric, 0)) AS s${i + 1}`).join(", ");
      const differs = [1, 2, 3, 4, 5].map((i) => `coalesce(c.s${i}, 0) <> coalesce(t.s${i}, 0)`).join(" OR ");
      // A spread table's row of an organisation: every record whose scope holds it.
      const key = spread ? `node AS org_id, ARRAY[node] AS scope_ids` : `org_id, scope_ids`;
      const from = spread ? `"${t}" CROSS JOIN LATERAL unnest(scope_ids) AS node` : `"${t}"`;
      const r = await client.query(
        `SELECT '${t}' AS tbl, coalesce(c.org_id, t.org_id) AS org_id, c.n AS counted, t.n AS tallied
           FROM (SELECT ${key}, count(*) AS n, ${sums} FROM ${from} WHERE ${live ? "deleted_at IS NULL" : "true"} GROUP BY 1, 2) c
           FULL JOIN (SELECT * FROM record_tally WHERE tbl = '${t}' AND (n <> 0 OR s1 <> 0 OR s2 <> 0 OR s3 <> 0 OR s4 <> 0 OR s5 <> 0)) t
             ON t.org_id = c.org_id
          WHERE coalesce(c.n, 0) <> coalesce(t.n, 0) OR c.scope_ids IS DISTINCT FROM t.scope_ids OR ${differs}`,
      );
      out.push(...r.rows);
    }
    // 建会率's tally per area (migration enterprise_area_tally) against the register.
    const r = await client.query(
      `SELECT 'enterprise_area_tally' AS tbl, coalesce(c.area_org_id, t.area_org_id) AS org_id, row_to_json(c) AS counted, row_to_json(t) AS tallied
         FROM (SELECT area_org_id, count(*) AS n, sum(worker_count) AS workers, count(union_org_id) AS unionised,
                      coalesce(sum(worker_count) FILTER (WHERE union_org_id IS NOT NULL), 0) AS unionised_workers
                 FROM enterprise GROUP BY 1) c
         FULL JOIN (SELECT * FROM enterprise_area_tally WHERE n <> 0 OR workers <> 0 OR unionised <> 0 OR unionised_workers <> 0) t
           ON t.area_org_id = c.area_org_id
        WHERE (c.n, c.workers, c.unionised, c.unionised_workers) IS DISTINCT FROM (t.n, t.workers, t.unionised, t.unionised_workers)`,
    );
    out.push(...r.rows);
    return out;
  }

  it("keeps for each table the live condition and figures the lists read (TALLY_SOURCES)", async () => {
    const rows = await all<{ tbl: string; live: string; figs: string[]; spread: boolean }>(`SELECT tbl, live, figs, spread FROM record_tally_source ORDER BY tbl`);
    expect(rows).toEqual(
      [...tables].sort().map((t) => ({
        tbl: t,
        live: TALLY_SOURCES[t].live ? "deleted_at IS NULL" : "true",
        figs: TALLY_SOURCES[t].figs.map((f) => f.sql),
        spread: TALLY_SOURCES[t].spread ?? false,
      })),
    );
    expect(rows.filter((r) => r.spread).map((r) => r.tbl)).toEqual(["enterprise"]);
  });

  it("equals every table's records added up, after the suite's writes and after multi-row statements", async () => {
    const counts = await one<{ n: number }>(`SELECT count(*)::int AS n FROM record_tally WHERE n > 0`);
    expect(counts.n).toBeGreaterThan(100);
    expect(await drift(sql())).toEqual([]);
    // Statements touching many records at once (soft deletes, moves, figures changed), seen inside their transaction.
    const client = await sql().connect();
    try {
      await client.query("BEGIN");
      // Within 盱眙, whose periods no test locks.
      const xuyi = await orgIdByName("盱眙县总工会");
      const [a, b] = [await unionBelow("盱眙县总工会", 1), await unionBelow("盱眙县总工会", 4)];
      const within = (t: string, extra = "true") => `SELECT id FROM ${t} WHERE scope_ids @> ARRAY[${xuyi}] AND ${extra} ORDER BY id`;
      await client.query(`UPDATE activity_record SET deleted_at = now() WHERE id IN (${within("activity_record", "deleted_at IS NULL")} LIMIT 25)`);
      await client.query(`UPDATE activity_record SET org_id = $1, participants = participants + 3 WHERE id IN (${within("activity_record", "deleted_at IS NULL")} DESC LIMIT 25)`, [a]);
      await client.query(`UPDATE "grant" SET org_id = $1 WHERE id IN (${within('"grant"')} LIMIT 30)`, [b]);
      await client.query(`UPDATE enterprise SET union_org_id = NULL, worker_count = worker_count + 1 WHERE id IN (${within("enterprise", "union_org_id IS NOT NULL")} LIMIT 10)`);
      // An enterprise registered, and some moved to another area of the county.
      const towns = await client.query<{ id: number }>(`SELECT id FROM organisation WHERE level = 'TOWN' AND ancestor_ids @> ARRAY[$1::int] ORDER BY id LIMIT 2`, [xuyi]);
      expect(towns.rows).toHaveLength(2);
      await client.query(`INSERT INTO enterprise (area_org_id, union_org_id, name, worker_count, updated_at) VALUES ($1, $2, '计数测试企业', 37, now())`, [towns.rows[0].id, a]);
      await client.query(`UPDATE enterprise SET area_org_id = $1 WHERE id IN (${within("enterprise", `area_org_id <> ${towns.rows[1].id}`)} LIMIT 7)`, [towns.rows[1].id]);
      await client.query(`UPDATE training_session SET extra_participants = extra_participants + 2 WHERE id IN (${within("training_session")} LIMIT 10)`);
      await client.query(`DELETE FROM hardship_file WHERE id IN (${within("hardship_file")} LIMIT 3) AND NOT EXISTS (SELECT 1 FROM "grant" g WHERE g.file_id = hardship_file.id) AND NOT EXISTS (SELECT 1 FROM hardship_visit v WHERE v.file_id = hardship_file.id)`);
      expect(await drift(client)).toEqual([]);
      // The repair recounts to the same figures.
      await client.query("SELECT record_tally_recount()");
      expect(await drift(client)).toEqual([]);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});

