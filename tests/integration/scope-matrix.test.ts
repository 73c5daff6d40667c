// For every role and every API resource and action: in-scope works, out of
// scope is refused, and swapping an id for another county's record is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/http";
import { memberBelow, one, orgIdByName, unionBelow } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";
import { expectMatrix, MODULE_USERS, ROLE_ACCOUNTS, signedIn, statuses } from "../helpers/matrix";

type Ids = {
  province: number;
  jianhu: number;
  xuyi: number;
  shanggang: number;
  jinhu: number;
  jianhuUnion: number;
  shanggangUnion: number;
  shanggangUnion2: number;
  jinhuUnion: number;
  xuyiUnion: number;
  shanggangMember: string;
  jinhuMember: string;
  xuyiMember: string;
  self: { id: string; org_id: number };
};
let ids: Ids;
let c: Record<string, Client>;

beforeAll(async () => {
  ids = {
    province: await orgIdByName("江苏省总工会"),
    jianhu: await orgIdByName("建湖县总工会"),
    xuyi: await orgIdByName("盱眙县总工会"),
    shanggang: await orgIdByName("上冈镇总工会"),
    jinhu: await orgIdByName("近湖街道总工会"),
    jianhuUnion: await unionBelow("建湖县总工会"),
    shanggangUnion: await unionBelow("上冈镇总工会"),
    shanggangUnion2: await unionBelow("上冈镇总工会", 1),
    jinhuUnion: await unionBelow("近湖街道总工会"),
    xuyiUnion: await unionBelow("盱眙县总工会"),
    shanggangMember: (await memberBelow("上冈镇总工会")).id,
    jinhuMember: (await memberBelow("近湖街道总工会")).id,
    xuyiMember: (await memberBelow("盱眙县总工会")).id,
    self: await one("SELECT m.id, m.org_id FROM member m WHERE m.phone = '13800000001'"),
  };
  c = await signedIn(Object.values(ROLE_ACCOUNTS));
});

describe("organisations", () => {
  it("lists only the caller's subtree", async () => {
    const all = await c["jianhu.staff"].get(`/api/v1/organisations?pageSize=100&q=${encodeURIComponent("盱眙")}`);
    expect(all.status).toBe(200);
    expect(all.data.total).toBe(0);
    const own = await c["jianhu.staff"].get(`/api/v1/organisations?parentId=${ids.jianhu}&pageSize=100`);
    expect(own.status).toBe(200);
    expect(own.data.data.map((o: { name: string }) => o.name)).toContain("上冈镇总工会");
    const prov = await c.admin.get(`/api/v1/organisations?q=${encodeURIComponent("盱眙县总工会")}`);
    expect(prov.data.total).toBe(1);
    expect((await c["shanggang.staff"].get(`/api/v1/organisations?parentId=${ids.jianhu}`)).status).toBe(404);
  });

  it("answers 404 for another county's organisation, whatever the role", async () => {
    for (const u of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "13800000001"]) {
      expect((await c[u].get(`/api/v1/organisations/${ids.xuyi}`)).status, u).toBe(404);
      expect((await c[u].get(`/api/v1/organisations/${ids.xuyiUnion}/children`)).status, u).toBe(404);
    }
    expect((await c["xuyi.staff"].get(`/api/v1/organisations/${ids.jianhu}`)).status).toBe(404);
    expect((await c["shanggang.staff"].get(`/api/v1/organisations/${ids.jinhu}`)).status).toBe(404);
    expect((await c["shanggang.staff"].get(`/api/v1/organisations/${ids.jianhu}`)).status).toBe(404);
  });

  it("lets staff, leaders and admins read within scope", async () => {
    for (const u of ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff"]) {
      const r = await c[u].get(`/api/v1/organisations/${ids.shanggang}`);
      expect(r.status, u).toBe(200);
      expect(r.data.memberCount, u).toBeGreaterThan(0);
    }
    expect((await c["shanggang.staff"].get(`/api/v1/organisations/${ids.shanggangUnion}`)).status).toBe(200);
  });

  it("lets a member read only their own union", async () => {
    expect((await c["13800000001"].get(`/api/v1/organisations/${ids.self.org_id}`)).status).toBe(200);
    expect((await c["13800000001"].get(`/api/v1/organisations/${ids.shanggang}`)).status).toBe(404);
    expect((await c["13800000001"].get(`/api/v1/organisations`)).status).toBe(403);
  });

  it("creates below one's own organisation only, and never for leaders or members", async () => {
    const body = (parentId: number) => ({ parentId, name: `测试企业${Date.now()}有限公司工会`, level: "GRASSROOTS", kind: "INDEPENDENT", employeeCount: 60 });
    const created = await c["shanggang.staff"].post("/api/v1/organisations", body(ids.shanggang));
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ parentId: ids.shanggang, level: "GRASSROOTS", depth: 4 });
    const child = await c["jianhu.staff"].get(`/api/v1/organisations/${created.data.id}`);
    expect(child.data.breadcrumbs.map((b: { name: string }) => b.name)).toEqual(["建湖县总工会", "上冈镇总工会", created.data.name]);

    expect((await c["shanggang.staff"].post("/api/v1/organisations", body(ids.jinhu))).status).toBe(404);
    expect((await c["xuyi.staff"].post("/api/v1/organisations", body(ids.shanggang))).status).toBe(404);
    expect((await c["jianhu.leader"].post("/api/v1/organisations", body(ids.shanggang))).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/organisations", body(ids.shanggang))).status).toBe(403);
  });

  it("updates within scope only", async () => {
    const patch = { contactName: "李红梅", contactPhone: "0515-86201234" };
    expect((await c["shanggang.staff"].patch(`/api/v1/organisations/${ids.shanggangUnion}`, patch)).status).toBe(200);
    expect((await c["jianhu.leader"].patch(`/api/v1/organisations/${ids.shanggangUnion}`, patch)).status).toBe(403);
    expect((await c["xuyi.staff"].patch(`/api/v1/organisations/${ids.shanggangUnion}`, patch)).status).toBe(404);
    expect((await c["13800000001"].patch(`/api/v1/organisations/${ids.self.org_id}`, patch)).status).toBe(403);
    // A town's own record is kept by the county above it.
    expect((await c["shanggang.staff"].patch(`/api/v1/organisations/${ids.shanggang}`, patch)).status).toBe(403);
  });
});

describe("members", () => {
  it("lists only members in scope", async () => {
    const sg = await c["shanggang.staff"].get(`/api/v1/members?pageSize=100`);
    expect(sg.status).toBe(200);
    expect(sg.data.total).toBeGreaterThan(0);
    const names = new Set(sg.data.data.map((m: { orgId: number }) => m.orgId));
    for (const orgId of names) {
      const anc = await one<{ ancestor_ids: number[] }>("SELECT ancestor_ids FROM organisation WHERE id = $1", [orgId]);
      expect(anc.ancestor_ids).toContain(ids.shanggang);
    }
    const jianhu = await c["jianhu.leader"].get(`/api/v1/members?pageSize=1`);
    expect(jianhu.data.total).toBeGreaterThan(sg.data.total);
    expect((await c["shanggang.staff"].get(`/api/v1/members?orgId=${ids.jinhu}`)).status).toBe(404);
    expect((await c["jianhu.staff"].get(`/api/v1/members?orgId=${ids.xuyi}`)).status).toBe(404);
  });

  it("gives a member exactly their own record", async () => {
    const r = await c["13800000001"].get(`/api/v1/members?pageSize=100`);
    expect(r.status).toBe(200);
    expect(r.data.total).toBe(1);
    expect(r.data.data[0].id).toBe(ids.self.id);
    expect((await c["13800000001"].get(`/api/v1/members/${ids.self.id}`)).status).toBe(200);
    expect((await c["13800000001"].get(`/api/v1/members/${ids.shanggangMember}`)).status).toBe(404);
  });

  it("answers 404 when an id is swapped for another county's member", async () => {
    for (const u of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff", "13800000001"]) {
      const cl = c[u];
      expect((await cl.get(`/api/v1/members/${ids.xuyiMember}`)).status, u).toBe(404);
      expect((await cl.post(`/api/v1/members/${ids.xuyiMember}/id-number`)).status, u).toBe(404);
    }
    expect((await c["jianhu.staff"].patch(`/api/v1/members/${ids.xuyiMember}`, { phone: "13900000000" })).status).toBe(404);
    expect((await c["jianhu.staff"].post(`/api/v1/members/${ids.xuyiMember}/leave`, { leftOn: "2026-01-01", reason: "测试" })).status).toBe(404);
    expect((await c["shanggang.staff"].get(`/api/v1/members/${ids.jinhuMember}`)).status).toBe(404);
    expect((await c["xuyi.staff"].get(`/api/v1/members/${ids.shanggangMember}`)).status).toBe(404);
    expect((await c.admin.get(`/api/v1/members/${ids.xuyiMember}`)).status).toBe(200);
  });

  it("registers members only in unions within the caller's scope", async () => {
    const input = memberInput(ids.shanggangUnion);
    const ok = await c["shanggang.staff"].post("/api/v1/members", input);
    expect(ok.status).toBe(201);
    expect(ok.data.idMasked).toBe(`${input.idNumber.slice(0, 6)}***********${input.idNumber.slice(-1)}`);
    expect(JSON.stringify(ok.data)).not.toMatch(/idNumber|idCipher|idHash/);
    expect((await c["shanggang.staff"].post("/api/v1/members", memberInput(ids.jinhuUnion))).status).toBe(403);
    expect((await c["jianhu.staff"].post("/api/v1/members", memberInput(ids.xuyiUnion))).status).toBe(403);
    expect((await c["jianhu.leader"].post("/api/v1/members", memberInput(ids.jianhuUnion))).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/members", memberInput(ids.jianhuUnion))).status).toBe(403);
    // Members are registered with a grassroots union, not a federation.
    const fed = await c["jianhu.staff"].post("/api/v1/members", memberInput(ids.shanggang));
    expect(fed.status).toBe(400);
    expect(fed.data.error.fields.orgId).toBeTruthy();
  });

  it("updates, transfers and records leaving within scope only", async () => {
    const m = (await c["shanggang.staff"].post("/api/v1/members", memberInput(ids.shanggangUnion))).data;
    expect((await c["jianhu.leader"].patch(`/api/v1/members/${m.id}`, { phone: "13912345678" })).status).toBe(403);
    expect((await c["13800000001"].patch(`/api/v1/members/${m.id}`, { phone: "13912345678" })).status).toBe(403);
    expect((await c["13800000001"].patch(`/api/v1/members/${ids.self.id}`, { name: "王大华" })).status).toBe(403);
    const up = await c["shanggang.staff"].patch(`/api/v1/members/${m.id}`, { phone: "13912345678", groups: ["MIGRANT_WORKER"] });
    expect(up.status).toBe(200);
    expect(up.data).toMatchObject({ phone: "13912345678", groups: ["MIGRANT_WORKER"] });

    const out = { toOrgId: ids.jinhuUnion, transferredOn: "2026-06-01", reason: "工作调动" };
    expect((await c["shanggang.staff"].post(`/api/v1/members/${m.id}/transfer`, out)).status).toBe(403);
    expect((await c["jianhu.leader"].post(`/api/v1/members/${m.id}/transfer`, out)).status).toBe(403);
    const moved = await c["shanggang.staff"].post(`/api/v1/members/${m.id}/transfer`, { ...out, toOrgId: ids.shanggangUnion2 });
    expect(moved.status).toBe(200);
    expect(moved.data.orgId).toBe(ids.shanggangUnion2);
    expect(moved.data.transfers[0]).toMatchObject({ fromOrgId: ids.shanggangUnion, toOrgId: ids.shanggangUnion2, reason: "工作调动" });

    const leave = { leftOn: "2026-10-01", reason: "退休" };
    expect((await c["xuyi.staff"].post(`/api/v1/members/${m.id}/leave`, leave)).status).toBe(404);
    expect((await c["jianhu.leader"].post(`/api/v1/members/${m.id}/leave`, leave)).status).toBe(403);
    const left = await c["jianhu.staff"].post(`/api/v1/members/${m.id}/leave`, leave);
    expect(left.status).toBe(200);
    expect(left.data).toMatchObject({ status: "LEFT", leftOn: "2026-10-01", leftReason: "退休" });
  });

  it("reveals a full ID number to permitted users only, and audits it", async () => {
    const r = await c["shanggang.staff"].post(`/api/v1/members/${ids.shanggangMember}/id-number`);
    expect(r.status).toBe(200);
    expect(r.data.idNumber).toMatch(/^\d{17}[\dX]$/);
    const shown = await c["shanggang.staff"].get(`/api/v1/members/${ids.shanggangMember}`);
    expect(r.data.idNumber.slice(-1)).toBe(shown.data.idMasked.slice(-1));
    expect(shown.data.idMasked.slice(0, 6)).toBe(r.data.idNumber.slice(0, 6));
    expect((await c["jianhu.leader"].post(`/api/v1/members/${ids.shanggangMember}/id-number`)).status).toBe(403);
    expect((await c["13800000001"].post(`/api/v1/members/${ids.self.id}/id-number`)).status).toBe(200);
    const audit = await one<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'member.reveal_id' AND entity_id = $1 AND actor_name = 'shanggang.staff'",
      [ids.shanggangMember],
    );
    expect(audit.n).toBeGreaterThanOrEqual(1);
  });
});

// The partner-unit role (PARTNER, lib/reform): a person of 建湖县人社局 signed in
// against 建湖县总工会's register. Outside its 产改 tasks it sees nothing: every
// other resource answers 403 or 404, lists included (never an empty 200 that
// a later change could fill). Its own tasks are covered in reform.test.ts.
describe("partner-unit accounts (PARTNER)", () => {
  const refused = (r: { status: number }, what: string) => expect([403, 404], `${what} → ${r.status}`).toContain(r.status);
  const firstId = async (table: string, orgColumn = "org_id") =>
    (await one<{ id: string }>(`SELECT t.id::text AS id FROM "${table}" t JOIN organisation o ON o.id = t.${orgColumn} WHERE o.ancestor_ids @> ARRAY[$1::int] ORDER BY t.id LIMIT 1`, [ids.jianhu])).id;

  it("reads no list, export or summary of any other module", async () => {
    const rsj = c["jianhu.rsj"];
    const lists = [
      "/api/v1/organisations", "/api/v1/members", "/api/v1/members/export", "/api/v1/honours", "/api/v1/honours/export", "/api/v1/model-worker-services",
      "/api/v1/studios", "/api/v1/trainings", "/api/v1/trainings/export", "/api/v1/competitions", "/api/v1/activities", "/api/v1/activity-types",
      "/api/v1/hardship-files", "/api/v1/grants", "/api/v1/grants/export", "/api/v1/grants/policies", "/api/v1/funds", "/api/v1/assistance/queue",
      "/api/v1/assistance/summary", "/api/v1/contracts", "/api/v1/contracts/coverage", "/api/v1/contracts/reminders", "/api/v1/enterprises",
      "/api/v1/enterprises/stats", "/api/v1/dashboard", "/api/v1/dashboard/ranking?indicator=trainees", "/api/v1/dashboard/targets", "/api/v1/change-requests",
      "/api/v1/me/benefits", "/api/v1/me/applications", "/api/v1/me/service-points",
    ];
    for (const path of lists) refused(await rsj.get(path), path);
  });

  it("reads no record of 建湖县 itself, though its account belongs to 建湖县总工会's register", async () => {
    const rsj = c["jianhu.rsj"];
    const records = [
      `/api/v1/organisations/${ids.jianhu}`, `/api/v1/organisations/${ids.jianhu}/children`, `/api/v1/members/${ids.shanggangMember}`,
      `/api/v1/honours/${await firstId("honour")}`, `/api/v1/studios/${await firstId("studio")}`, `/api/v1/trainings/${await firstId("training_session")}`,
      `/api/v1/competitions/${await firstId("competition")}`, `/api/v1/activities/${await firstId("activity_record")}`, `/api/v1/hardship-files/${await firstId("hardship_file")}`,
      `/api/v1/grants/${await firstId("grant")}`, `/api/v1/funds/${await firstId("fund")}`, `/api/v1/contracts/${await firstId("contract")}`,
      `/api/v1/enterprises/${await firstId("enterprise", "area_org_id")}`,
    ];
    for (const path of records) refused(await rsj.get(path), path);
    refused(await rsj.post(`/api/v1/members/${ids.shanggangMember}/id-number`), "reveal ID");
  });

  it("writes nothing outside 产改", async () => {
    const rsj = c["jianhu.rsj"];
    refused(await rsj.post("/api/v1/members", memberInput(ids.jianhuUnion)), "register member");
    refused(await rsj.post("/api/v1/organisations", { parentId: ids.jianhu, name: "越权工会", level: "GRASSROOTS", kind: "INDEPENDENT" }), "create org");
    refused(await rsj.post("/api/v1/activities", { typeId: 1, orgId: ids.jianhu, heldOn: "2026-06-18", participants: 1 }), "create activity");
    refused(await rsj.patch(`/api/v1/organisations/${ids.shanggang}`, { contactName: "越权" }), "update org");
  });

  it("is told who it is, and nothing more", async () => {
    const me = await c["jianhu.rsj"].get("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.data.role).toBe("PARTNER");
  });
});

describe("anonymous callers", () => {
  it("get 401 in the API's error shape", async () => {
    const anon = new Client();
    for (const path of ["/api/v1/members", `/api/v1/members/${ids.self.id}`, "/api/v1/organisations", `/api/v1/organisations/${ids.jianhu}`, "/api/v1/me"]) {
      const r = await anon.get(path);
      expect(r.status, path).toBe(401);
      expect(r.data.error.code).toBe("UNAUTHENTICATED");
      expect(r.data.error.message).toMatch(/登录/);
    }
  });
});

// ---- 劳模工匠助企行 orders (lib/assist-orders): staff records, scoped by the handling union ----
describe("劳模工匠助企行 orders", () => {
  const order = (below: number) =>
    one<{ id: string }>(
      `SELECT a.id FROM assist_order a JOIN organisation o ON o.id = a.org_id WHERE o.ancestor_ids @> ARRAY[$1]::int[] ORDER BY a.id LIMIT 1`,
      [below],
    );

  it("reads within the subtree for every staff-like role, 404 when the id is another county's, 403 for members", async () => {
    const shanggangOrder = (await order(ids.shanggang)).id;
    const xuyiOrder = (await order(ids.xuyi)).id;
    const read = (path: string) => statuses(c, MODULE_USERS, (cl) => cl.get(path));
    expectMatrix(await read(`/api/v1/assist-orders/${shanggangOrder}`), { "xuyi.staff": 404, "13800000001": 403 }, 200);
    expectMatrix(await read(`/api/v1/assist-orders/${xuyiOrder}`), { admin: 200, "xuyi.staff": 200, "13800000001": 403 }, 404);
    expectMatrix(await read(`/api/v1/assist-orders/${xuyiOrder}/candidates`), { admin: 200, "xuyi.staff": 200, "13800000001": 403 }, 404);
  });

  it("writes for staff and admins within scope only; leaders and members are refused", async () => {
    const xuyiOrder = (await order(ids.xuyi)).id;
    for (const u of ["jianhu.admin", "jianhu.staff", "shanggang.staff"]) {
      expect((await c[u].post(`/api/v1/assist-orders/${xuyiOrder}/cancel`, { reason: "越权测试" })).status, u).toBe(404);
    }
    for (const u of ["jianhu.leader", "13800000001"]) {
      expect((await c[u].post(`/api/v1/assist-orders/${xuyiOrder}/cancel`, { reason: "越权测试" })).status, u).toBe(403);
      expect((await c[u].get(`/api/v1/assist-orders`)).status, u).toBe(u === "jianhu.leader" ? 200 : 403);
    }
    const list = await c["shanggang.staff"].get(`/api/v1/assist-orders?pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.data.total).toBeGreaterThan(0);
    for (const o of list.data.data as { orgId: number }[]) {
      expect((await one<{ a: number[] }>("SELECT ancestor_ids AS a FROM organisation WHERE id = $1", [o.orgId])).a).toContain(ids.shanggang);
    }
  });
});

// ---- 维权服务工单 (lib/rights-cases): subtree for staff, facts never for leaders, own cases only for members ----
describe("rights cases", () => {
  const caseBelow = (org: number) =>
    one<{ id: string }>(
      `SELECT r.id FROM rights_case r JOIN organisation o ON o.id = r.receiving_org_id WHERE o.ancestor_ids @> ARRAY[$1]::int[] AND r.member_id IS DISTINCT FROM $2 ORDER BY r.id LIMIT 1`,
      [org, ids.self.id],
    );

  it("reads within the subtree, 404 for another county's case whatever the role, members only their own", async () => {
    const shanggangCase = (await caseBelow(ids.shanggang)).id;
    const xuyiCase = (await caseBelow(ids.xuyi)).id;
    const read = (path: string) => statuses(c, MODULE_USERS, (cl) => cl.get(path));
    expectMatrix(await read(`/api/v1/rights-cases/${shanggangCase}`), { "xuyi.staff": 404, "13800000001": 404 }, 200);
    expectMatrix(await read(`/api/v1/rights-cases/${xuyiCase}`), { admin: 200, "xuyi.staff": 200 }, 404);
    for (const id of [shanggangCase, xuyiCase]) expect((await c["13800000001"].get(`/api/v1/me/rights-cases/${id}`)).status).toBe(404);
  });

  it("reveals the facts to staff and admins only; writes for staff and admins within scope", async () => {
    const shanggangCase = (await caseBelow(ids.shanggang)).id;
    const xuyiCase = (await caseBelow(ids.xuyi)).id;
    for (const u of ["jianhu.staff", "shanggang.staff", "jianhu.admin"]) expect((await c[u].post(`/api/v1/rights-cases/${shanggangCase}/facts`)).status, u).toBe(200);
    for (const u of ["jianhu.leader", "13800000001"]) expect((await c[u].post(`/api/v1/rights-cases/${shanggangCase}/facts`)).status, u).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/rights-cases/${shanggangCase}/facts`)).status).toBe(404);
    for (const u of ["jianhu.staff", "shanggang.staff"]) expect((await c[u].post(`/api/v1/rights-cases/${xuyiCase}/follow-up`, { followedUpOn: "2026-12-01", satisfaction: 5 })).status, u).toBe(404);
    for (const u of ["jianhu.leader", "13800000001"]) expect((await c[u].post(`/api/v1/rights-cases/${xuyiCase}/follow-up`, { followedUpOn: "2026-12-01", satisfaction: 5 })).status, u).toBe(403);
    const leaderList = await c["jianhu.leader"].get("/api/v1/rights-cases?pageSize=5");
    expect(leaderList.status).toBe(200);
    expect(leaderList.data.data.length).toBeGreaterThan(0);
    for (const r of leaderList.data.data as { applicantName: string }[]) expect(r.applicantName).toMatch(/^.\*+$/);
    expect(JSON.stringify(leaderList.data)).not.toMatch(/facts|Cipher/);
  });
});

describe("网上入会 applications, 保留会籍 and the lapsed-member review", () => {
  it("lets the queue's subtree read applications, 404 elsewhere, 403 to members and partner units", async () => {
    const app = await one<{ id: string }>("SELECT id FROM member_application WHERE org_id = $1 AND status = 'PENDING' ORDER BY id LIMIT 1", [ids.shanggang]);
    for (const u of ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"]) {
      expect((await c[u].get(`/api/v1/member-applications/${app.id}`)).status, u).toBe(200);
    }
    expect((await c["xuyi.staff"].get(`/api/v1/member-applications/${app.id}`)).status).toBe(404);
    expect((await c["xuyi.staff"].post(`/api/v1/member-applications/${app.id}/decline`, { reason: "测试越权" })).status).toBe(404);
    for (const u of ["13800000001", "jianhu.rsj"]) {
      expect((await c[u].get("/api/v1/member-applications")).status, u).toBe(403);
      expect((await c[u].get(`/api/v1/member-applications/${app.id}`)).status, u).toBe(403);
      expect((await c[u].post(`/api/v1/member-applications/${app.id}/decline`, { reason: "测试越权" })).status, u).toBe(403);
    }
    expect((await c["jianhu.leader"].post(`/api/v1/member-applications/${app.id}/decline`, { reason: "测试越权" })).status).toBe(403);
    expect((await c["jianhu.staff"].get(`/api/v1/member-applications?orgId=${ids.xuyi}`)).status).toBe(404);
  });

  it("retains and reviews members within scope only", async () => {
    for (const u of ["jianhu.staff", "shanggang.staff"]) {
      expect((await c[u].post(`/api/v1/members/${ids.xuyiMember}/retain`, { retainedOn: "2026-01-01" })).status, u).toBe(404);
      expect((await c[u].post(`/api/v1/members/${ids.xuyiMember}/lapsed-review`, { decision: "KEEP" })).status, u).toBe(404);
    }
    for (const u of ["jianhu.leader", "13800000001", "jianhu.rsj"]) {
      expect((await c[u].post(`/api/v1/members/${ids.shanggangMember}/retain`, { retainedOn: "2026-01-01" })).status, u).toBe(403);
      expect((await c[u].post(`/api/v1/members/${ids.shanggangMember}/lapsed-review`, { decision: "KEEP" })).status, u).toBe(403);
    }
    expect((await c["13800000001"].get("/api/v1/members/lapsed")).status).toBe(403);
    expect((await c["shanggang.staff"].get(`/api/v1/members/lapsed?orgId=${ids.jinhu}`)).status).toBe(404);
    expect((await c["jianhu.leader"].get(`/api/v1/members/lapsed?orgId=${ids.shanggangUnion}`)).status).toBe(200);
  });
});
