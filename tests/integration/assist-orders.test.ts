// 劳模工匠助企行 orders against the real server and database: the order's
// workflow and timeline, matching (stated order, never outside the caller's
// reach; the city proposes across its counties), scope for every role, and
// the dashboard's 劳模工匠助企行 figure equal to the list of visits behind it.
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client } from "../helpers/http";
import { one, orgIdByName, sql } from "../helpers/db";

const c: Record<string, Client> = {};
let jianhu: number, shanggang: number, yancheng: number;
let enterpriseId: string, xuyiEnterpriseId: string, xuyiHelper: string;

const orderInput = (over: Record<string, unknown> = {}) => ({
  enterpriseId,
  orgId: shanggang,
  trade: "PETROLEUM_EQUIPMENT",
  field: "石油机械装配",
  title: "抽油机减速箱漏油",
  description: "出厂试验漏油，需改进密封结构",
  urgency: "URGENT",
  contactName: "张经理",
  contactPhone: "0515-86201234",
  requestedOn: "2026-11-02",
  ...over,
});

type Candidate = { kind: string; id: string; distance: number; fit: number; openOrders: number; reasons: string[] };

async function pathOf(cand: Candidate): Promise<number[]> {
  const table = cand.kind === "MEMBER" ? "member" : "studio";
  return (await one<{ p: number[] }>(`SELECT o.ancestor_ids AS p FROM ${table} x JOIN organisation o ON o.id = x.org_id WHERE x.id = $1`, [cand.id])).p;
}

beforeAll(async () => {
  jianhu = await orgIdByName("建湖县总工会");
  shanggang = await orgIdByName("上冈镇总工会");
  yancheng = (await one<{ id: number }>(`SELECT ancestor_ids[2] AS id FROM organisation WHERE id = $1`, [jianhu])).id;
  enterpriseId = (
    await one<{ id: string }>(`SELECT e.id FROM enterprise e JOIN organisation o ON o.id = e.area_org_id WHERE o.ancestor_ids @> ARRAY[$1]::int[] AND e.name NOT LIKE '%华瑞%' ORDER BY e.id LIMIT 1`, [shanggang])
  ).id;
  const xuyi = await orgIdByName("盱眙县总工会");
  xuyiEnterpriseId = (await one<{ id: string }>(`SELECT e.id FROM enterprise e JOIN organisation o ON o.id = e.area_org_id WHERE o.ancestor_ids @> ARRAY[$1]::int[] ORDER BY e.id LIMIT 1`, [xuyi])).id;
  xuyiHelper = (
    await one<{ id: string }>(`SELECT s.lead_member_id AS id FROM studio s JOIN organisation o ON o.id = s.org_id WHERE o.ancestor_ids @> ARRAY[$1]::int[] AND s.status <> 'REVOKED' LIMIT 1`, [xuyi])
  ).id;
  // A city staff account (盐城市总工会), which no demo account is.
  await sql().query(
    `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at)
     SELECT 'yancheng.assist.test', '盐城市总工会测试', password_hash, 'STAFF', $1, now() FROM app_user WHERE username = 'jianhu.staff'
     ON CONFLICT (username) DO NOTHING`,
    [yancheng],
  );
  for (const u of ["admin", "jianhu.staff", "jianhu.leader", "shanggang.staff", "xuyi.staff", "13800000001", "yancheng.assist.test"]) c[u] = await as(u);
});

describe("an order from entry to close", () => {
  let id: string;
  let candidates: Candidate[];

  it("is entered by county staff for a town's enterprise", async () => {
    const r = await c["jianhu.staff"].post("/api/v1/assist-orders", orderInput());
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ status: "OPEN", orgId: shanggang, trade: "PETROLEUM_EQUIPMENT", assignee: null });
    id = r.data.id;
    const audit = await one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'assist_order.create'`, [id]);
    expect(audit.n).toBe(1);
  });

  it("refuses bad input with Chinese messages, and an enterprise outside the caller's reach", async () => {
    const bad = await c["jianhu.staff"].post("/api/v1/assist-orders", orderInput({ contactPhone: "12", extra: 1 }));
    expect(bad.status).toBe(400);
    expect(bad.data.error.code).toBe("VALIDATION");
    const far = await c["jianhu.staff"].post("/api/v1/assist-orders", orderInput({ enterpriseId: xuyiEnterpriseId }));
    expect(far.status).toBe(403);
    expect(far.data.error.fields.enterpriseId).toBeTruthy();
    expect((await c["jianhu.leader"].post("/api/v1/assist-orders", orderInput())).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/assist-orders", orderInput())).status).toBe(403);
  });

  it("proposes helpers in the stated order, all within the county, with their load", async () => {
    const r = await c["jianhu.staff"].get(`/api/v1/assist-orders/${id}/candidates`);
    expect(r.status).toBe(200);
    candidates = r.data.data;
    expect(candidates.length).toBeGreaterThan(3);
    for (const cand of candidates) expect(await pathOf(cand), cand.id).toContain(jianhu);
    // Helpers who fit the trade come first; among them distance never decreases.
    const fitting = candidates.filter((x) => x.reasons.some((s) => s.includes("相关") || s.includes("同领域") || s.includes("类型")));
    expect(fitting.length).toBeGreaterThan(0);
    expect(candidates.slice(0, fitting.length)).toEqual(fitting);
    const d = fitting.map((x) => x.distance);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(typeof candidates[0].openOrders).toBe("number");
  });

  it("lets the city propose across its counties, and never beyond the city", async () => {
    const r = await c["yancheng.assist.test"].get(`/api/v1/assist-orders/${id}/candidates`);
    expect(r.status).toBe(200);
    const paths = await Promise.all(r.data.data.map(pathOf));
    for (const p of paths) expect(p).toContain(yancheng);
    expect((await c["xuyi.staff"].get(`/api/v1/assist-orders/${id}/candidates`)).status).toBe(404);
  });

  it("dispatches to a proposed helper, never to one outside the caller's reach", async () => {
    const far = await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/dispatch`, { memberId: xuyiHelper, dispatchedOn: "2026-11-03" });
    expect(far.status).toBe(403);
    const person = candidates.find((x) => x.kind === "MEMBER")!;
    const early = await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/dispatch`, { memberId: person.id, dispatchedOn: "2026-11-01" });
    expect(early.status).toBe(400);
    const r = await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/dispatch`, { memberId: person.id, dispatchedOn: "2026-11-03", note: "就近派单" });
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ status: "DISPATCHED", assignee: { kind: "MEMBER", id: person.id } });
    expect((await c["jianhu.leader"].post(`/api/v1/assist-orders/${id}/dispatch`, { memberId: person.id, dispatchedOn: "2026-11-03" })).status).toBe(403);
  });

  it("cannot close before a visit; records a visit and closes with the outcome, in a timeline", async () => {
    expect((await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/close`, { closedOn: "2026-11-20", problemsSolved: 1, workersTrained: 5, benefit: "1000.00", rating: 5 })).status).toBe(409);
    const helper = (await c["jianhu.staff"].get(`/api/v1/assist-orders/${id}`)).data.assignee.id;
    const before = await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/visits`, { visitedOn: "2026-11-02", memberIds: [helper], hours: "3" });
    expect(before.status).toBe(400);
    const v = await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/visits`, { visitedOn: "2026-11-05", memberIds: [helper], hours: "3.5", content: "现场更换密封结构" });
    expect(v.status).toBe(201);
    expect(v.data.visits).toHaveLength(1);
    const closed = await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/close`, { closedOn: "2026-11-20", problemsSolved: 2, workersTrained: 15, benefit: "86000.50", rating: 5 });
    expect(closed.status).toBe(200);
    expect(closed.data).toMatchObject({ status: "CLOSED", problemsSolved: 2, workersTrained: 15, benefit: "86000.50", rating: 5 });
    expect(closed.data.timeline.map((t: { kind: string }) => t.kind)).toEqual(["REQUESTED", "DISPATCHED", "VISIT", "CLOSED"]);
    expect((await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/visits`, { visitedOn: "2026-11-21", memberIds: [helper], hours: "1" })).status).toBe(409);
    expect((await c["jianhu.staff"].post(`/api/v1/assist-orders/${id}/cancel`, { reason: "重复" })).status).toBe(409);
  });

  it("lists each order with its own visits, and all their visits in the totals", async () => {
    const rows: { id: string; visitCount: number }[] = [];
    let visits = -1;
    for (let page = 1; ; page++) {
      const r = await c["jianhu.staff"].get(`/api/v1/assist-orders?pageSize=100&page=${page}`);
      rows.push(...r.data.data);
      visits = r.data.totals.visits;
      if (rows.length >= r.data.total || r.data.data.length === 0) break;
    }
    expect(rows.find((r) => r.id === id)?.visitCount).toBe(1);
    // The demo data's orders were visited too: the sum is over more than this one.
    expect(rows.filter((r) => r.visitCount > 0).length).toBeGreaterThan(1);
    expect(visits).toBe(rows.reduce((sum, r) => sum + r.visitCount, 0));
  });

  it("adds up the list as first opened (one statement of its own) as any filtered list (through Prisma) does", async () => {
    const bare = await c["jianhu.staff"].get("/api/v1/assist-orders?pageSize=1");
    const filtered = await c["jianhu.staff"].get("/api/v1/assist-orders?pageSize=1&requestedFrom=1990-01-01");
    expect([bare.status, filtered.status]).toEqual([200, 200]);
    expect(filtered.data.total).toBe(bare.data.total);
    expect(filtered.data.totals).toEqual(bare.data.totals);
    // Not vacuous: the order closed above solved 2 problems for 86,000.50 yuan, after one visit.
    expect(bare.data.totals.problemsSolved).toBeGreaterThanOrEqual(2);
    expect(Number(bare.data.totals.benefit)).toBeGreaterThanOrEqual(86000.5);
    expect(bare.data.totals.visits).toBeGreaterThan(0);
  });
});

describe("scope", () => {
  let id: string;
  beforeAll(async () => {
    id = (await c["jianhu.staff"].post("/api/v1/assist-orders", orderInput({ title: "范围测试" }))).data.id;
  });

  it("shows an order to its union's subtree and to those above, 404 elsewhere, 403 to members", async () => {
    for (const u of ["jianhu.staff", "jianhu.leader", "shanggang.staff", "admin", "yancheng.assist.test"]) expect((await c[u].get(`/api/v1/assist-orders/${id}`)).status, u).toBe(200);
    const xuyi = await c["xuyi.staff"].get(`/api/v1/assist-orders/${id}`);
    expect(xuyi.status).toBe(404);
    expect(xuyi.data.error.code).toBe("NOT_FOUND");
    for (const act of ["dispatch", "visits", "close", "cancel"]) expect((await c["xuyi.staff"].post(`/api/v1/assist-orders/${id}/${act}`, {})).status, act).toBeGreaterThanOrEqual(400);
    expect((await c["xuyi.staff"].post(`/api/v1/assist-orders/${id}/cancel`, { reason: "越权" })).status).toBe(404);
    expect((await c["13800000001"].get(`/api/v1/assist-orders/${id}`)).status).toBe(403);
    expect((await c["13800000001"].get(`/api/v1/assist-orders`)).status).toBe(403);
    expect((await c["jianhu.staff"].get(`/api/v1/assist-orders/not-a-uuid`)).status).toBe(404);
  });

  it("lists only orders in scope", async () => {
    const xuyi = await c["xuyi.staff"].get(`/api/v1/assist-orders?q=${encodeURIComponent("范围测试")}`);
    expect(xuyi.status).toBe(200);
    expect(xuyi.data.total).toBe(0);
    const own = await c["jianhu.staff"].get(`/api/v1/assist-orders?q=${encodeURIComponent("范围测试")}`);
    expect(own.data.total).toBe(1);
    expect((await c["xuyi.staff"].get(`/api/v1/assist-orders?orgId=${jianhu}`)).status).toBe(404);
    expect((await c["xuyi.staff"].get(`/api/v1/assist-orders/visits?orgId=${jianhu}`)).status).toBe(404);
  });

  it("lets the right staff withdraw it", async () => {
    expect((await c["jianhu.leader"].post(`/api/v1/assist-orders/${id}/cancel`, { reason: "企业自行解决" })).status).toBe(403);
    const r = await c["shanggang.staff"].post(`/api/v1/assist-orders/${id}/cancel`, { reason: "企业自行解决" });
    expect(r.status).toBe(200);
    expect(r.data.status).toBe("CANCELLED");
  });
});

describe("the dashboard's 劳模工匠助企行 card", () => {
  const P = "period=custom&from=2026-01-01&to=2026-12-31";
  const card = async (orgId: number) => {
    const d = (await c["jianhu.staff"].get(`/api/v1/dashboard?orgId=${orgId}&${P}`)).data;
    return d.cards.find((x: { key: string }) => x.key === "mw_visits");
  };

  it("equals the count of the visits listed behind it, which include older activity records of the type", async () => {
    const town = await card(shanggang);
    expect(town.value).toBeGreaterThan(0);
    // The card's own link names the list: the page at that address reads this API with the same query.
    expect(town.href).toMatch(/^\/assist-orders\/visits\?/);
    const list = await c["jianhu.staff"].get(`/api/v1${town.href}&pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.data.total).toBe(town.value);
    // The county (read from the rollup when fresh, so compare against the live list per source).
    const county = await c["jianhu.staff"].get(`/api/v1/assist-orders/visits?orgId=${jianhu}&from=2025-01-01&to=2025-12-31&pageSize=100`);
    expect(county.data.data.some((r: { source: string }) => r.source === "ACTIVITY")).toBe(true);
    expect(county.data.data.some((r: { source: string }) => r.source === "ORDER")).toBe(true);
  });

  it("moves by one with each visit recorded", async () => {
    const before = (await card(shanggang)).value;
    const id = (await c["shanggang.staff"].post("/api/v1/assist-orders", orderInput({ title: "看板联动" }))).data.id;
    const cand: Candidate = (await c["shanggang.staff"].get(`/api/v1/assist-orders/${id}/candidates`)).data.data.find((x: Candidate) => x.kind === "MEMBER");
    expect((await c["shanggang.staff"].post(`/api/v1/assist-orders/${id}/dispatch`, { memberId: cand.id, dispatchedOn: "2026-11-03" })).status).toBe(200);
    expect((await c["shanggang.staff"].post(`/api/v1/assist-orders/${id}/visits`, { visitedOn: "2026-11-04", memberIds: [cand.id], hours: "2" })).status).toBe(201);
    expect((await card(shanggang)).value).toBe(before + 1);
  });
});

describe("the model worker's own timeline", () => {
  it("shows the orders 王建华 served, two of them in the demo data", async () => {
    const self = (await one<{ id: string }>("SELECT id FROM member WHERE phone = '13800000001'")).id;
    const r = await c["13800000001"].get("/api/v1/me/benefits");
    expect(r.status).toBe(200);
    const served = r.data.items.filter((i: { kind: string }) => i.kind === "ASSIST_ORDER");
    // Tests above may dispatch to him too (he is often the nearest fit): compare with the records.
    const served2 = (before: string) =>
      one<{ n: number }>(
        `SELECT count(*)::int AS n FROM assist_order o WHERE o.status <> 'CANCELLED' AND o.requested_on < $2::date
           AND (o.assignee_member_id = $1 OR EXISTS (SELECT 1 FROM assist_visit v WHERE v.order_id = o.id AND $1 = ANY (v.member_ids)))`,
        [self, before],
      );
    expect(served).toHaveLength((await served2("2100-01-01")).n);
    expect((await served2("2026-11-01")).n).toBe(2);
    expect(served.every((i: { title: string }) => i.title.startsWith("助企行："))).toBe(true);
  });
});
