// The scope matrix for hardship files, grants, funds, the queue, statistics,
// reconciliation and policies: every role reads within its subtree only,
// leaders never write or reveal, members see only their own grants, and an id
// from another county answers 404 whatever the action.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/http";
import { one, orgIdByName } from "../helpers/db";
import { expectMatrix, MODULE_USERS, signedIn, statuses } from "../helpers/matrix";

// The module accounts plus the staff of one enterprise union (华瑞), the narrowest scope.
const USERS = [...MODULE_USERS, "huarui.staff"] as const;
type User = (typeof USERS)[number];
let c: Record<User, Client>;
let ids: {
  jianhu: number;
  shanggang: number;
  shanggangFile: string;
  xuyiFile: string;
  shanggangGrant: string;
  otherTownGrant: string;
  xuyiGrant: string;
  ownGrant: string;
  jianhuFund: string;
  xuyiFund: string;
  huaruiMember: string;
};

beforeAll(async () => {
  c = await signedIn(USERS);
  const jianhu = await orgIdByName("建湖县总工会");
  const shanggang = await orgIdByName("上冈镇总工会");
  const xuyi = await orgIdByName("盱眙县总工会");
  const huarui = await orgIdByName("江苏华瑞石油机械有限公司工会委员会");
  const below = (root: number, extra = "") =>
    `JOIN organisation o ON o.id = x.org_id WHERE o.ancestor_ids @> ARRAY[${root}] ${extra} AND x.org_id <> ${huarui}`;
  ids = {
    jianhu,
    shanggang,
    shanggangFile: (await one<{ id: string }>(`SELECT x.id FROM hardship_file x ${below(shanggang, "AND x.status = 'IN_FILE'")} ORDER BY x.id LIMIT 1`)).id,
    xuyiFile: (await one<{ id: string }>(`SELECT x.id FROM hardship_file x ${below(xuyi)} ORDER BY x.id LIMIT 1`)).id,
    shanggangGrant: (await one<{ id: string }>(`SELECT x.id FROM "grant" x ${below(shanggang, "AND x.status = 'DISBURSED'")} ORDER BY x.id LIMIT 1`)).id,
    otherTownGrant: (await one<{ id: string }>(`SELECT x.id FROM "grant" x ${below(jianhu, `AND NOT o.ancestor_ids @> ARRAY[${shanggang}] AND x.status = 'DISBURSED'`)} ORDER BY x.id LIMIT 1`)).id,
    xuyiGrant: (await one<{ id: string }>(`SELECT x.id FROM "grant" x ${below(xuyi, "AND x.status = 'SUBMITTED'")} ORDER BY x.id LIMIT 1`)).id,
    ownGrant: (await one<{ id: string }>(`SELECT g.id FROM "grant" g JOIN member m ON m.id = g.member_id WHERE m.phone = '13800000001' ORDER BY g.year DESC LIMIT 1`)).id,
    jianhuFund: (await one<{ id: string }>(`SELECT id FROM fund WHERE org_id = $1 AND year = 2026 AND source = 'OWN'`, [jianhu])).id,
    xuyiFund: (await one<{ id: string }>(`SELECT id FROM fund WHERE org_id = $1 AND year = 2026 AND source = 'OWN'`, [xuyi])).id,
    huaruiMember: (await one<{ id: string }>(`SELECT id FROM member WHERE org_id = $1 AND phone <> '13800000001' AND status = 'ACTIVE' ORDER BY id LIMIT 1`, [huarui])).id,
  };
});

const each = (fn: (cl: Client, u: User) => Promise<{ status: number }>) => statuses(c, USERS, fn);

describe("hardship files", () => {
  it("reads: own subtree only, members nothing of others", async () => {
    expectMatrix(await each((cl) => cl.get(`/api/v1/hardship-files/${ids.shanggangFile}`)), { admin: 200, "jianhu.admin": 200, "jianhu.leader": 200, "jianhu.staff": 200, "shanggang.staff": 200 }, 404);
    expectMatrix(await each((cl) => cl.get(`/api/v1/hardship-files/${ids.xuyiFile}`)), { admin: 200, "xuyi.staff": 200 }, 404);
    const jh = await c["jianhu.staff"].get(`/api/v1/hardship-files?pageSize=100`);
    expect(jh.data.data.length).toBeGreaterThan(0);
    for (const f of jh.data.data) {
      const a = await one<{ ancestor_ids: number[] }>("SELECT ancestor_ids FROM organisation WHERE id = $1", [f.orgId]);
      expect(a.ancestor_ids).toContain(ids.jianhu);
    }
    expect((await c["shanggang.staff"].get(`/api/v1/hardship-files?orgId=${ids.jianhu}`)).status).toBe(404);
  });

  it("writes: staff and admins in scope; leaders 403; others 404", async () => {
    const patch = (cl: Client) => cl.patch(`/api/v1/hardship-files/${ids.shanggangFile}`, {});
    expectMatrix(await each(patch), { admin: 200, "jianhu.admin": 200, "jianhu.staff": 200, "shanggang.staff": 200, "jianhu.leader": 403, "13800000001": 403 }, 404);
    const reveal = (cl: Client) => cl.post(`/api/v1/hardship-files/${ids.shanggangFile}/details`);
    expectMatrix(await each(reveal), { admin: 200, "jianhu.admin": 200, "jianhu.staff": 200, "shanggang.staff": 200, "jianhu.leader": 403, "13800000001": 403 }, 404);
    const create = (cl: Client) => cl.post(`/api/v1/hardship-files`, { memberId: ids.huaruiMember, category: "DEEP", cause: "ILLNESS", householdSize: 3, householdIncome: "1" });
    // Refusals only: a writer in scope would really open a file for the demo member.
    expect((await create(c["jianhu.leader"])).status).toBe(403);
    expect((await create(c["13800000001"])).status).toBe(403);
    expect((await create(c["xuyi.staff"])).status).toBe(404);
    expect((await c["xuyi.staff"].get(`/api/v1/hardship-files/export`)).status).toBe(200);
    expect((await c["13800000001"].get(`/api/v1/hardship-files/export`)).status).toBe(403);
  });
});

describe("grants", () => {
  it("reads: own subtree; a member their own grants only", async () => {
    expectMatrix(await each((cl) => cl.get(`/api/v1/grants/${ids.shanggangGrant}`)), { admin: 200, "jianhu.admin": 200, "jianhu.leader": 200, "jianhu.staff": 200, "shanggang.staff": 200 }, 404);
    expectMatrix(await each((cl) => cl.get(`/api/v1/grants/${ids.otherTownGrant}`)), { admin: 200, "jianhu.admin": 200, "jianhu.leader": 200, "jianhu.staff": 200 }, 404);
    expectMatrix(await each((cl) => cl.get(`/api/v1/grants/${ids.xuyiGrant}`)), { admin: 200, "xuyi.staff": 200 }, 404);
    expectMatrix(await each((cl) => cl.get(`/api/v1/grants/${ids.ownGrant}`)), { "xuyi.staff": 404 }, 200);
    const mine = await c["13800000001"].get("/api/v1/grants?pageSize=100");
    expect(mine.status).toBe(200);
    expect(mine.data.total).toBeGreaterThanOrEqual(2);
    expect(new Set(mine.data.data.map((g: { memberName: string }) => g.memberName))).toEqual(new Set(["王建华"]));
    expect((await c["13800000001"].get("/api/v1/grants/export")).status).toBe(403);
  });

  it("acts: the other county's grant is 404 for every action; leaders and members 403", async () => {
    for (const action of ["submit", "review", "approve", "start-notice", "reject", "withdraw", "reverse", "details"]) {
      const body = ["reject", "withdraw", "reverse"].includes(action) ? { reason: "测试原因" } : {};
      for (const u of ["jianhu.admin", "jianhu.staff", "shanggang.staff", "huarui.staff"] as const) {
        expect((await c[u].post(`/api/v1/grants/${ids.xuyiGrant}/${action}`, body)).status, `${u} ${action}`).toBe(404);
      }
      // Roles that may never act on a grant are refused first, whatever the id (lib/http/api.ts: role, then scope).
      for (const u of ["jianhu.leader", "13800000001"] as const) {
        expect((await c[u].post(`/api/v1/grants/${ids.xuyiGrant}/${action}`, body)).status, `${u} ${action}`).toBe(403);
      }
    }
    expect((await c["jianhu.staff"].post(`/api/v1/grants/${ids.xuyiGrant}/disburse`, { fundId: ids.jianhuFund, paymentRef: "X1" }, { "idempotency-key": "scope-test-key-1" })).status).toBe(404);
    expect((await c["jianhu.leader"].post(`/api/v1/grants/${ids.shanggangGrant}/reverse`, { reason: "测试原因" })).status).toBe(403);
    expect((await c["jianhu.leader"].post(`/api/v1/grants/${ids.shanggangGrant}/details`)).status).toBe(403);
    expect((await c["13800000001"].post(`/api/v1/grants/${ids.ownGrant}/reverse`, { reason: "测试原因" })).status).toBe(403);
    // Creating a grant for a member outside one's scope: the member "does not exist".
    const create = (cl: Client) => cl.post("/api/v1/grants", { memberId: ids.huaruiMember, kind: "WARMTH", amount: "1.00", reason: "范围测试" });
    expect((await create(c["xuyi.staff"])).status).toBe(404);
    expect((await create(c["jianhu.leader"])).status).toBe(403);
    expect((await create(c["13800000001"])).status).toBe(403);
  });

  it("pays only from a fund in scope and above the member's union", async () => {
    expect((await c["xuyi.staff"].get(`/api/v1/funds?forGrant=${ids.shanggangGrant}`)).status).toBe(404);
    const usable = await c["jianhu.staff"].get(`/api/v1/funds?forGrant=${ids.shanggangGrant}&pageSize=100`);
    expect(usable.data.data.map((f: { orgName: string }) => f.orgName).every((n: string) => n === "建湖县总工会" || n === "上冈镇总工会")).toBe(true);
  });
});

describe("funds", () => {
  it("are for staff, leaders and admins of the fund's organisation and above", async () => {
    expectMatrix(await each((cl) => cl.get(`/api/v1/funds/${ids.jianhuFund}`)), { admin: 200, "jianhu.admin": 200, "jianhu.leader": 200, "jianhu.staff": 200, "13800000001": 403 }, 404);
    expectMatrix(await each((cl) => cl.get(`/api/v1/funds/${ids.jianhuFund}/entries?pageSize=5`)), { admin: 200, "jianhu.admin": 200, "jianhu.leader": 200, "jianhu.staff": 200, "13800000001": 403 }, 404);
    expectMatrix(await each((cl) => cl.get(`/api/v1/funds/${ids.xuyiFund}`)), { admin: 200, "xuyi.staff": 200, "13800000001": 403 }, 404);
    expectMatrix(await each((cl) => cl.get("/api/v1/funds")), { "13800000001": 403 }, 200);
    const sg = await c["shanggang.staff"].get("/api/v1/funds");
    expect(sg.data.total).toBe(0); // the demo funds sit at the counties
  });

  it("take money in only from writers in scope", async () => {
    const alloc = (cl: Client) => cl.post(`/api/v1/funds/${ids.xuyiFund}/allocations`, { amount: "0.01", note: "范围测试" });
    expectMatrix(await each(alloc), { admin: 201, "xuyi.staff": 201, "jianhu.leader": 403, "13800000001": 403 }, 404);
    const create = (cl: Client) => cl.post("/api/v1/funds", { orgId: ids.shanggang, year: 2026, source: "OWN", name: "x", budget: "1" });
    const r = await each(create);
    expect(r["xuyi.staff"]).toBe(400); // the name is too short: validation before scope
    expect(r["jianhu.leader"]).toBe(403); // a role that may not write: refused before the body is read
    const ok = (cl: Client) => cl.post("/api/v1/funds", { orgId: ids.shanggang, year: 1999 + 1, source: "DONATION", name: "范围测试资金", budget: "1" });
    expect((await ok(c["xuyi.staff"])).status).toBe(404);
    expect((await ok(c["jianhu.leader"])).status).toBe(403);
    expect((await ok(c["huarui.staff"])).status).toBe(404);
  });
});

describe("queue, statistics, reconciliation and policies", () => {
  it("answer within scope and by role", async () => {
    expectMatrix(await each((cl) => cl.get("/api/v1/assistance/queue")), { "13800000001": 403 }, 200);
    expectMatrix(await each((cl) => cl.get(`/api/v1/assistance/queue?orgId=${ids.jianhu}`)), { admin: 200, "jianhu.admin": 200, "jianhu.leader": 200, "jianhu.staff": 200, "13800000001": 403 }, 404);
    expectMatrix(await each((cl) => cl.get(`/api/v1/assistance/summary?orgId=${ids.jianhu}&year=2026`)), { admin: 200, "jianhu.admin": 200, "jianhu.leader": 200, "jianhu.staff": 200, "13800000001": 403 }, 404);
    expectMatrix(await each((cl) => cl.get(`/api/v1/assistance/reconciliation?orgId=${ids.jianhu}`)), { admin: 200, "jianhu.admin": 200, "xuyi.staff": 403 }, 403);
    expect((await c["xuyi.staff"].get(`/api/v1/assistance/reconciliation`)).status).toBe(403);
    expectMatrix(await each((cl) => cl.get("/api/v1/grants/policies")), { "13800000001": 403 }, 200);
    const patch = (cl: Client) => cl.patch("/api/v1/grants/policies/WARMTH", {});
    // Province-wide rules: a county's administrator reads them, only the province's changes them.
    expectMatrix(await each(patch), { admin: 200 }, 403);
  });

  it("leaders see the county's totals and no actions", async () => {
    const q = await c["jianhu.leader"].get("/api/v1/assistance/queue");
    expect(q.data.grants.every((g: { total: number }) => g.total === 0)).toBe(true);
    const s = await c["jianhu.leader"].get("/api/v1/assistance/summary?year=2026");
    expect(s.data.byKind.find((k: { kind: string }) => k.kind === "WARMTH").amount).toMatch(/^\d+\.\d{2}$/);
    // The summary scopes grants by their scope_ids; here by their organisations' paths, as defined.
    const want = await one<{ amount: string; n: number; households: number; statuses: number }>(
      `SELECT coalesce(sum(g.amount) FILTER (WHERE g.status = 'DISBURSED'), 0)::numeric(14,2)::text AS amount,
              (count(*) FILTER (WHERE g.status = 'DISBURSED'))::int AS n,
              (count(DISTINCT COALESCE(g.file_id::text, g.member_id::text)) FILTER (WHERE g.status = 'DISBURSED'))::int AS households,
              count(*)::int AS statuses
         FROM "grant" g JOIN organisation o ON o.id = g.org_id
        WHERE o.ancestor_ids @> ARRAY[$1::int] AND g.year = 2026`,
      [ids.jianhu],
    );
    expect(want.n).toBeGreaterThan(0);
    expect(s.data.totals).toEqual({ amount: want.amount, personTimes: want.n, households: want.households });
    expect(s.data.byStatus.reduce((t: number, r: { count: number }) => t + r.count, 0)).toBe(want.statuses);
    expect(s.data.byUnit.reduce((t: number, r: { personTimes: number }) => t + r.personTimes, 0)).toBe(want.n);
  });

  it("anonymous callers get 401", async () => {
    const anon = new Client();
    for (const p of ["/api/v1/grants", "/api/v1/funds", "/api/v1/hardship-files", "/api/v1/assistance/queue", "/api/v1/assistance/summary", "/api/v1/assistance/reconciliation", "/api/v1/grants/policies"]) {
      expect((await anon.get(p)).status, p).toBe(401);
    }
  });
});
