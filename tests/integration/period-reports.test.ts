// Period reports (报送、审核) and the period lock, over HTTP against a fresh town
// of 建湖县 (so the lock touches no record another test writes): the snapshot
// equals the dashboard on the day, separation of duties, parent before children,
// every module's write into the approved quarter refused with the 409, reopen
// and write again, the audit trail, and scope.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { one, orgIdByName, sql } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";
import { makeEnterprise, makeTown, makeUnion, startContract } from "../helpers/contracts";

const tag = () => randomBytes(4).toString("hex");
const Q3 = "2026-Q3";
const c = {} as Record<"jianhu.admin" | "jianhu.staff" | "jianhu.leader" | "xuyi.staff" | "shanggang.staff" | "town" | "13800000001", Client>;
let town: { id: number; name: string };
let union: number;
let member: string;
let jianhu: number;

/** A staff account of the fresh town (same password as the demo accounts). */
async function townStaff(orgId: number) {
  const username = `t${tag()}.staff`;
  await sql().query(
    `INSERT INTO app_user (username, display_name, password_hash, role, org_id, updated_at)
     SELECT $1, '测试镇干部', password_hash, 'STAFF', $2, now() FROM app_user WHERE username = 'shanggang.staff'`,
    [username, orgId],
  );
  return as(username);
}

const training = (extra: Record<string, unknown> = {}) => ({
  orgId: union, title: `锁定测试培训${tag()}`, type: "SAFETY", organiser: "测试承办单位", startsOn: "2026-08-10", endsOn: "2026-08-11", hours: 8, mode: "ONSITE", place: "测试地点", extraParticipants: 12, ...extra,
});

beforeAll(async () => {
  for (const u of ["jianhu.admin", "jianhu.staff", "jianhu.leader", "xuyi.staff", "shanggang.staff", "13800000001"] as const) c[u] = await as(u);
  jianhu = await orgIdByName("建湖县总工会");
  town = await makeTown(c["jianhu.admin"], "报送测试");
  union = (await makeUnion(c["jianhu.admin"], town.id, "INDEPENDENT")).id;
  c.town = await townStaff(town.id);
  const m = await c["jianhu.staff"].post("/api/v1/members", memberInput(union, { joinedOn: "2024-03-01" }));
  expect(m.status, JSON.stringify(m.data)).toBe(201);
  member = m.data.id;
  expect((await c["jianhu.staff"].post("/api/v1/trainings", training())).status).toBe(201);
});

describe("submitting a period", () => {
  it("snapshots every indicator exactly as the dashboard shows it on the day", async () => {
    const r = await c.town.post("/api/v1/period-reports", { orgId: town.id, period: Q3, note: "三季度报送" });
    expect(r.status, JSON.stringify(r.data)).toBe(201);
    expect(r.data).toMatchObject({ status: "SUBMITTED", period: Q3, periodLabel: "2026年第三季度", locked: false });
    const dash = await c.town.get(`/api/v1/dashboard?orgId=${town.id}&period=${Q3}`);
    expect(dash.status).toBe(200);
    const snap = new Map<string, number | null>(r.data.snapshot.map((s: { key: string; value: number | null }) => [s.key, s.value]));
    expect(dash.data.cards.length).toBeGreaterThan(5);
    for (const card of dash.data.cards) expect(snap.get(card.key), card.key).toBe(card.value);
    expect(snap.get("training_sessions")).toBe(1);
    expect(snap.get("members")).toBe(1);
  });

  it("refuses a second submission, unfinished periods, leaders and another county", async () => {
    expect((await c.town.post("/api/v1/period-reports", { orgId: town.id, period: Q3 })).status).toBe(409);
    expect((await c.town.post("/api/v1/period-reports", { orgId: town.id, period: "2027-Q1" })).status).toBe(409);
    expect((await c["jianhu.leader"].post("/api/v1/period-reports", { orgId: town.id, period: "2026-Q2" })).status).toBe(403);
    expect((await c["xuyi.staff"].post("/api/v1/period-reports", { orgId: town.id, period: "2026-Q2" })).status).toBe(404);
    expect((await c.town.post("/api/v1/period-reports", { orgId: town.id, period: "2026-05" })).status).toBe(400);
    expect((await c.town.post("/api/v1/period-reports", { orgId: town.id, period: Q3, extra: 1 })).status).toBe(400);
  });
});

describe("review", () => {
  it("separates duties: whoever submitted cannot approve; a child's staff cannot approve their own", async () => {
    const r = await c["jianhu.staff"].post("/api/v1/period-reports", { orgId: town.id, period: "2026-Q2" });
    expect(r.status, JSON.stringify(r.data)).toBe(201);
    const self = await c["jianhu.staff"].post(`/api/v1/period-reports/${r.data.id}/approve`, {});
    expect(self.status).toBe(403);
    expect(self.data.error.message).toContain("报送人不能审核");
    expect((await c.town.post(`/api/v1/period-reports/${r.data.id}/approve`, {})).status).toBe(403);
    expect((await c["jianhu.leader"].post(`/api/v1/period-reports/${r.data.id}/approve`, {})).status).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/period-reports/${r.data.id}/approve`, {})).status).toBe(404);
    // Returned with a reason, then submitted again and approved by another person.
    expect((await c["jianhu.admin"].post(`/api/v1/period-reports/${r.data.id}/return`, {})).status).toBe(400);
    const back = await c["jianhu.admin"].post(`/api/v1/period-reports/${r.data.id}/return`, { reason: "培训人次有误，请核实" });
    expect(back.data).toMatchObject({ status: "RETURNED", returnReason: "培训人次有误，请核实", reviewedBy: "jianhu.admin" });
    expect((await c.town.post("/api/v1/period-reports", { orgId: town.id, period: "2026-Q2" })).status).toBe(201);
    const ok = await c["jianhu.admin"].post(`/api/v1/period-reports/${r.data.id}/approve`, {});
    expect(ok.data).toMatchObject({ status: "APPROVED", locked: true });
  });

  it("a parent cannot report its own period while a child is unsubmitted, pending or returned, and sees which", async () => {
    const r = await c["jianhu.staff"].post("/api/v1/period-reports", { orgId: jianhu, period: Q3 });
    expect(r.status).toBe(409);
    expect(r.data.error.message).toContain("上冈镇总工会（未报送）");
    expect(r.data.error.message).toContain(`${town.name}（待审核）`);
    const overview = await c["jianhu.staff"].get(`/api/v1/period-reports?orgId=${jianhu}&period=${Q3}`);
    expect(overview.status).toBe(200);
    const mine = overview.data.children.find((x: { orgId: number }) => x.orgId === town.id);
    expect(mine).toMatchObject({ status: "SUBMITTED", reportId: expect.any(Number) });
    const shanggang = overview.data.children.find((x: { name: string }) => x.name === "上冈镇总工会");
    expect(shanggang).toMatchObject({ status: null, dueOn: "2026-10-15" });
    expect(overview.data.children.length).toBeGreaterThanOrEqual(14);
  });
});

describe("the lock on an approved period", () => {
  let reportId: number;
  let yearReportId: number;
  let studioId: string;
  let fileId: string;
  let contract: { id: string; version: number };
  let grantId: string;
  let activityTypeId: number;

  beforeAll(async () => {
    // Records that exist before the lock, to change afterwards.
    const studio = await c["jianhu.staff"].post("/api/v1/studios", { name: `锁定测试工作室${tag()}`, kind: "MODEL_WORKER", level: "COUNTY", leadMemberId: member, orgId: union, foundedOn: "2020-03-01" });
    expect(studio.status, JSON.stringify(studio.data)).toBe(201);
    studioId = studio.data.id;
    const file = await c["jianhu.staff"].post("/api/v1/hardship-files", { memberId: member, category: "DEEP", cause: "ILLNESS", householdSize: 4, householdIncome: "28800.00" });
    expect(file.status, JSON.stringify(file.data)).toBe(201);
    fileId = file.data.id;
    const ent = await makeEnterprise(c["jianhu.staff"], town.id, union, 80);
    contract = await startContract(c["jianhu.staff"], union, "COMPREHENSIVE", [{ id: ent.id, workerCount: 80 }], "2026-03-01");
    grantId = (await one<{ id: string }>(`INSERT INTO "grant" (org_id, member_id, kind, amount, reason, year, status, updated_at) VALUES ($1, $2, 'LIVING', 500, '锁定测试', 2026, 'APPROVED', now()) RETURNING id`, [union, member])).id;
    activityTypeId = (await one<{ id: number }>("SELECT id FROM activity_type ORDER BY id LIMIT 1")).id;

    const q3 = (await c.town.get(`/api/v1/period-reports?orgId=${town.id}&period=${Q3}`)).data.report;
    reportId = q3.id;
    const approved = await c["jianhu.staff"].post(`/api/v1/period-reports/${reportId}/approve`, {});
    expect(approved.status, JSON.stringify(approved.data)).toBe(200);
    // The year 2025 too, for honours (recorded by year).
    const y = await c.town.post("/api/v1/period-reports", { orgId: town.id, period: "2025" });
    yearReportId = y.data.id;
    expect((await c["jianhu.staff"].post(`/api/v1/period-reports/${yearReportId}/approve`, {})).status).toBe(200);
  });

  const refused = (r: { status: number; data: { error?: { message: string } } }, period = "2026年第三季度") => {
    expect(r.status, JSON.stringify(r.data)).toBe(409);
    expect(r.data.error!.message).toContain(period);
    expect(r.data.error!.message).toContain("建湖县总工会管理员重新开放");
  };

  it("trainings: create, change and delete in Q3 refused; Q4 still open", async () => {
    refused(await c["jianhu.staff"].post("/api/v1/trainings", training()));
    expect((await c["jianhu.staff"].post("/api/v1/trainings", training({ startsOn: "2026-10-10", endsOn: "2026-10-10" }))).status).toBe(201);
    const q3 = await one<{ id: string }>("SELECT id FROM training_session WHERE org_id = $1 AND starts_on = '2026-08-10' LIMIT 1", [union]);
    refused(await c["jianhu.staff"].patch(`/api/v1/trainings/${q3.id}`, { hours: 6 }));
    refused(await c["jianhu.staff"].request("DELETE", `/api/v1/trainings/${q3.id}`));
    // Moving a Q4 record into the locked quarter is refused as well.
    const q4 = await one<{ id: string }>("SELECT id FROM training_session WHERE org_id = $1 AND starts_on = '2026-10-10' LIMIT 1", [union]);
    refused(await c["jianhu.staff"].patch(`/api/v1/trainings/${q4.id}`, { startsOn: "2026-09-30", endsOn: "2026-09-30" }));
  });

  it("competitions", async () => {
    refused(await c["jianhu.staff"].post("/api/v1/competitions", { orgId: union, name: `锁定测试竞赛${tag()}`, kind: "SKILLS", level: "COUNTY", organiser: "建湖县总工会", startsOn: "2026-09-10", endsOn: "2026-09-20", trades: ["电工"] }));
  });

  it("activity records", async () => {
    refused(await c["jianhu.staff"].post("/api/v1/activities", { typeId: activityTypeId, orgId: union, heldOn: "2026-07-18", place: "测试", participants: 10, amountSpent: "100.00", description: `锁定测试${tag()}` }));
  });

  it("honours (recorded by year: the approved year 2025)", async () => {
    const h = { holder: "MEMBER", memberId: member, title: "CRAFTSMAN", titleText: `锁定测试工匠${tag()}`, level: "COUNTY", awardingBody: "建湖县总工会" };
    refused(await c["jianhu.staff"].post("/api/v1/honours", { ...h, year: 2025 }), "2025年度");
    expect((await c["jianhu.staff"].post("/api/v1/honours", { ...h, year: 2026 })).status).toBe(201);
  });

  it("model-worker services", async () => {
    refused(await c["jianhu.staff"].post("/api/v1/model-worker-services", { memberId: member, kind: "RECUPERATION", servedOn: "2026-08-20", amount: "2600", notes: "锁定测试" }));
  });

  it("studio sub-records", async () => {
    refused(await c["jianhu.staff"].post(`/api/v1/studios/${studioId}/achievements`, { kind: "PATENT", title: `锁定测试专利${tag()}`, achievedOn: "2026-09-01" }));
    expect((await c["jianhu.staff"].post(`/api/v1/studios/${studioId}/achievements`, { kind: "PATENT", title: `锁定测试专利${tag()}`, achievedOn: "2026-10-01" })).status).toBe(201);
  });

  it("hardship visits", async () => {
    refused(await c["jianhu.staff"].post(`/api/v1/hardship-files/${fileId}/visits`, { visitedOn: "2026-08-02", visitors: "测试走访人", findings: "入户核实", conclusion: "CONFIRMED" }));
  });

  it("contract steps", async () => {
    refused(await c["jianhu.staff"].post(`/api/v1/contracts/${contract.id}/transition`, { to: "NEGOTIATING", on: "2026-08-15", version: contract.version }));
  });

  it("members' join and leave dates", async () => {
    refused(await c["jianhu.staff"].post("/api/v1/members", memberInput(union, { joinedOn: "2026-08-01" })));
    refused(await c["jianhu.staff"].patch(`/api/v1/members/${member}`, { joinedOn: "2026-07-01" }));
    refused(await c["jianhu.staff"].post(`/api/v1/members/${member}/leave`, { leftOn: "2026-09-01", reason: "调离" }));
    // Other changes to a member stay open.
    expect((await c["jianhu.staff"].patch(`/api/v1/members/${member}`, { name: "锁定测试改名" })).status).toBe(200);
  });

  it("grants' steps: the database refuses a disbursement or a step dated in the locked quarter, whatever the code path", async () => {
    await expect(sql().query(`UPDATE "grant" SET status = 'DISBURSED', disbursed_at = '2026-08-01T10:00:00+08:00' WHERE id = $1`, [grantId])).rejects.toMatchObject({ code: "UL409" });
    await expect(sql().query(`INSERT INTO grant_event (grant_id, to_status, at) VALUES ($1, 'APPROVED', '2026-08-01T10:00:00+08:00')`, [grantId])).rejects.toMatchObject({ code: "UL409" });
  });

  it("only the approving level's administrators reopen, with a reason; the report is returned and writes go through again", async () => {
    expect((await c["jianhu.staff"].post(`/api/v1/period-reports/${reportId}/reopen`, { reason: "需更正培训数据" })).status).toBe(403);
    expect((await c.town.post(`/api/v1/period-reports/${reportId}/reopen`, { reason: "需更正培训数据" })).status).toBe(403);
    expect((await c["xuyi.staff"].post(`/api/v1/period-reports/${reportId}/reopen`, { reason: "需更正培训数据" })).status).toBe(404);
    expect((await c["jianhu.admin"].post(`/api/v1/period-reports/${reportId}/reopen`, {})).status).toBe(400);
    const r = await c["jianhu.admin"].post(`/api/v1/period-reports/${reportId}/reopen`, { reason: "需更正培训数据" });
    expect(r.data).toMatchObject({ status: "RETURNED", locked: false, returnReason: "重新开放：需更正培训数据" });
    expect((await c["jianhu.staff"].post("/api/v1/trainings", training())).status).toBe(201);
    expect((await c["jianhu.staff"].post("/api/v1/members", memberInput(union, { joinedOn: "2026-08-01" }))).status).toBe(201);
  });

  it("audits every step", async () => {
    const rows = await sql().query<{ action: string; actor_name: string }>(
      `SELECT action, actor_name FROM audit_log WHERE entity_type = 'period_report' AND entity_id = $1 ORDER BY id`,
      [String(reportId)],
    );
    expect(rows.rows).toEqual([
      { action: "period_report.submit", actor_name: c.town.name },
      { action: "period_report.approve", actor_name: "jianhu.staff" },
      { action: "period_report.reopen", actor_name: "jianhu.admin" },
    ]);
  });
});

describe("scope", () => {
  it("another county's staff get 404 for the report and the organisation; leaders read only; members 403", async () => {
    const q = `/api/v1/period-reports?orgId=${town.id}&period=${Q3}`;
    expect((await c["xuyi.staff"].get(q)).status).toBe(404);
    const id = (await c["jianhu.leader"].get(q)).data.report.id;
    expect((await c["xuyi.staff"].get(`/api/v1/period-reports/${id}`)).status).toBe(404);
    expect((await c["shanggang.staff"].get(`/api/v1/period-reports/${id}`)).status).toBe(404);
    const lead = await c["jianhu.leader"].get(`/api/v1/period-reports/${id}`);
    expect(lead.status).toBe(200);
    expect(lead.data.actions).toEqual([]);
    expect((await c["13800000001"].get(q)).status).toBe(403);
  });
});
