// Competitions (劳动和技能竞赛): the scope matrix for competitions and entries
// (every role × action, ids swapped for another county's records) and the
// skills-to-honours pipeline: a first place nominated for the county 五一劳动奖章
// becomes a NOMINATED row in the honours table, once.
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../helpers/http";
import { MODULE_USERS, signedIn } from "../helpers/matrix";
import { memberBelow, one, orgIdByName, sql } from "../helpers/db";
import { download } from "../helpers/xlsx";

const ROLES = MODULE_USERS;
type Role = (typeof ROLES)[number];
let c: Record<Role, Client>;

let ids: { jianhu: number; shanggang: number; jinhu: number; xuyi: number; shanggangMember: string; jinhuMember: string; xuyiMember: string; self: string };

const competition = (orgId: number, extra: Record<string, unknown> = {}) => ({
  orgId,
  name: `测试技能竞赛-${Math.random().toString(36).slice(2, 8)}`,
  kind: "SKILLS",
  level: "COUNTY",
  organiser: "建湖县总工会、建湖县人力资源和社会保障局",
  startsOn: "2026-09-10",
  endsOn: "2026-09-20",
  trades: ["电工", "焊工"],
  ...extra,
});

/** S by 上冈镇, J at county level, X in 盱眙. */
let S: string, J: string, X: string;
let entryS: string;

beforeAll(async () => {
  ids = {
    jianhu: await orgIdByName("建湖县总工会"),
    shanggang: await orgIdByName("上冈镇总工会"),
    jinhu: await orgIdByName("近湖街道总工会"),
    xuyi: await orgIdByName("盱眙县总工会"),
    shanggangMember: (await memberBelow("上冈镇总工会")).id,
    jinhuMember: (await memberBelow("近湖街道总工会")).id,
    xuyiMember: (await memberBelow("盱眙县总工会")).id,
    self: (await one<{ id: string }>("SELECT id FROM member WHERE phone = '13800000001'")).id,
  };
  c = await signedIn(ROLES);
  S = (await c["shanggang.staff"].post("/api/v1/competitions", competition(ids.shanggang))).data.id;
  J = (await c["jianhu.staff"].post("/api/v1/competitions", competition(ids.jianhu))).data.id;
  X = (await c["xuyi.staff"].post("/api/v1/competitions", competition(ids.xuyi, { trades: ["育婴员"] }))).data.id;
  const e = await c["shanggang.staff"].post(`/api/v1/competitions/${S}/entries`, { memberId: ids.shanggangMember, trade: "电工", score: "95.5", rank: 2, award: "SECOND" });
  expect(e.status).toBe(201);
  entryS = e.data.id;
});

describe("competitions", () => {
  it("are created within scope only and validated in Chinese", async () => {
    expect(S && J && X).toBeTruthy();
    expect((await c["shanggang.staff"].post("/api/v1/competitions", competition(ids.jianhu))).status).toBe(403);
    expect((await c["xuyi.staff"].post("/api/v1/competitions", competition(ids.jianhu))).status).toBe(403);
    expect((await c["jianhu.leader"].post("/api/v1/competitions", competition(ids.jianhu))).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/competitions", competition(ids.shanggang))).status).toBe(403);
    const bad = await c["jianhu.staff"].post("/api/v1/competitions", competition(ids.jianhu, { trades: [], endsOn: "2026-09-01" }));
    expect(bad.status).toBe(400);
    expect(bad.data.error.fields).toMatchObject({ trades: "职业技能竞赛请至少设置一个工种", endsOn: "结束日期不能早于开始日期" });
    const dup = await c["jianhu.staff"].post("/api/v1/competitions", competition(ids.jianhu, { trades: ["电工", "电工"] }));
    expect(dup.status).toBe(400);
  });

  it("are read and listed within scope only", async () => {
    const reads: [Role, string, number][] = [
      ["admin", X, 200],
      ["jianhu.admin", S, 200],
      ["jianhu.leader", J, 200],
      ["jianhu.staff", S, 200],
      ["shanggang.staff", S, 200],
      ["shanggang.staff", J, 404],
      ["xuyi.staff", S, 404],
      ["jianhu.leader", X, 404],
      ["jianhu.staff", X, 404],
      ["13800000001", S, 404],
    ];
    for (const [u, id, status] of reads) expect((await c[u].get(`/api/v1/competitions/${id}`)).status, u).toBe(status);
    const list = async (u: Role) => (await c[u].get("/api/v1/competitions?pageSize=100&from=2026-09-10&to=2026-09-10")).data.data.map((x: { id: string }) => x.id);
    expect(await list("shanggang.staff")).toContain(S);
    expect(await list("shanggang.staff")).not.toContain(J);
    expect(await list("jianhu.leader")).toEqual(expect.arrayContaining([S, J]));
    expect(await list("jianhu.leader")).not.toContain(X);
    expect(await list("xuyi.staff")).not.toContain(S);
    expect(await list("admin")).toEqual(expect.arrayContaining([S, J, X]));
    expect((await c["jianhu.staff"].get(`/api/v1/competitions?orgId=${ids.xuyi}`)).status).toBe(404);
  });

  it("are updated and deleted within scope only", async () => {
    expect((await c["jianhu.leader"].patch(`/api/v1/competitions/${S}`, { notes: "x" })).status).toBe(403);
    expect((await c["xuyi.staff"].patch(`/api/v1/competitions/${S}`, { notes: "x" })).status).toBe(404);
    expect((await c["shanggang.staff"].patch(`/api/v1/competitions/${J}`, { notes: "x" })).status).toBe(404);
    expect((await c["13800000001"].patch(`/api/v1/competitions/${S}`, { notes: "x" })).status).toBe(403);
    const ok = await c["jianhu.staff"].patch(`/api/v1/competitions/${S}`, { notes: "季度比武", trades: ["电工", "焊工", "钳工"] });
    expect(ok.status).toBe(200);
    expect(ok.data.trades).toEqual(["电工", "焊工", "钳工"]);
    // A trade with entrants cannot be dropped.
    const drop = await c["jianhu.staff"].patch(`/api/v1/competitions/${S}`, { trades: ["焊工"] });
    expect(drop.status).toBe(400);
    expect(drop.data.error.fields.trades).toContain("电工");

    const T = (await c["shanggang.staff"].post("/api/v1/competitions", competition(ids.shanggang))).data.id;
    expect((await c["jianhu.leader"].request("DELETE", `/api/v1/competitions/${T}`)).status).toBe(403);
    expect((await c["xuyi.staff"].request("DELETE", `/api/v1/competitions/${T}`)).status).toBe(404);
    expect((await c["shanggang.staff"].request("DELETE", `/api/v1/competitions/${T}`)).status).toBe(200);
    expect((await c["shanggang.staff"].get(`/api/v1/competitions/${T}`)).status).toBe(404);
  });
});

describe("entries", () => {
  it("enter only members of the competition's organisation subtree, in its trades", async () => {
    const body = (memberId: string, trade = "焊工") => ({ memberId, trade });
    expect((await c["shanggang.staff"].post(`/api/v1/competitions/${S}/entries`, body(ids.xuyiMember))).status).toBe(403);
    const outside = await c["jianhu.staff"].post(`/api/v1/competitions/${S}/entries`, body(ids.jinhuMember));
    expect(outside.status).toBe(400);
    expect(outside.data.error.fields.memberId).toBeTruthy();
    const trade = await c["shanggang.staff"].post(`/api/v1/competitions/${S}/entries`, body(ids.shanggangMember, "厨师"));
    expect(trade.status).toBe(400);
    expect(trade.data.error.fields.trade).toContain("工种不在本竞赛设置的工种中");
    expect((await c["jianhu.leader"].post(`/api/v1/competitions/${S}/entries`, body(ids.self))).status).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/competitions/${S}/entries`, body(ids.xuyiMember))).status).toBe(404);
    expect((await c["13800000001"].post(`/api/v1/competitions/${S}/entries`, body(ids.self))).status).toBe(403);
    const dup = await c["jianhu.staff"].post(`/api/v1/competitions/${S}/entries`, body(ids.shanggangMember, "电工"));
    expect(dup.status).toBe(409);
    // The same member may enter another trade.
    expect((await c["jianhu.staff"].post(`/api/v1/competitions/${S}/entries`, body(ids.shanggangMember, "焊工"))).status).toBe(201);
  });

  it("are read, changed and removed within scope; swapped ids answer 404", async () => {
    const path = `/api/v1/competitions/${S}/entries/${entryS}`;
    for (const u of ["admin", "jianhu.leader", "shanggang.staff"] as Role[]) expect((await c[u].get(path)).status, u).toBe(200);
    for (const u of ["xuyi.staff", "13800000001"] as Role[]) expect((await c[u].get(path)).status, u).toBe(404);
    expect((await c["jianhu.staff"].get(`/api/v1/competitions/${J}/entries/${entryS}`)).status).toBe(404);
    expect((await c["xuyi.staff"].patch(`/api/v1/competitions/${X}/entries/${entryS}`, { rank: 1 })).status).toBe(404);
    expect((await c["jianhu.leader"].patch(path, { score: "96.00" })).status).toBe(403);
    const ok = await c["shanggang.staff"].patch(path, { score: "96", award: "FIRST" });
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({ score: "96.00", award: "FIRST", rank: 2 });

    const extra = await c["shanggang.staff"].post(`/api/v1/competitions/${S}/entries`, { memberId: ids.self, trade: "钳工" });
    const extraPath = `/api/v1/competitions/${S}/entries/${extra.data.id}`;
    expect((await c["jianhu.leader"].request("DELETE", extraPath)).status).toBe(403);
    expect((await c["xuyi.staff"].request("DELETE", extraPath)).status).toBe(404);
    expect((await c["shanggang.staff"].request("DELETE", extraPath)).status).toBe(200);
  });

  it("let a member see only the competitions they entered and their own entries", async () => {
    const T = (await c["shanggang.staff"].post("/api/v1/competitions", competition(ids.shanggang))).data.id;
    await c["shanggang.staff"].post(`/api/v1/competitions/${T}/entries`, { memberId: ids.shanggangMember, trade: "电工" });
    const mine = await c["shanggang.staff"].post(`/api/v1/competitions/${T}/entries`, { memberId: ids.self, trade: "焊工", rank: 3 });
    const me = c["13800000001"];
    expect((await me.get(`/api/v1/competitions/${T}`)).status).toBe(200);
    const entries = await me.get(`/api/v1/competitions/${T}/entries`);
    expect(entries.data.total).toBe(1);
    expect(entries.data.data[0].id).toBe(mine.data.id);
    expect((await me.post(`/api/v1/competitions/${T}/entries/${mine.data.id}/nomination`, {})).status).toBe(403);
    expect((await download(me, `/api/v1/competitions/${T}/entries/export`)).status).toBe(403);
  });
});

describe("nomination of a first place (skills → honours)", () => {
  it("creates one NOMINATED honour for the entry, refused twice and for other places", async () => {
    const first = await c["jianhu.staff"].post(`/api/v1/competitions/${J}/entries`, { memberId: ids.jinhuMember, trade: "电工", score: "98.20", rank: 1, award: "FIRST" });
    const second = await c["jianhu.staff"].post(`/api/v1/competitions/${J}/entries`, { memberId: ids.shanggangMember, trade: "电工", score: "97.00", rank: 2, award: "SECOND" });
    expect(first.status).toBe(201);
    const path = (e: string) => `/api/v1/competitions/${J}/entries/${e}/nomination`;

    expect((await c["jianhu.leader"].post(path(first.data.id), {})).status).toBe(403);
    expect((await c["xuyi.staff"].post(path(first.data.id), {})).status).toBe(404);
    expect((await c["shanggang.staff"].post(path(first.data.id), {})).status).toBe(404); // a county competition is outside a town's scope
    const notFirst = await c["jianhu.staff"].post(path(second.data.id), {});
    expect(notFirst.status).toBe(400);
    expect(notFirst.data.error.message).toContain("只有第一名");

    const done = await c["jianhu.staff"].post(path(first.data.id), {});
    expect(done.status).toBe(201);
    expect(done.data.nomination).toMatchObject({ title: "五一劳动奖章", status: "NOMINATED" });
    const h = await one<Record<string, unknown>>("SELECT * FROM honour WHERE source_entry_id = $1", [first.data.id]);
    const member = await one<{ org_id: number }>("SELECT org_id FROM member WHERE id = $1", [ids.jinhuMember]);
    expect(h).toMatchObject({
      status: "NOMINATED",
      title: "MAY_DAY_MEDAL",
      title_text: "五一劳动奖章",
      level: "COUNTY",
      year: 2026,
      member_id: ids.jinhuMember,
      org_id: member.org_id,
      awarding_body: "建湖县总工会、建湖县人力资源和社会保障局",
      deleted_at: null,
    });
    const audit = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'competition.entry.nominate' AND entity_id = $1", [h.id]);
    expect(audit.n).toBe(1);

    const again = await c["jianhu.admin"].post(path(first.data.id), { title: "CRAFTSMAN" });
    expect(again.status).toBe(409);
    expect((await one<{ n: number }>("SELECT count(*)::int AS n FROM honour WHERE source_entry_id = $1", [first.data.id])).n).toBe(1);

    // The competition shows it; a nominated entry keeps its rank and cannot be removed, nor the competition deleted.
    expect((await c["jianhu.leader"].get(`/api/v1/competitions/${J}`)).data.nominationCount).toBe(1);
    expect((await c["jianhu.staff"].patch(`/api/v1/competitions/${J}/entries/${first.data.id}`, { rank: 2 })).status).toBe(409);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/competitions/${J}/entries/${first.data.id}`)).status).toBe(409);
    expect((await c["jianhu.staff"].request("DELETE", `/api/v1/competitions/${J}`)).status).toBe(409);
  });

  it("does not trust a concurrent double click: the database keeps one nomination", async () => {
    const e = await c["jianhu.staff"].post(`/api/v1/competitions/${J}/entries`, { memberId: ids.jinhuMember, trade: "焊工", rank: 1, award: "FIRST" });
    const path = `/api/v1/competitions/${J}/entries/${e.data.id}/nomination`;
    const results = await Promise.all([c["jianhu.staff"].post(path, {}), c["jianhu.admin"].post(path, {})]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const n = await sql().query("SELECT count(*)::int AS n FROM honour WHERE source_entry_id = $1", [e.data.id]);
    expect(n.rows[0].n).toBe(1);
  });
});
