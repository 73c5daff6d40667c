// 维权服务工单 against the real server and database: the workflow with hand-overs
// and referral, facts encrypted and revealed only by an audited staff act,
// leaders without facts or names, members with their own cases only, the
// overdue queue of the handling union and the one above, and the dashboard's
// figure equal to the list behind it.
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client, rebuildRollup } from "../helpers/http";
import { one, orgIdByName, sql } from "../helpers/db";

const c: Record<string, Client> = {};
let jianhu: number, shanggang: number;
const FACTS = "某工地拖欠维权测试工资三个月";

const input = (over: Record<string, unknown> = {}) => ({
  applicantName: "李维权",
  applicantPhone: "13912345678",
  kind: "WAGE_ARREARS",
  channel: "VISIT",
  facts: FACTS,
  workers: 3,
  receivedOn: "2026-11-02",
  ...over,
});

beforeAll(async () => {
  jianhu = await orgIdByName("建湖县总工会");
  shanggang = await orgIdByName("上冈镇总工会");
  for (const u of ["admin", "jianhu.staff", "jianhu.leader", "shanggang.staff", "xuyi.staff", "13800000001"]) c[u] = await as(u);
});

describe("a case from receipt to follow-up", () => {
  let id: string;

  it("is received with its time limits and never returns the facts", async () => {
    const r = await c["jianhu.staff"].post("/api/v1/rights-cases", input());
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ status: "RECEIVED", acknowledgeBy: "2026-11-03", resolveBy: "2026-11-23", isMember: false, workers: 3 });
    expect(JSON.stringify(r.data)).not.toContain(FACTS);
    expect(JSON.stringify(r.data)).not.toContain("13912345678");
    id = r.data.id;
    const row = await one<{ f: Buffer; p: Buffer }>("SELECT facts_cipher AS f, phone_cipher AS p FROM rights_case WHERE id = $1", [id]);
    expect(row.f.toString("utf8")).not.toContain("拖欠");
    expect(row.p.toString("utf8")).not.toContain("13912345678");
    const audit = await one<{ d: string }>("SELECT details::text AS d FROM audit_log WHERE entity_id = $1 AND action = 'rights_case.create'", [id]);
    expect(audit.d).not.toContain(FACTS);
  });

  it("shows the facts to staff by an audited act; leaders see counts and a masked name, not the facts", async () => {
    const staff = await c["jianhu.staff"].post(`/api/v1/rights-cases/${id}/facts`);
    expect(staff.status).toBe(200);
    expect(staff.data).toMatchObject({ facts: FACTS, phone: "13912345678" });
    expect((await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'rights_case.reveal_facts'", [id])).n).toBe(1);
    expect((await c["jianhu.leader"].post(`/api/v1/rights-cases/${id}/facts`)).status).toBe(403);
    const leader = await c["jianhu.leader"].get(`/api/v1/rights-cases/${id}`);
    expect(leader.status).toBe(200);
    expect(leader.data.applicantName).toBe("李**");
    expect((await c["jianhu.leader"].post(`/api/v1/rights-cases/${id}/accept`, { acceptedOn: "2026-11-03" })).status).toBe(403);
  });

  it("is refused to another county on every route", async () => {
    expect((await c["xuyi.staff"].get(`/api/v1/rights-cases/${id}`)).status).toBe(404);
    expect((await c["xuyi.staff"].post(`/api/v1/rights-cases/${id}/facts`)).status).toBe(404);
    expect((await c["xuyi.staff"].post(`/api/v1/rights-cases/${id}/accept`, { acceptedOn: "2026-11-03" })).status).toBe(404);
    expect((await c["xuyi.staff"].get(`/api/v1/rights-cases?orgId=${jianhu}`)).status).toBe(404);
  });

  it("is accepted, handed down to a town and back up, referred, closed with the money recovered, and followed up", async () => {
    const s = c["jianhu.staff"];
    expect((await s.post(`/api/v1/rights-cases/${id}/accept`, { acceptedOn: "2026-11-01" })).status).toBe(400);
    expect((await s.post(`/api/v1/rights-cases/${id}/accept`, { acceptedOn: "2026-11-03" })).status).toBe(200);
    expect((await s.post(`/api/v1/rights-cases/${id}/accept`, { acceptedOn: "2026-11-03" })).status).toBe(409);
    const down = await s.post(`/api/v1/rights-cases/${id}/handover`, { toOrgId: shanggang, on: "2026-11-04", note: "属地办理" });
    expect(down.status).toBe(200);
    expect(down.data.handlingOrgId).toBe(shanggang);
    // The town now handles it, and passes it back up to the county.
    expect((await c["shanggang.staff"].get(`/api/v1/rights-cases/${id}`)).status).toBe(200);
    const up = await c["shanggang.staff"].post(`/api/v1/rights-cases/${id}/handover`, { toOrgId: jianhu, on: "2026-11-05", note: "涉及人数多，报县总" });
    expect(up.status).toBe(200);
    expect((await c["shanggang.staff"].get(`/api/v1/rights-cases/${id}`)).status).toBe(404);
    const ref = await s.post(`/api/v1/rights-cases/${id}/refer`, { referral: "LABOUR_INSPECTION", referralRef: "建劳监〔2026〕88号", on: "2026-11-06" });
    expect(ref.status).toBe(200);
    expect(ref.data).toMatchObject({ status: "REFERRED", referral: "LABOUR_INSPECTION", referralRef: "建劳监〔2026〕88号", onTime: true, workingDaysToClose: 4 });
    expect((await s.post(`/api/v1/rights-cases/${id}/close`, { closedOn: "2026-11-20", outcome: "监察责令支付", moneyRecovered: 48000.5 })).status).toBe(400);
    const closed = await s.post(`/api/v1/rights-cases/${id}/close`, { closedOn: "2026-11-20", outcome: "监察责令支付，已全额到账", moneyRecovered: "48000.50" });
    expect(closed.status).toBe(200);
    expect(closed.data).toMatchObject({ status: "CLOSED", moneyRecovered: "48000.50", closedOn: "2026-11-20" });
    const f = await s.post(`/api/v1/rights-cases/${id}/follow-up`, { followedUpOn: "2026-11-25", satisfaction: 5 });
    expect(f.status).toBe(200);
    expect(f.data.satisfaction).toBe(5);
    expect(f.data.events.map((e: { action: string }) => e.action)).toEqual(["RECEIVED", "ACCEPTED", "HANDOVER", "HANDOVER", "REFERRED", "CLOSED", "FOLLOWED_UP"]);
  });
});

describe("a list's totals", () => {
  type Row = { onTime: boolean | null; closedOn: string | null; moneyRecovered: string | null; satisfaction: number | null; overdue: boolean };
  // Every case the filters match, page by page, and the totals the list reports with them.
  async function everyCase(u: string, query: string) {
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const r = await c[u].get(`/api/v1/rights-cases?${query}&pageSize=100&page=${page}`);
      expect(r.status).toBe(200);
      rows.push(...r.data.data);
      if (rows.length >= r.data.total || r.data.data.length === 0) return { rows, totals: r.data.totals, total: r.data.total };
    }
  }

  it("are the cases it lists, added up one by one, for the county and for one kind across the province", async () => {
    for (const [u, query] of [["jianhu.staff", ""], ["admin", "kind=WAGE_ARREARS"]] as const) {
      const { rows, totals, total } = await everyCase(u, query);
      const settled = rows.filter((r) => r.onTime !== null);
      const rated = settled.filter((r) => r.satisfaction !== null);
      const fen = settled.reduce((sum, r) => sum + Math.round(Number(r.moneyRecovered ?? 0) * 100), 0);
      // The county holds the case closed above: settled, rated and with money recovered, so no figure is vacuous.
      expect(total).toBe(rows.length);
      expect(settled.length).toBeGreaterThan(0);
      expect(rated.length).toBeGreaterThan(0);
      expect(fen).toBeGreaterThan(0);
      expect(totals).toEqual({
        count: rows.length,
        closed: rows.filter((r) => r.closedOn !== null).length,
        overdue: rows.filter((r) => r.overdue).length,
        onTimeRate: Math.round((settled.filter((r) => r.onTime).length / settled.length) * 1000) / 10,
        moneyRecovered: `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`,
        avgSatisfaction: Math.round((rated.reduce((a, r) => a + r.satisfaction!, 0) / rated.length) * 10) / 10,
      });
    }
  });

  it("are the same for the list as first opened (one statement of its own) as for a filter through Prisma", async () => {
    const bare = await c["jianhu.staff"].get("/api/v1/rights-cases?pageSize=1");
    const filtered = await c["jianhu.staff"].get("/api/v1/rights-cases?pageSize=1&receivedFrom=1990-01-01");
    expect([bare.status, filtered.status]).toEqual([200, 200]);
    expect(bare.data.total).toBeGreaterThan(0);
    expect(filtered.data.total).toBe(bare.data.total);
    expect(filtered.data.totals).toEqual(bare.data.totals);
    expect(bare.data.totals.onTimeRate).not.toBeNull();
  });
});

describe("the overdue queue", () => {
  it("shows a late case to the handling union and the union above it", async () => {
    const late = await c["shanggang.staff"].post("/api/v1/rights-cases", input({ receivingOrgId: shanggang, receivedOn: "2026-01-05", kind: "LEGAL_CONSULTATION", applicantName: "赵超期" }));
    expect(late.status).toBe(201);
    expect(late.data.overdue).toBe(true);
    for (const u of ["shanggang.staff", "jianhu.staff"]) {
      const q = await c[u].get(`/api/v1/rights-cases?queue=mine&overdue=true&pageSize=100&q=${encodeURIComponent("赵超期")}`);
      expect(q.status, u).toBe(200);
      expect(q.data.data.map((x: { id: string }) => x.id), u).toContain(late.data.id);
    }
    // The province is two levels above: it sees the case, but not in its queue.
    const prov = await c.admin.get(`/api/v1/rights-cases?queue=mine&pageSize=100&q=${encodeURIComponent("赵超期")}`);
    expect(prov.data.data.map((x: { id: string }) => x.id)).not.toContain(late.data.id);
  });
});

describe("members", () => {
  let own: string, other: string;
  beforeAll(async () => {
    other = (await one<{ id: string }>("SELECT id FROM rights_case WHERE member_id IS DISTINCT FROM (SELECT id FROM member WHERE phone = '13800000001') ORDER BY id LIMIT 1")).id;
  });

  it("open a case online from their own pages, received by their town", async () => {
    const r = await c["13800000001"].post("/api/v1/me/rights-cases", { kind: "SOCIAL_INSURANCE", facts: "单位少缴社保基数" });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ channel: "ONLINE", receivingOrgId: shanggang, status: "RECEIVED", isMember: true });
    own = r.data.id;
    expect((await c["13800000001"].post("/api/v1/me/rights-cases", { kind: "SOCIAL_INSURANCE", facts: "x", memberId: other })).status).toBe(400);
  });

  it("see only their own cases; every other id is 404", async () => {
    const list = await c["13800000001"].get("/api/v1/me/rights-cases");
    expect(list.status).toBe(200);
    expect(list.data.data.map((x: { id: string }) => x.id)).toContain(own);
    const mine = await one<{ n: number }>("SELECT count(*)::int AS n FROM rights_case r JOIN member m ON m.id = r.member_id WHERE m.phone = '13800000001'");
    expect(list.data.total).toBe(mine.n);
    expect((await c["13800000001"].get(`/api/v1/me/rights-cases/${own}`)).status).toBe(200);
    expect((await c["13800000001"].get(`/api/v1/me/rights-cases/${other}`)).status).toBe(404);
    expect((await c["13800000001"].get(`/api/v1/rights-cases/${other}`)).status).toBe(404);
    const staffList = await c["13800000001"].get("/api/v1/rights-cases?pageSize=100");
    expect(staffList.data.total).toBe(mine.n);
    expect((await c["13800000001"].post(`/api/v1/rights-cases/${own}/facts`)).status).toBe(403);
    expect((await c["13800000001"].post(`/api/v1/rights-cases/${own}/accept`, { acceptedOn: "2026-12-03" })).status).toBe(403);
    const probe = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'security.member_probe' AND entity_id = $1", [other]);
    expect(probe.n).toBeGreaterThanOrEqual(1);
  });
});

describe("the dashboard", () => {
  it("counts the cases a town received as its list does, with drill-down", async () => {
    const d = (await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${shanggang}&period=2026`)).data;
    const card = d.cards.find((x: { key: string }) => x.key === "rights_received");
    expect(card.value).toBeGreaterThan(0);
    expect(card.href).toMatch(/^\/rights-cases\?/);
    const list = await c["jianhu.leader"].get(`/api/v1${card.href}&pageSize=1`);
    expect(list.status).toBe(200);
    expect(list.data.total).toBe(card.value);
    // Per town: the county's ranking of its towns on the same figure, 上冈镇 with its own value.
    // The county reads the rollup: rebuild it so it includes the cases this file added.
    expect((await rebuildRollup(c.admin)).status).toBe(200);
    const townValue = async () =>
      (await c.admin.get(`/api/v1/dashboard/ranking?orgId=${jianhu}&period=2026&indicator=rights_received`)).data.rows.find((r: { id: number }) => r.id === shanggang)?.value;
    // Each server process re-reads the rollup's state within a few seconds.
    let v = await townValue();
    for (let i = 0; i < 20 && v !== card.value; i++) {
      await new Promise((r) => setTimeout(r, 500));
      v = await townValue();
    }
    expect(v).toBe(card.value);
  });

  it("has the wage-arrears case recovered for 12 workers in the demo data", async () => {
    const r = await one<{ workers: number; money: string }>("SELECT workers, money_recovered::text AS money FROM rights_case WHERE kind = 'WAGE_ARREARS' AND workers = 12 AND money_recovered IS NOT NULL");
    expect(r).toMatchObject({ workers: 12, money: "186000.00" });
    await sql().query("SELECT 1");
  });
});
