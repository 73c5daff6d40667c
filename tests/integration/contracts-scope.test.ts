// Contracts and the enterprise register for every role and action: in scope
// works, out of scope is 404, forbidden acts are 403, and swapping an id for
// another town's or county's record is refused. Uses the demo data set.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/http";
import { MODULE_USERS, signedIn } from "../helpers/matrix";
import { one, orgIdByName } from "../helpers/db";
import { daysFromToday, today } from "../helpers/contracts";

const ROLES = MODULE_USERS;
type Role = (typeof ROLES)[number];
let c: Record<Role, Client>;

type Ids = {
  jianhu: number;
  shanggang: number;
  jinhu: number;
  shanggangUnion: number; // an independent union of 上冈镇 with its enterprise
  shanggangEnterprise: string;
  jinhuEnterprise: string;
  xuyiEnterprise: string;
  shanggangContract: string; // the demo member's enterprise's wage contract
  jinhuContract: string;
  xuyiContract: string;
  selfUnion: number;
};
let ids: Ids;

const contractOf = async (orgName: string, extra = "") =>
  (
    await one<{ id: string }>(
      `SELECT c.id FROM contract c JOIN organisation o ON o.id = c.org_id
       WHERE o.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = $1)] ${extra} ORDER BY c.id LIMIT 1`,
      [orgName],
    )
  ).id;
const enterpriseIn = async (orgName: string) =>
  (
    await one<{ id: string }>(
      `SELECT e.id FROM enterprise e JOIN organisation a ON a.id = e.area_org_id
       WHERE a.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = $1)] AND e.union_org_id IS NOT NULL ORDER BY e.id LIMIT 1`,
      [orgName],
    )
  ).id;

beforeAll(async () => {
  const self = await one<{ org_id: number }>("SELECT org_id FROM member WHERE phone = '13800000001'");
  const sgUnion = await one<{ union_org_id: number; id: string }>(
    `SELECT e.union_org_id, e.id FROM enterprise e JOIN organisation u ON u.id = e.union_org_id
     WHERE u.kind = 'INDEPENDENT' AND u.ancestor_ids @> ARRAY[(SELECT id FROM organisation WHERE name = '上冈镇总工会')] AND u.id <> $1
     ORDER BY u.id LIMIT 1`,
    [self.org_id],
  );
  ids = {
    jianhu: await orgIdByName("建湖县总工会"),
    shanggang: await orgIdByName("上冈镇总工会"),
    jinhu: await orgIdByName("近湖街道总工会"),
    shanggangUnion: sgUnion.union_org_id,
    shanggangEnterprise: sgUnion.id,
    jinhuEnterprise: await enterpriseIn("近湖街道总工会"),
    xuyiEnterprise: await enterpriseIn("盱眙县总工会"),
    shanggangContract: (
      await one<{ id: string }>("SELECT c.id FROM contract c WHERE c.org_id = $1 AND c.kind = 'WAGE' AND c.status = 'IN_FORCE' ORDER BY c.id LIMIT 1", [self.org_id])
    ).id,
    jinhuContract: await contractOf("近湖街道总工会"),
    xuyiContract: await contractOf("盱眙县总工会", "AND c.kind = 'REGIONAL'"),
    selfUnion: self.org_id,
  };
  c = await signedIn(ROLES);
});

const status = async (p: Promise<{ status: number }>) => (await p).status;

describe("enterprise register", () => {
  it("lists only enterprises in scope, and none for members", async () => {
    const sg = await c["shanggang.staff"].get("/api/v1/enterprises?pageSize=100");
    expect(sg.status).toBe(200);
    expect(sg.data.total).toBeGreaterThan(0);
    const outside = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM enterprise e JOIN organisation a ON a.id = e.area_org_id LEFT JOIN organisation u ON u.id = e.union_org_id
       WHERE e.id = ANY($1::uuid[]) AND NOT (a.ancestor_ids @> ARRAY[$2::int] OR coalesce(u.ancestor_ids @> ARRAY[$2::int], false))`,
      [sg.data.data.map((e: { id: string }) => e.id), ids.shanggang],
    );
    expect(outside.n).toBe(0);
    expect((await c["jianhu.leader"].get("/api/v1/enterprises?pageSize=1")).data.total).toBeGreaterThan(sg.data.total);
    expect(await status(c["13800000001"].get("/api/v1/enterprises"))).toBe(403);
    expect(await status(c["shanggang.staff"].get(`/api/v1/enterprises?orgId=${ids.jinhu}`))).toBe(404);
    expect(await status(c["xuyi.staff"].get(`/api/v1/enterprises?orgId=${ids.jianhu}`))).toBe(404);
  });

  it("shows one enterprise within scope only (404 for a swapped id)", async () => {
    for (const u of ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"] as const) {
      expect(await status(c[u].get(`/api/v1/enterprises/${ids.shanggangEnterprise}`)), u).toBe(200);
    }
    expect(await status(c["xuyi.staff"].get(`/api/v1/enterprises/${ids.shanggangEnterprise}`))).toBe(404);
    expect(await status(c["shanggang.staff"].get(`/api/v1/enterprises/${ids.jinhuEnterprise}`))).toBe(404);
    for (const u of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"] as const) {
      expect(await status(c[u].get(`/api/v1/enterprises/${ids.xuyiEnterprise}`)), u).toBe(404);
    }
    expect(await status(c["13800000001"].get(`/api/v1/enterprises/${ids.shanggangEnterprise}`))).toBe(403);
    expect(await status(c["jianhu.staff"].get("/api/v1/enterprises/not-a-uuid"))).toBe(404);
  });

  it("registers enterprises only in places within scope, never for leaders or members", async () => {
    const body = (areaOrgId: number) => ({ name: `范围测试${Date.now()}${Math.random().toString(36).slice(2, 6)}有限公司`, areaOrgId, workerCount: 12 });
    expect(await status(c["shanggang.staff"].post("/api/v1/enterprises", body(ids.shanggang)))).toBe(201);
    expect(await status(c["jianhu.staff"].post("/api/v1/enterprises", body(ids.jinhu)))).toBe(201);
    expect(await status(c["shanggang.staff"].post("/api/v1/enterprises", body(ids.jinhu)))).toBe(403);
    expect(await status(c["xuyi.staff"].post("/api/v1/enterprises", body(ids.shanggang)))).toBe(403);
    expect(await status(c["jianhu.leader"].post("/api/v1/enterprises", body(ids.shanggang)))).toBe(403);
    expect(await status(c["13800000001"].post("/api/v1/enterprises", body(ids.shanggang)))).toBe(403);
    // A county is not a place an enterprise is located in; a union elsewhere cannot be chosen.
    expect(await status(c["jianhu.staff"].post("/api/v1/enterprises", body(ids.jianhu)))).toBe(400);
    expect(await status(c["shanggang.staff"].post("/api/v1/enterprises", { ...body(ids.shanggang), unionOrgId: await orgIdByName("盱眙县总工会") }))).toBe(403);
    // An independent union already has its enterprise.
    const taken = await c["shanggang.staff"].post("/api/v1/enterprises", { ...body(ids.shanggang), unionOrgId: ids.shanggangUnion });
    expect(taken.status).toBe(409);
    expect(taken.data.error.fields.unionOrgId).toMatch(/已对应企业/);
  });

  it("updates within scope only", async () => {
    const e = await one<{ worker_count: number }>("SELECT worker_count FROM enterprise WHERE id = $1", [ids.shanggangEnterprise]);
    const patch = { workerCount: e.worker_count };
    expect(await status(c["shanggang.staff"].patch(`/api/v1/enterprises/${ids.shanggangEnterprise}`, patch))).toBe(200);
    expect(await status(c["jianhu.staff"].patch(`/api/v1/enterprises/${ids.shanggangEnterprise}`, patch))).toBe(200);
    expect(await status(c["jianhu.leader"].patch(`/api/v1/enterprises/${ids.shanggangEnterprise}`, patch))).toBe(403);
    expect(await status(c["13800000001"].patch(`/api/v1/enterprises/${ids.shanggangEnterprise}`, patch))).toBe(403);
    expect(await status(c["xuyi.staff"].patch(`/api/v1/enterprises/${ids.shanggangEnterprise}`, patch))).toBe(404);
    expect(await status(c["shanggang.staff"].patch(`/api/v1/enterprises/${ids.jinhuEnterprise}`, patch))).toBe(404);
    expect(await status(c["jianhu.staff"].patch(`/api/v1/enterprises/${ids.xuyiEnterprise}`, patch))).toBe(404);
  });

  it("exports and reports 建会率 for staff and leaders in scope", async () => {
    const x = await c["jianhu.leader"].get(`/api/v1/enterprises/export?orgId=${ids.shanggang}`);
    expect(x.status).toBe(200);
    expect(x.headers.get("content-type")).toContain("spreadsheetml");
    expect(await status(c["13800000001"].get("/api/v1/enterprises/export"))).toBe(403);
    expect(await status(c["xuyi.staff"].get(`/api/v1/enterprises/export?orgId=${ids.jianhu}`))).toBe(404);
    const s = await c["shanggang.staff"].get("/api/v1/enterprises/stats");
    expect(s.status).toBe(200);
    expect(s.data.orgId).toBe(ids.shanggang);
    expect(s.data.rate).toBeGreaterThan(0.5);
    expect(await status(c["shanggang.staff"].get(`/api/v1/enterprises/stats?orgId=${ids.jianhu}`))).toBe(404);
    expect(await status(c["13800000001"].get("/api/v1/enterprises/stats"))).toBe(403);
  });
});

describe("collective contracts", () => {
  it("lists the contracts of unions in scope; a member sees those in force covering their enterprise", async () => {
    const sg = await c["shanggang.staff"].get("/api/v1/contracts?pageSize=100");
    expect(sg.status).toBe(200);
    const outside = await one<{ n: number }>(
      "SELECT count(*)::int AS n FROM contract c JOIN organisation o ON o.id = c.org_id WHERE c.id = ANY($1::uuid[]) AND NOT o.ancestor_ids @> ARRAY[$2::int]",
      [sg.data.data.map((x: { id: string }) => x.id), ids.shanggang],
    );
    expect(outside.n).toBe(0);
    expect((await c["jianhu.leader"].get("/api/v1/contracts?pageSize=1")).data.total).toBeGreaterThan(sg.data.total);
    expect(await status(c["shanggang.staff"].get(`/api/v1/contracts?orgId=${ids.jinhu}`))).toBe(404);

    const mine = await c["13800000001"].get("/api/v1/contracts?pageSize=100");
    expect(mine.status).toBe(200);
    const expected = await one<{ n: number }>(
      `SELECT count(DISTINCT c.id)::int AS n FROM contract c JOIN contract_coverage cc ON cc.contract_id = c.id JOIN enterprise e ON e.id = cc.enterprise_id
       WHERE e.union_org_id = $1 AND c.status IN ('IN_FORCE', 'EXPIRED', 'RENEWED')`,
      [ids.selfUnion],
    );
    expect(mine.data.total).toBe(expected.n);
    expect(mine.data.total).toBeGreaterThanOrEqual(4); // comprehensive, wage (and last year's), women, the industry contract
    expect(mine.data.data.map((x: { kind: string }) => x.kind)).toContain("INDUSTRY");
  });

  it("shows one contract within scope only (404 for a swapped id)", async () => {
    for (const u of ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"] as const) {
      expect(await status(c[u].get(`/api/v1/contracts/${ids.shanggangContract}`)), u).toBe(200);
    }
    for (const u of ["jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff", "13800000001"] as const) {
      expect(await status(c[u].get(`/api/v1/contracts/${ids.xuyiContract}`)), u).toBe(404);
    }
    expect(await status(c["xuyi.staff"].get(`/api/v1/contracts/${ids.shanggangContract}`))).toBe(404);
    expect(await status(c["shanggang.staff"].get(`/api/v1/contracts/${ids.jinhuContract}`))).toBe(404);
    expect(await status(c["13800000001"].get(`/api/v1/contracts/${ids.jinhuContract}`))).toBe(404);
    // The member sees their own enterprise's contract, but not who handled it or the other firms.
    const own = await c["13800000001"].get(`/api/v1/contracts/${ids.shanggangContract}`);
    expect(own.status).toBe(200);
    expect(own.data.transitions).toEqual([]);
    expect(own.data.events.every((e: { actorName: string | null }) => e.actorName === null)).toBe(true);
    const industry = (await c["13800000001"].get("/api/v1/contracts?kind=INDUSTRY")).data.data[0];
    const seen = (await c["13800000001"].get(`/api/v1/contracts/${industry.id}`)).data;
    expect(seen.enterpriseCount).toBeGreaterThan(1);
    expect(seen.coverage).toHaveLength(1);
    // A leader reads but may take no step.
    expect((await c["jianhu.leader"].get(`/api/v1/contracts/${ids.shanggangContract}`)).data.transitions).toEqual([]);
    // Staff may renew it (and, once its term is over, mark it expired).
    expect((await c["jianhu.staff"].get(`/api/v1/contracts/${ids.shanggangContract}`)).data.transitions).toContain("RENEWED");
  });

  it("starts, edits and advances contracts only within scope and only for staff and admins", async () => {
    const enterprise = await one<{ worker_count: number }>("SELECT worker_count FROM enterprise WHERE id = $1", [ids.shanggangEnterprise]);
    const body = {
      kind: "WAGE",
      orgId: ids.shanggangUnion,
      title: `范围测试${today()}年度工资专项集体合同`,
      employerParty: "测试企业",
      offeredOn: daysFromToday(-3),
      coverage: [{ enterpriseId: ids.shanggangEnterprise, workerCount: enterprise.worker_count }],
    };
    expect(await status(c["jianhu.leader"].post("/api/v1/contracts", body))).toBe(403);
    expect(await status(c["13800000001"].post("/api/v1/contracts", body))).toBe(403);
    expect(await status(c["xuyi.staff"].post("/api/v1/contracts", body))).toBe(403);
    // Staff of another town cannot sign for this union, nor cover this enterprise with their own.
    const jinhuUnion = await one<{ union_org_id: number }>("SELECT union_org_id FROM enterprise WHERE id = $1", [ids.jinhuEnterprise]);
    expect(await status(c["shanggang.staff"].post("/api/v1/contracts", { ...body, orgId: jinhuUnion.union_org_id }))).toBe(403);
    expect(await status(c["jianhu.staff"].post("/api/v1/contracts", { ...body, coverage: [{ enterpriseId: ids.jinhuEnterprise, workerCount: 10 }] }))).toBe(400);
    const made = await c["shanggang.staff"].post("/api/v1/contracts", body);
    expect(made.status).toBe(201);
    const id = made.data.id;

    const patch = { version: 0, title: `${body.title}（修订）` };
    expect(await status(c["jianhu.leader"].patch(`/api/v1/contracts/${id}`, patch))).toBe(403);
    expect(await status(c["13800000001"].patch(`/api/v1/contracts/${id}`, patch))).toBe(403);
    expect(await status(c["xuyi.staff"].patch(`/api/v1/contracts/${id}`, patch))).toBe(404);
    expect(await status(c["jianhu.staff"].patch(`/api/v1/contracts/${id}`, patch))).toBe(200);

    const step = { to: "NEGOTIATING", on: today(), version: 1 };
    expect(await status(c["jianhu.leader"].post(`/api/v1/contracts/${id}/transition`, step))).toBe(403);
    expect(await status(c["13800000001"].post(`/api/v1/contracts/${id}/transition`, step))).toBe(403);
    expect(await status(c["xuyi.staff"].post(`/api/v1/contracts/${id}/transition`, step))).toBe(404);
    expect(await status(c["shanggang.staff"].post(`/api/v1/contracts/${ids.jinhuContract}/transition`, step))).toBe(404);
    expect(await status(c["jianhu.staff"].post(`/api/v1/contracts/${ids.xuyiContract}/transition`, step))).toBe(404);
    expect(await status(c["shanggang.staff"].post(`/api/v1/contracts/${id}/transition`, step))).toBe(200);
  });

  it("gives reminders, coverage, candidates, export and bulk expiry to staff-like roles within scope only", async () => {
    for (const u of ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "shanggang.staff"] as const) {
      expect(await status(c[u].get(`/api/v1/contracts/reminders?orgId=${ids.shanggang}`)), u).toBe(200);
      expect(await status(c[u].get(`/api/v1/contracts/coverage?orgId=${ids.shanggang}`)), u).toBe(200);
    }
    const member = c["13800000001"];
    for (const path of ["/api/v1/contracts/reminders", "/api/v1/contracts/coverage", "/api/v1/contracts/export", `/api/v1/contracts/candidates?orgId=${ids.selfUnion}&kind=WAGE`]) {
      expect(await status(member.get(path)), path).toBe(403);
    }
    expect(await status(member.post("/api/v1/contracts/expire", {}))).toBe(403);
    expect(await status(c["xuyi.staff"].get(`/api/v1/contracts/coverage?orgId=${ids.jianhu}`))).toBe(404);
    expect(await status(c["shanggang.staff"].get(`/api/v1/contracts/reminders?orgId=${ids.jinhu}`))).toBe(404);
    expect(await status(c["xuyi.staff"].get(`/api/v1/contracts/candidates?orgId=${ids.shanggangUnion}&kind=WAGE`))).toBe(404);
    expect(await status(c["xuyi.staff"].get(`/api/v1/contracts/export?orgId=${ids.jianhu}`))).toBe(404);
    const x = await c["jianhu.leader"].get(`/api/v1/contracts/export?orgId=${ids.shanggang}`);
    expect(x.status).toBe(200);
    expect(x.headers.get("content-type")).toContain("spreadsheetml");
    expect(await status(c["jianhu.leader"].post("/api/v1/contracts/expire", { orgId: ids.shanggang }))).toBe(403);
    expect(await status(c["xuyi.staff"].post("/api/v1/contracts/expire", { orgId: ids.jianhu }))).toBe(404);
    // The county sees the whole county's figures; the town only its own.
    const county = (await c["jianhu.staff"].get("/api/v1/contracts/coverage")).data;
    const town = (await c["shanggang.staff"].get("/api/v1/contracts/coverage")).data;
    expect(county.orgId).toBe(ids.jianhu);
    expect(town.orgId).toBe(ids.shanggang);
    expect(county.unionised).toBeGreaterThan(town.unionised);
  });
});

describe("anonymous callers", () => {
  it("get 401 everywhere", async () => {
    const anon = new Client();
    for (const path of ["/api/v1/contracts", `/api/v1/contracts/${ids.shanggangContract}`, "/api/v1/contracts/coverage", "/api/v1/contracts/reminders", "/api/v1/enterprises", `/api/v1/enterprises/${ids.shanggangEnterprise}`]) {
      expect(await status(anon.get(path)), path).toBe(401);
    }
    expect(await status(anon.post("/api/v1/contracts/expire", {}))).toBe(401);
  });
});
