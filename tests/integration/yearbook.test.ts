// The annual statistics report (工会统计年报) and late entry (逾期补录), over HTTP:
// 建湖县's yearbook from the demo records (this year beside last, the parts
// adding up, the same figures as the dashboard for the same window), the facts
// form's rules, submission through the period-report workflow with the
// consistency checks (an error blocks, warnings need a note), the statistics
// year locked once approved (also member transfers, funds and contract
// coverage), reopen; then a fresh town whose entry closes after its grace days
// until the county grants an exception; scope throughout.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { as, type Client } from "../helpers/http";
import { one, orgIdByName, sql } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";
import { makeEnterprise, makeTown, makeUnion } from "../helpers/contracts";
import { NEW_EMPLOYMENT_GROUPS } from "@/lib/members/labels";
import { REFRESH_LOCK } from "@/lib/dashboard/facts";

const tag = () => randomBytes(4).toString("hex");
const TJ = "2026-TJ";
const c = {} as Record<"jianhu.admin" | "jianhu.staff" | "jianhu.leader" | "xuyi.staff" | "shanggang.staff", Client>;
let jianhu: number;
let town: { id: number; name: string };
let union: number;
let member: string;

const facts = (orgId: number, extra: Record<string, unknown> = {}) => ({
  orgId, year: 2026, fullTimeStaff: 1, partTimeStaff: 3, congressUnits: 1, openAffairsUnits: 1, congressDelegates: 30, congressDelegatesWomen: 12, boardUnits: 0, workerDirectors: 0, workerDirectorsWomen: 0, ...extra,
});
const training = (orgId: number, startsOn: string) => ({
  orgId, title: `年报测试培训${tag()}`, type: "SAFETY", organiser: "测试承办单位", startsOn, endsOn: startsOn, hours: 8, mode: "ONSITE", place: "测试地点", extraParticipants: 5,
});
const put = (cl: Client, path: string, json: unknown) => cl.request("PUT", path, { json });
const rows = (list: { key: string; value: number | null; previous: number | null }[]) => new Map(list.map((r) => [r.key, r]));

beforeAll(async () => {
  for (const u of ["jianhu.admin", "jianhu.staff", "jianhu.leader", "xuyi.staff", "shanggang.staff"] as const) c[u] = await as(u);
  jianhu = await orgIdByName("建湖县总工会");
  town = await makeTown(c["jianhu.admin"], "年报测试");
  union = (await makeUnion(c["jianhu.admin"], town.id, "INDEPENDENT")).id;
  const m = await c["jianhu.staff"].post("/api/v1/members", memberInput(union, { joinedOn: "2024-03-01" }));
  expect(m.status, JSON.stringify(m.data)).toBe(201);
  member = m.data.id;
});

describe("建湖县's yearbook from the demo records", () => {
  it("prints 工会组织基本情况 row for row, this year beside last year, the enterprise parts adding up", async () => {
    const r = await c["jianhu.leader"].get(`/api/v1/yearbook?orgId=${jianhu}&year=2026`);
    expect(r.status, JSON.stringify(r.data)).toBe(200);
    expect(r.data.summary.map((x: { name: string }) => x.name)).toEqual([
      "基层工会数", "其中：企业合计", "内资企业", "港澳台商投资企业", "外商投资企业", "事业单位", "机关", "个体经济组织",
      "工会会员数", "专职工会工作人员", "兼职工会工作人员", "联合工会涵盖单位数", "联合工会会员人数",
      "职代会职工代表人数", "其中：女性", "建立董事会单位数", "职工董事人数", "其中：女性",
    ]);
    const s = rows(r.data.summary);
    const v = (k: string) => s.get(k)!.value!;
    expect(v("unions")).toBeGreaterThan(100);
    expect(v("unions_domestic") + v("unions_hmt") + v("unions_foreign")).toBe(v("unions_enterprise"));
    expect(v("unions_hmt")).toBeGreaterThan(0);
    expect(v("unions_institution")).toBeGreaterThan(0);
    expect(v("members")).toBeGreaterThan(10_000);
    expect(v("full_time_staff")).toBeGreaterThan(0);
    expect(v("congress_delegates_women")).toBeLessThan(v("congress_delegates"));
    expect(v("worker_directors")).toBeGreaterThan(0);
    expect(s.get("members")!.previous).toBeGreaterThan(0);
    expect(s.get("full_time_staff")!.previous).toBeGreaterThan(0);
    // The parts add up (other tests' fresh unions without a founding date may raise that error here).
    const codes = r.data.checks.map((x: { code: string }) => x.code);
    for (const sum of ["kinds_sum", "types_sum", "enterprise_sum", "women_over_members", "joint_coverage"]) expect(codes).not.toContain(sum);
  });

  it("counts members, trainings and assistance as the dashboard does for the same window", async () => {
    const [y, d] = await Promise.all([
      c["jianhu.staff"].get(`/api/v1/yearbook?orgId=${jianhu}&year=2026`),
      // Live, as the yearbook computes: the rollup may predate the records other tests add.
      c["jianhu.admin"].get(`/api/v1/dashboard?orgId=${jianhu}&period=custom&from=2025-10-01&to=2026-09-30&source=live`),
    ]);
    expect(d.status, JSON.stringify(d.data)).toBe(200);
    const card = new Map<string, number>(d.data.cards.map((x: { key: string; value: number }) => [x.key, x.value]));
    const t = rows(y.data.tables);
    expect(t.get("t_members")!.value).toBe(card.get("members"));
    expect(t.get("t_trainees")!.value).toBe(card.get("trainees"));
    expect(t.get("t_aid_persons")!.value).toBe(card.get("aid_persons"));
    expect(card.get("trainees")).toBeGreaterThan(0);
  });

  it("counts members, women and each group per union as the register says, this year and last, and a member entered just now at once", async () => {
    // The oracle: the register itself, by the survey's definition (joined by 30 September, not
    // left or retired with membership kept by then); the yearbook sums the dashboard's member facts.
    const register = (end: string) =>
      one<Record<"members" | "women" | "migrant" | "nef" | "courier" | "joint", number>>(
        `WITH m AS (
           SELECT m.sex, m.groups, o.kind, o.level, o.status AS org_status, o.founded_on
           FROM member m JOIN organisation o ON o.id = m.org_id
           WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status IN ('ACTIVE', 'LEFT', 'RETAINED') AND m.joined_on <= $2::date
             AND NOT (m.status = 'LEFT' AND coalesce(m.left_on, m.joined_on) <= $2::date)
             AND NOT (m.status = 'RETAINED' AND m.retained_on IS NOT NULL AND m.retained_on <= $2::date))
         SELECT count(*)::int AS members, count(*) FILTER (WHERE sex = 'FEMALE')::int AS women,
           count(*) FILTER (WHERE 'MIGRANT_WORKER' = ANY (groups))::int AS migrant,
           count(*) FILTER (WHERE groups && $3::"MemberGroup"[])::int AS nef,
           count(*) FILTER (WHERE 'COURIER' = ANY (groups))::int AS courier,
           count(*) FILTER (WHERE kind = 'JOINT' AND level IN ('GRASSROOTS', 'VILLAGE') AND org_status = 'ACTIVE'
             AND coalesce(founded_on, DATE '1900-01-01') <= $2::date)::int AS joint
         FROM m`,
        [jianhu, end, NEW_EMPLOYMENT_GROUPS],
      );
    const read = async () => {
      const r = await c["jianhu.staff"].get(`/api/v1/yearbook?orgId=${jianhu}&year=2026`);
      expect(r.status, JSON.stringify(r.data)).toBe(200);
      const t = rows(r.data.tables);
      const at = (k: string, which: "value" | "previous") => t.get(k)![which];
      return (which: "value" | "previous") => ({
        members: at("t_members", which), women: at("t_members_women", which), migrant: at("t_members_migrant", which),
        nef: at("t_members_nef", which), courier: at("t_nef_COURIER", which), joint: at("t_joint_members", which),
      });
    };
    const before = await read();
    const [now, last] = await Promise.all([register("2026-09-30"), register("2025-09-30")]);
    expect(before("value")).toEqual(now);
    expect(before("previous")).toEqual(last);
    expect(now.joint).toBeGreaterThan(0);
    expect(now.nef).toBeGreaterThan(0);
    expect(now.women).toBeLessThan(now.members);

    // Two couriers joining in the statistics year (consecutive ID numbers: one man, one woman),
    // read straight after: the pending writes are folded in before the figures are read.
    const couriers = (await makeUnion(c["jianhu.admin"], (await makeTown(c["jianhu.admin"], "年报会员")).id, "INDEPENDENT")).id;
    expect((await c["jianhu.staff"].patch(`/api/v1/organisations/${couriers}`, { foundedOn: "2020-05-01" })).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const r = await c["jianhu.staff"].post("/api/v1/members", memberInput(couriers, { joinedOn: "2026-01-15", groups: ["COURIER"] }));
      expect(r.status, JSON.stringify(r.data)).toBe(201);
    }
    const after = await read();
    expect(after("value")).toEqual({ ...now, members: now.members + 2, women: now.women + 1, nef: now.nef + 2, courier: now.courier + 2 });
    expect(after("previous")).toEqual(last);

    // While another process holds the refresh lock (here, for a moment), the read waits for
    // it, then folds the third courier in itself.
    const holder = await sql().connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock($1)", [REFRESH_LOCK]);
      const r = await c["jianhu.staff"].post("/api/v1/members", memberInput(couriers, { joinedOn: "2026-02-01", groups: ["COURIER"] }));
      expect(r.status, JSON.stringify(r.data)).toBe(201);
      const reading = read();
      await new Promise((done) => setTimeout(done, 700));
      await holder.query("COMMIT");
      expect((await reading)("value")).toMatchObject({ members: now.members + 3, courier: now.courier + 3 });
    } finally {
      holder.release();
    }
  });

  it("exports the survey's layout as .xlsx and prints on A4 with the sign-off lines", async () => {
    const x = await c["jianhu.staff"].fetchRaw("GET", `/api/v1/yearbook/export?orgId=${jianhu}&year=2026`);
    expect(x.status).toBe(200);
    expect(x.headers.get("content-type")).toContain("spreadsheetml");
    expect((await x.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const p = await c["jianhu.staff"].get(`/reports/yearbook/print?orgId=${jianhu}&year=2026`);
    expect(p.status).toBe(200);
    for (const s of ["工会组织基本情况", "单位负责人", "统计负责人", "填表人", "报出日期"]) expect(p.data).toContain(s);
  });
});

describe("the province's yearbook", () => {
  it("answers three asked at once alike, each union's members summed into the checks", async () => {
    const admin = await as("admin");
    const answers = await Promise.all([0, 1, 2].map(() => admin.get("/api/v1/yearbook?year=2026")));
    for (const r of answers) expect(r.status, JSON.stringify(r.data)).toBe(200);
    expect(answers[1].data).toEqual(answers[0].data);
    expect(answers[2].data).toEqual(answers[0].data);
    const t = rows(answers[0].data.tables);
    expect(t.get("t_unions")!.value).toBeGreaterThan(1000);
    expect(t.get("t_joint_members")!.value).toBeGreaterThan(0);
    // Each union's members, added up, are the province's members but for those registered with a federation.
    const outside = (answers[0].data.checks as { code: string; message: string }[]).find((x) => x.code === "members_outside_unions");
    const inUnions = t.get("t_members")!.value! - Number(outside?.message.match(/^(\d+)名/)?.[1] ?? 0);
    expect(inUnions).toBeGreaterThan(0);
    expect(inUnions).toBeLessThanOrEqual(t.get("t_members")!.value!);
  });
});

describe("the facts a union enters", () => {
  it("are validated, audited, read-only for leaders, and out of reach of another county", async () => {
    const bad = await put(c["jianhu.staff"], "/api/v1/yearbook/facts", facts(union, { congressDelegatesWomen: 31 }));
    expect(bad.status).toBe(400);
    expect(bad.data.error.fields.congressDelegatesWomen).toContain("女职工代表不能多于");
    expect((await put(c["jianhu.staff"], "/api/v1/yearbook/facts", { ...facts(union), extra: 1 })).status).toBe(400);
    expect((await put(c["jianhu.leader"], "/api/v1/yearbook/facts", facts(union))).status).toBe(403);
    expect((await put(c["xuyi.staff"], "/api/v1/yearbook/facts", facts(union))).status).toBe(404);
    expect((await put(c["shanggang.staff"], "/api/v1/yearbook/facts", facts(union))).status).toBe(404);
    expect((await c["xuyi.staff"].get(`/api/v1/yearbook?orgId=${town.id}&year=2026`)).status).toBe(404);
    const ok = await put(c["jianhu.staff"], "/api/v1/yearbook/facts", facts(union));
    expect(ok.status, JSON.stringify(ok.data)).toBe(200);
    const y = await c["jianhu.staff"].get(`/api/v1/yearbook?orgId=${town.id}&year=2026`);
    expect(rows(y.data.summary).get("congress_delegates")!.value).toBe(30);
    const a = await one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'org_year_facts.save' AND entity_id = $1`, [`${union}:2026`]);
    expect(a.n).toBe(1);
  });
});

describe("submitting the annual report", () => {
  let reportId: number;

  it("an error of the consistency checks blocks submission, with its Chinese message", async () => {
    const r = await c["jianhu.staff"].post("/api/v1/period-reports", { orgId: town.id, period: TJ, note: "测试" });
    expect(r.status, JSON.stringify(r.data)).toBe(409);
    expect(r.data.error.message).toContain("有会员的基层工会未填写成立日期");
  });

  it("warnings need a note; the report then snapshots the yearbook's rows", async () => {
    expect((await c["jianhu.staff"].patch(`/api/v1/organisations/${union}`, { foundedOn: "2020-05-01" })).status).toBe(200);
    const noNote = await c["jianhu.staff"].post("/api/v1/period-reports", { orgId: town.id, period: TJ });
    expect(noNote.status, JSON.stringify(noNote.data)).toBe(400);
    expect(noNote.data.error.message).toContain("单位性质");
    const r = await c["jianhu.staff"].post("/api/v1/period-reports", { orgId: town.id, period: TJ, note: "新建企业单位性质待登记" });
    expect(r.status, JSON.stringify(r.data)).toBe(201);
    expect(r.data).toMatchObject({ status: "SUBMITTED", periodLabel: "2026统计年度", startsOn: "2025-10-01", endsOn: "2026-09-30" });
    const snap = new Map(r.data.snapshot.map((s: { key: string; value: number }) => [s.key, s.value]));
    expect(snap.get("unions")).toBe(1);
    expect(snap.get("members")).toBe(1);
    expect(snap.get("congress_delegates")).toBe(30);
    reportId = r.data.id;
    // Submitted: the facts stay as reported.
    const held = await put(c["jianhu.staff"], "/api/v1/yearbook/facts", facts(union, { fullTimeStaff: 2 }));
    expect(held.status).toBe(409);
    expect(held.data.error.message).toContain("待审核");
  });

  it("once approved (not by the submitter) the statistics year is locked, member transfers, funds and contract coverage too; reopen opens it", async () => {
    const ent = await makeEnterprise(c["jianhu.staff"], town.id, union, 40);
    const contract = await one<{ id: string }>(
      `INSERT INTO contract (org_id, kind, title, employer_party, status, offered_on, effective_from, effective_to, updated_at)
       VALUES ($1, 'COMPREHENSIVE', '年报测试合同', '测试企业', 'IN_FORCE', '2025-11-01', '2025-12-01', '2028-11-30', now()) RETURNING id`, [union]);
    expect((await c["jianhu.staff"].post(`/api/v1/period-reports/${reportId}/approve`, {})).status).toBe(403);
    const ok = await c["jianhu.admin"].post(`/api/v1/period-reports/${reportId}/approve`, {});
    expect(ok.status, JSON.stringify(ok.data)).toBe(200);

    const t = await c["jianhu.staff"].post("/api/v1/trainings", training(union, "2026-02-10"));
    expect(t.status, JSON.stringify(t.data)).toBe(409);
    expect(t.data.error.message).toContain("2026统计年度已审核锁定");
    const fund = await c["jianhu.staff"].post("/api/v1/funds", { orgId: town.id, year: 2026, source: "OWN", name: "年报测试资金", budget: "10000.00" });
    expect(fund.status, JSON.stringify(fund.data)).toBe(409);
    const other = await orgIdByName("建湖县总工会");
    await expect(sql().query(`INSERT INTO member_transfer (member_id, from_org_id, to_org_id, transferred_on) VALUES ($1, $2, $3, '2026-03-01')`, [member, union, other])).rejects.toMatchObject({ code: "UL409" });
    await expect(sql().query(`INSERT INTO contract_coverage (contract_id, enterprise_id, worker_count) VALUES ($1, $2, 40)`, [contract.id, ent.id])).rejects.toMatchObject({ code: "UL409" });
    expect((await put(c["jianhu.staff"], "/api/v1/yearbook/facts", facts(union))).status).toBe(409);

    expect((await c["jianhu.staff"].post(`/api/v1/period-reports/${reportId}/reopen`, { reason: "更正" })).status).toBe(403);
    const re = await c["jianhu.admin"].post(`/api/v1/period-reports/${reportId}/reopen`, { reason: "补录培训" });
    expect(re.status, JSON.stringify(re.data)).toBe(200);
    expect((await c["jianhu.staff"].post("/api/v1/trainings", training(union, "2026-02-10"))).status).toBe(201);
    expect((await put(c["jianhu.staff"], "/api/v1/yearbook/facts", facts(union, { fullTimeStaff: 2 }))).status).toBe(200);
  });

  it("the county's page lists the town's annual report among its children", async () => {
    const o = await c["jianhu.staff"].get(`/api/v1/period-reports?orgId=${jianhu}&period=${TJ}`);
    expect(o.status).toBe(200);
    const child = o.data.children.find((x: { orgId: number }) => x.orgId === town.id);
    expect(child).toMatchObject({ status: "RETURNED", reportId });
  });
});

describe("late entry (逾期补录)", () => {
  let town2: { id: number; name: string };
  let union2: number;

  beforeAll(async () => {
    town2 = await makeTown(c["jianhu.admin"], "补录测试");
    union2 = (await makeUnion(c["jianhu.admin"], town2.id, "INDEPENDENT")).id;
  });

  it("an administrator above sets the grace days and closes late entry; nobody else may", async () => {
    const body = { orgId: town2.id, graceDays: 15, closeLateEntry: true };
    expect((await put(c["jianhu.staff"], "/api/v1/period-reports/entry-window", body)).status).toBe(403);
    expect((await put(c["xuyi.staff"], "/api/v1/period-reports/entry-window", body)).status).toBe(404);
    expect((await put(c["jianhu.admin"], "/api/v1/period-reports/entry-window", { ...body, graceDays: -1 })).status).toBe(400);
    const r = await put(c["jianhu.admin"], "/api/v1/period-reports/entry-window", body);
    expect(r.status, JSON.stringify(r.data)).toBe(200);
  });

  it("after the grace days entry into the quarter is refused, naming who may grant an exception; the parent's exception opens it", async () => {
    const late = await c["jianhu.staff"].post("/api/v1/trainings", training(union2, "2025-05-10"));
    expect(late.status, JSON.stringify(late.data)).toBe(409);
    expect(late.data.error.message).toContain("2025年第二季度的录入期限（期末后15天）已过");
    expect(late.data.error.message).toContain("建湖县总工会批准补录");

    const ask = { orgId: town2.id, period: "2025-Q2", days: 3, reason: "补录二季度培训" };
    expect((await c["shanggang.staff"].post("/api/v1/period-reports/exceptions", ask)).status).toBe(404);
    expect((await c["jianhu.leader"].post("/api/v1/period-reports/exceptions", ask)).status).toBe(403);
    expect((await c["jianhu.staff"].post("/api/v1/period-reports/exceptions", { ...ask, days: 90 })).status).toBe(400);
    const g = await c["jianhu.staff"].post("/api/v1/period-reports/exceptions", ask);
    expect(g.status, JSON.stringify(g.data)).toBe(201);

    expect((await c["jianhu.staff"].post("/api/v1/trainings", training(union2, "2025-05-10"))).status).toBe(201);
    // Only that quarter.
    expect((await c["jianhu.staff"].post("/api/v1/trainings", training(union2, "2025-08-10"))).status).toBe(409);
    const o = await c["jianhu.staff"].get(`/api/v1/period-reports?orgId=${town2.id}&period=2025-Q2`);
    expect(o.data.entryWindow).toEqual({ graceDays: 15, closeLateEntry: true });
    expect(o.data.exceptions).toHaveLength(1);
    const a = await one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action IN ('report_exception.grant', 'organisation.entry_window') AND org_id = $1`, [town2.id]);
    expect(a.n).toBe(2);
  });

  it("an expired exception no longer helps", async () => {
    await sql().query(`UPDATE report_exception SET valid_until = now() - interval '1 minute' WHERE org_id = $1`, [town2.id]);
    expect((await c["jianhu.staff"].post("/api/v1/trainings", training(union2, "2025-05-11"))).status).toBe(409);
  });
});
