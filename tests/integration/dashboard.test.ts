// The leaders' dashboard: every indicator against a hand-computed fixture (a
// fresh town under 建湖县 with known records), the figures against the
// drill-down lists behind them, the rollup against the records, targets and
// their split, and scope: a leader of one county cannot reach another
// county's figures through any parameter.
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client, rebuildRollup } from "../helpers/http";
import { one, orgIdByName, sql } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";

const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const P = "period=2026";
const c: Record<string, Client> = {};
let jianhu: number;
let xuyi: number;
let town: number;
let u1: number;
let u2: number;
let m: string[] = [];
/** When the fixture was entered: its records' entry timestamps, not its dated facts. */
let enteredAt: string;

type Card = { key: string; value: number | null; previous: number | null; change: { delta: number | null; pct: number | null }; target: number | null; progress: { pct: number | null }; parts: { num: number; den: number } | null; href: string | null };
const card = (d: { cards: Card[] }, key: string) => d.cards.find((x) => x.key === key)!;

async function insert(text: string, params: unknown[]): Promise<string> {
  return (await one<{ id: string }>(`${text} RETURNING id`, params)).id;
}

beforeAll(async () => {
  for (const u of ["admin", "jianhu.admin", "jianhu.leader", "jianhu.staff", "xuyi.staff", "13800000001"]) c[u] = await as(u);
  jianhu = await orgIdByName("建湖县总工会");
  xuyi = await orgIdByName("盱眙县总工会");
  enteredAt = new Date().toISOString();

  // The fixture town and its two unions, through the API.
  const t = await c["jianhu.admin"].post("/api/v1/organisations", { parentId: jianhu, name: `看板测试镇${suffix}总工会`, level: "TOWN", kind: "FEDERATION", foundedOn: "2001-01-01" });
  expect(t.status).toBe(201);
  town = t.data.id;
  const mk = async (n: number) => {
    const r = await c["jianhu.admin"].post("/api/v1/organisations", { parentId: town, name: `看板测试企业${suffix}${n}有限公司工会委员会`, level: "GRASSROOTS", kind: "INDEPENDENT", foundedOn: "2020-01-01" });
    expect(r.status).toBe(201);
    return r.data.id as number;
  };
  u1 = await mk(1);
  u2 = await mk(2);

  // Members: m1 (2024), m2 courier (2026), m3 (2025), m4 joined 2026 and left 2026-06-01.
  const reg = async (orgId: number, joinedOn: string, groups: string[]) => {
    const r = await c["jianhu.staff"].post("/api/v1/members", memberInput(orgId, { joinedOn, groups }));
    expect(r.status, JSON.stringify(r.data)).toBe(201);
    return r.data.id as string;
  };
  m = [await reg(u1, "2024-05-01", ["FRONTLINE"]), await reg(u1, "2026-03-01", ["COURIER"]), await reg(u2, "2025-06-01", []), await reg(u2, "2026-02-01", [])];
  expect((await c["jianhu.staff"].post(`/api/v1/members/${m[3]}/leave`, { leftOn: "2026-06-01", reason: "调离本单位" })).status).toBe(200);

  // Programme records, straight into their tables (their modules are tested on their own).
  const ent = (area: number, union: number | null, n: number) =>
    // Entered on a fixed day: the register counts an enterprise from its entry, and "now" would move the fixture with the calendar.
    insert(`INSERT INTO enterprise (area_org_id, union_org_id, name, worker_count, created_at, updated_at) VALUES ($1, $2, $3, $4, '2026-01-05T10:00:00+08', now())`, [area, union, `看板测试${suffix}企业${n}`, 50 + n]);
  const e = [await ent(town, u1, 1), await ent(town, u2, 2), await ent(town, u1, 3), await ent(town, null, 4), await ent(u1, null, 5)];
  const contract = async (org: number, kind: string, status: string, from: string | null, to: string | null, covers: string[]) =>
    (
      await one<{ id: string }>(
        `WITH c AS (INSERT INTO contract (org_id, kind, title, employer_party, status, offered_on, effective_from, effective_to, updated_at)
           VALUES ($1, $2::"ContractKind", '测试合同', '企业方', $3::"ContractStatus", DATE '2025-01-01', $4::date, $5::date, now()) RETURNING id),
         cov AS (INSERT INTO contract_coverage (contract_id, enterprise_id, worker_count) SELECT c.id, x, 10 FROM c, unnest($6::uuid[]) x)
         SELECT id FROM c`,
        [org, kind, status, from, to, covers],
      )
    ).id;
  await contract(u1, "WAGE", "IN_FORCE", "2026-01-01", "2027-12-31", [e[0]]);
  await contract(town, "REGIONAL", "IN_FORCE", "2025-07-01", "2027-06-30", [e[0], e[1]]);
  await contract(u2, "WOMEN", "IN_FORCE", "2026-01-01", "2026-12-31", [e[2]]);
  await contract(u1, "COMPREHENSIVE", "NEGOTIATING", null, null, [e[2]]);

  const session = async (org: number, startsOn: string, type: string, extra: number, deleted = false) =>
    insert(
      `INSERT INTO training_session (org_id, title, type, organiser, starts_on, ends_on, hours, extra_participants, deleted_at, updated_at)
       VALUES ($1, '看板测试培训', $2::"TrainingType", '镇工会', $3::date, $3::date, 8, $4, $5, now())`,
      [org, type, startsOn, extra, deleted ? new Date() : null],
    );
  const enrol = (s: string, member: string, outcome: string) =>
    sql().query(`INSERT INTO training_enrolment (session_id, member_id, outcome, updated_at) VALUES ($1, $2, $3::"EnrolmentOutcome", now())`, [s, member, outcome]);
  const s1 = await session(u1, "2026-04-10", "SAFETY", 10);
  await enrol(s1, m[0], "CERTIFIED");
  await enrol(s1, m[1], "COMPLETED");
  const s2 = await session(town, "2026-09-01", "ONLINE", 5);
  await enrol(s2, m[2], "CERTIFIED");
  await session(u2, "2025-05-01", "SAFETY", 7);
  await session(u1, "2026-05-05", "SAFETY", 100, true);

  const contest = (org: number, startsOn: string) =>
    insert(`INSERT INTO competition (org_id, name, kind, level, organiser, starts_on, ends_on, trades, updated_at) VALUES ($1, '看板测试竞赛', 'SKILLS', 'COUNTY', '镇工会', $2::date, $2::date, ARRAY['电工'], now())`, [org, startsOn]);
  const k1 = await contest(town, "2026-05-20");
  for (const x of [m[0], m[1]]) await sql().query(`INSERT INTO competition_entry (competition_id, member_id, trade, updated_at) VALUES ($1, $2, '电工', now())`, [k1, x]);
  await contest(u1, "2025-10-01");

  await sql().query(
    `INSERT INTO studio (org_id, name, kind, level, lead_member_id, founded_on, status, status_on, updated_at) VALUES
       ($1, '看板测试工作室一', 'MODEL_WORKER', 'CITY', $3, '2025-03-01', 'NAMED', NULL, now()),
       ($2, '看板测试工作室二', 'CRAFTSMAN', 'COUNTY', $3, '2026-02-01', 'REVOKED', '2026-08-01', now())`,
    [u1, u2, m[0]],
  );
  await sql().query(
    `INSERT INTO honour (org_id, member_id, title, title_text, level, year, awarding_body, status, updated_at) VALUES
       ($1, $3, 'MAY_DAY_MEDAL', '五一劳动奖章', 'PROVINCIAL', 2026, '省总工会', 'AWARDED', now()),
       ($1, $3, 'CRAFTSMAN', '建湖工匠', 'COUNTY', 2026, '县总工会', 'NOMINATED', now()),
       ($2, NULL, 'WORKER_PIONEER', '工人先锋号', 'COUNTY', 2025, '县总工会', 'AWARDED', now())`,
    [u1, u2, m[0]],
  );
  await sql().query(
    `INSERT INTO model_worker_service (org_id, member_id, year, kind, served_on, updated_at) VALUES
       ($1, $2, 2026, 'HEALTH_CHECK', '2026-03-05', now()), ($1, $2, 2026, 'RECUPERATION', '2026-07-07', now()), ($1, $2, 2025, 'VISIT', '2025-07-07', now())`,
    [u1, m[0]],
  );
  await sql().query(
    `INSERT INTO activity_record (org_id, type_id, held_on, participants, updated_at)
     SELECT x.org, t.id, x.d::date, x.p, now() FROM activity_type t,
       (VALUES ($1::int, '2026-06-01', 40), ($2::int, '2026-10-10', 25), ($1::int, '2025-06-01', 30)) AS x(org, d, p)
     WHERE t.code = 'LECTURE'`,
    [town, u1],
  );
  await sql().query(
    `INSERT INTO hardship_file (org_id, member_id, category, cause, household_size, household_income, status, status_on, created_at, updated_at) VALUES
       ($1, $3, 'RELATIVE', 'ILLNESS', 3, 20000, 'IN_FILE', NULL, '2026-02-01T10:00:00+08', now()),
       ($2, $4, 'DEEP', 'DISABILITY', 2, 9000, 'LIFTED', '2026-09-01', '2025-04-01T10:00:00+08', now()),
       ($2, $5, 'ACCIDENT', 'ACCIDENT', 4, 30000, 'PENDING', NULL, '2026-10-01T10:00:00+08', now())`,
    [u1, u2, m[0], m[2], m[1]],
  );
  await sql().query(
    `INSERT INTO fund (org_id, year, source, name, budget, updated_at) VALUES
       ($1, 2026, 'OWN', '测试帮扶资金', 100000.00, now()), ($2, 2026, 'ALLOCATION', '测试帮扶资金', 20000.50, now()), ($1, 2025, 'OWN', '测试帮扶资金', 80000.00, now())`,
    [town, u1],
  );
  await sql().query(
    `INSERT INTO "grant" (org_id, member_id, kind, amount, reason, status, year, disbursed_at, updated_at) VALUES
       ($1, $3, 'WARMTH', 1000.50, '春节送温暖', 'DISBURSED', 2026, '2026-01-20T10:00:00+08', now()),
       ($2, $4, 'EDUCATION', 3000.00, '金秋助学', 'DISBURSED', 2026, '2026-08-30T23:30:00+08', now()),
       ($1, $5, 'MEDICAL', 2000.00, '医疗救助', 'APPROVED', 2026, NULL, now()),
       ($1, $3, 'WARMTH', 500.00, '春节送温暖', 'DISBURSED', 2025, '2025-02-01T10:00:00+08', now())`,
    [u1, town, m[0], m[1], m[2]],
  );
  // Keep the money invariants the reconciliation checks province-wide: every
  // paid grant has its disbursement entry, paid from a fund that was funded.
  await sql().query(
    `INSERT INTO ledger_entry (fund_id, kind, amount, note)
     SELECT id, 'ALLOCATION', budget, '看板测试拨入' FROM fund WHERE org_id IN ($1, $2) AND budget > 0`,
    [town, u1],
  );
  await sql().query(
    `UPDATE "grant" g SET fund_id = f.id FROM fund f
     WHERE g.org_id IN ($1, $2) AND g.status = 'DISBURSED' AND f.org_id = $1 AND f.year = g.year AND f.source = 'OWN'`,
    [town, u1],
  );
  await sql().query(
    `INSERT INTO ledger_entry (fund_id, kind, amount, grant_id, payment_ref)
     SELECT fund_id, 'DISBURSEMENT', -amount, id, 'TEST-' || left(id::text, 8) FROM "grant" WHERE org_id IN ($1, $2) AND status = 'DISBURSED'`,
    [town, u1],
  );
});

describe("each indicator against a hand-computed fixture", () => {
  it("computes every figure of the town and its change from last year", async () => {
    const r = await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${town}&${P}`);
    expect(r.status).toBe(200);
    const d = r.data;
    expect(d.source).toBe("live");
    // Every dated record of the fixture lies on or before 2026-10-10, and none
    // is dated "now": the figures are the year's whether the year 2026 is
    // still running (its figures end today) or over (they end on 31 December).
    expect(d.period).toMatchObject({ from: "2026-01-01", to: "2026-12-31", previousFrom: "2025-01-01" });
    expect(d.period.end >= "2026-10-10" && d.period.end <= "2026-12-31", d.period.end).toBe(true);
    const expected: Record<string, [number | null, number | null]> = {
      members: [3, 2],
      members_nef: [1, 0],
      unions: [2, 2],
      unionisation_rate: [60, null],
      contract_coverage: [100, null],
      wage_coverage: [66.7, null],
      trainees: [18, 7],
      certificates: [2, 0],
      contests: [1, 1],
      entrants: [2, 0],
      studios: [1, 1],
      honours: [1, 1],
      mw_services: [2, 1],
      mw_visits: [0, 0],
      aid_amount: [4000.5, 500],
      aid_persons: [2, 1],
      hardship_open: [1, 1],
      hardship_lifted: [1, 0],
      activities: [2, 1],
    };
    for (const [key, [value, previous]] of Object.entries(expected)) {
      expect(card(d, key), key).toMatchObject({ value, previous });
    }
    expect(card(d, "unionisation_rate").parts).toEqual({ num: 3, den: 5 });
    expect(card(d, "wage_coverage").parts).toEqual({ num: 2, den: 3 });
    expect(card(d, "trainees").change).toEqual({ delta: 11, pct: 157.1 });
  });

  it("computes the indicators that are not headline cards, and the breakdowns", async () => {
    const rank = async (indicator: string) => (await c["jianhu.leader"].get(`/api/v1/dashboard/ranking?orgId=${town}&${P}&indicator=${indicator}`)).data;
    const byOrg = (r: { rows: { id: number; value: number | null }[] }) => Object.fromEntries(r.rows.map((x) => [x.id, x.value]));
    expect(byOrg(await rank("training_sessions"))).toEqual({ [u1]: 1, [u2]: 0 });
    expect(byOrg(await rank("contracts"))).toEqual({ [u1]: 1, [u2]: 1 });
    expect(byOrg(await rank("studios_city_up"))).toEqual({ [u1]: 1, [u2]: 0 });
    expect(byOrg(await rank("activity_participants"))).toEqual({ [u1]: 25, [u2]: 0 });
    expect(byOrg(await rank("aid_budget"))).toEqual({ [u1]: 20000.5, [u2]: 0 });
    expect(byOrg(await rank("aid_execution"))).toEqual({ [u1]: 5, [u2]: null });

    const d = (await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${town}&${P}`)).data;
    const items = (key: string) => Object.fromEntries(d.breakdowns.find((b: { key: string }) => b.key === key).items.map((i: { code: string; value: number }) => [i.code, i.value]));
    expect(items("member_groups")).toMatchObject({ FRONTLINE: 1, COURIER: 1, MIGRANT_WORKER: 0 });
    expect(items("training_types")).toMatchObject({ SAFETY: 12, ONLINE: 6, APPRENTICESHIP: 0 });
    expect(items("aid_kinds")).toMatchObject({ WARMTH: 1000.5, EDUCATION: 3000, MEDICAL: 0 });
    expect(items("contract_kinds")).toMatchObject({ WAGE: 1, REGIONAL: 1, WOMEN: 1, COMPREHENSIVE: 0 });
    expect(items("studio_levels")).toMatchObject({ CITY: 1, COUNTY: 0 });
    expect(items("activity_types")).toMatchObject({ LECTURE: 2 });
    // Monthly trend: trainees in April (12) and September (6).
    const trainees = d.trend.series.find((s: { key: string }) => s.key === "trainees");
    const months: string[] = d.trend.months.map((x: { key: string }) => x.key);
    expect(trainees.values[months.indexOf("2026-04")]).toBe(12);
    expect(trainees.values[months.indexOf("2026-09")]).toBe(6);
    expect(trainees.previous[months.indexOf("2026-05")]).toBe(7);
    // The town's own records (not below one of its unions): s2's 6 trainees, A1.
    expect(d.own.values).toMatchObject({ trainees: 6, activities: 1, members: 0 });
    // Completeness: both unions' last entry is the fixture's, entered by this test.
    expect(d.children).toHaveLength(2);
    for (const child of d.children) expect(child.lastEntry! >= enteredAt, child.lastEntry).toBe(true);
  });

  it("prorates and reports targets", async () => {
    const t = await c["jianhu.admin"].post("/api/v1/dashboard/targets", { orgId: town, year: 2026, indicator: "trainees", value: "36" });
    expect(t.status).toBe(201);
    const d = (await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${town}&${P}`)).data;
    expect(card(d, "trainees")).toMatchObject({ target: 36, progress: { pct: 50, met: false } });
    const q = (await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${town}&period=2026-Q2`)).data;
    // Q2 = 91 of 365 days: 36 × 91 / 365 = 8.98 → 9; trainees in Q2: 12.
    expect(card(q, "trainees")).toMatchObject({ value: 12, target: 9, progress: { met: true } });
  });
});

describe("figures equal the records behind them", () => {
  it("matches the member, training, competition and coverage lists for the town", async () => {
    const d = (await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${town}&${P}`)).data;
    const members = await c["jianhu.leader"].get(card(d, "members").href!.replace("/members?", "/api/v1/members?"));
    expect(members.data.total).toBe(card(d, "members").value);
    const courier = d.breakdowns.find((b: { key: string }) => b.key === "member_groups").items.find((i: { code: string }) => i.code === "COURIER");
    expect((await c["jianhu.leader"].get(courier.href.replace("/members?", "/api/v1/members?"))).data.total).toBe(courier.value);
    const trainings = await c["jianhu.leader"].get(card(d, "trainees").href!.replace("/trainings?", "/api/v1/trainings?"));
    expect(trainings.data.totals).toMatchObject({ participants: card(d, "trainees").value, certified: card(d, "certificates").value });
    const contests = await c["jianhu.leader"].get(card(d, "contests").href!.replace("/competitions?", "/api/v1/competitions?"));
    expect(contests.data.total).toBe(card(d, "contests").value);
    const cov = await c["jianhu.leader"].get(`/api/v1/contracts/coverage?orgId=${town}&date=${d.period.end}`);
    expect(cov.status).toBe(200);
    expect(cov.data.unionised).toBe(card(d, "wage_coverage").parts!.den);
    expect(cov.data.wage.enterprises).toBe(card(d, "wage_coverage").parts!.num);
    expect(cov.data.covered.enterprises).toBe(card(d, "contract_coverage").parts!.num);
  });

  it("after a refresh, the county's rollup equals the records, and its row for the town equals the town's own dashboard", async () => {
    const refreshed = await rebuildRollup(c["jianhu.admin"]);
    expect(refreshed.status).toBe(200);
    // 数据截至 is the rebuild's time, or later once the refresher has run since.
    const rolled = (await c["jianhu.admin"].get(`/api/v1/dashboard?orgId=${jianhu}&${P}`)).data;
    expect(Date.parse(rolled.asOf)).toBeGreaterThanOrEqual(Date.parse(refreshed.data.refreshedAt));
    const live = (await c["jianhu.admin"].get(`/api/v1/dashboard?orgId=${jianhu}&${P}&source=live`)).data;
    expect(rolled.source).toBe("rollup");
    expect(live.source).toBe("live");
    for (const x of live.cards) expect(card(rolled, x.key), x.key).toMatchObject({ value: x.value, previous: x.previous });
    const figures = (d: { children: { id: number; values: unknown; targets: unknown }[] }) => d.children.map((ch) => ({ id: ch.id, values: ch.values, targets: ch.targets }));
    expect(figures(rolled)).toEqual(figures(live));
    expect(rolled.children.map((ch: { lastEntry: string | null }) => ch.lastEntry)).toEqual(live.children.map((ch: { lastEntry: string | null }) => ch.lastEntry));
    const townDash = (await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${town}&${P}`)).data;
    const row = rolled.children.find((ch: { id: number }) => ch.id === town);
    for (const [k, v] of Object.entries(row.values)) expect(v, k).toBe(card(townDash, k)?.value ?? v);
    // The county's member figure equals its drill-down list.
    const members = await c["jianhu.leader"].get(card(rolled, "members").href!.replace("/members?", "/api/v1/members?") + "&pageSize=1");
    expect(members.data.total).toBe(card(rolled, "members").value);
    const trainings = await c["jianhu.leader"].get(card(rolled, "trainees").href!.replace("/trainings?", "/api/v1/trainings?") + "&pageSize=1");
    expect(trainings.data.totals.participants).toBe(card(rolled, "trainees").value);
  }, 150_000);
});

describe("targets", () => {
  it("splits a county target across towns: the parts must add up, or declare a remainder", async () => {
    const t = await c["jianhu.admin"].post("/api/v1/dashboard/targets", { orgId: town, year: 2027, indicator: "certificates", value: "100" });
    expect(t.status).toBe(201);
    const bad = await c["jianhu.admin"].post(`/api/v1/dashboard/targets/${t.data.id}/split`, { parts: [{ orgId: u1, value: "60" }, { orgId: u2, value: "30" }] });
    expect(bad.status).toBe(400);
    expect(bad.data.error.message).toMatch(/应等于目标/);
    const ok = await c["jianhu.admin"].post(`/api/v1/dashboard/targets/${t.data.id}/split`, { parts: [{ orgId: u1, value: "60" }, { orgId: u2, value: "30" }], remainder: "10" });
    expect(ok.status).toBe(200);
    expect(ok.data.target).toMatchObject({ splitTotal: "90.00", splitCount: 2 });
    // The parent cannot drop below its parts; a part cannot push the sum over the parent.
    expect((await c["jianhu.admin"].patch(`/api/v1/dashboard/targets/${t.data.id}`, { value: "80" })).status).toBe(400);
    const part = ok.data.parts.find((p: { orgId: number }) => p.orgId === u1);
    expect((await c["jianhu.admin"].patch(`/api/v1/dashboard/targets/${part.id}`, { value: "75" })).status).toBe(400);
    // Only direct children; not twice the same.
    const xuyiUnion = (await one<{ id: number }>(`SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int] AND level = 'GRASSROOTS' LIMIT 1`, [xuyi])).id;
    expect((await c["jianhu.admin"].post(`/api/v1/dashboard/targets/${t.data.id}/split`, { parts: [{ orgId: xuyiUnion, value: "100" }] })).status).toBe(404);
    expect((await c["jianhu.admin"].post(`/api/v1/dashboard/targets/${t.data.id}/split`, { parts: [{ orgId: u1, value: "50" }, { orgId: u1, value: "50" }] })).status).toBe(400);
    // Rates do not add up: each part is its own rate.
    const rateT = await c["jianhu.admin"].post("/api/v1/dashboard/targets", { orgId: town, year: 2027, indicator: "unionisation_rate", value: "80" });
    expect((await c["jianhu.admin"].post(`/api/v1/dashboard/targets/${rateT.data.id}/split`, { parts: [{ orgId: u1, value: "80" }, { orgId: u2, value: "75" }] })).status).toBe(200);
    expect((await c["jianhu.admin"].post("/api/v1/dashboard/targets", { orgId: town, year: 2027, indicator: "wage_coverage", value: "120" })).status).toBe(400);
    const list = await c["jianhu.leader"].get(`/api/v1/dashboard/targets?orgId=${town}&year=2027`);
    expect(list.status).toBe(200);
    expect(list.data.data.map((x: { orgId: number; indicator: string }) => `${x.orgId}:${x.indicator}`).sort()).toEqual(
      [`${town}:certificates`, `${town}:unionisation_rate`, `${u1}:certificates`, `${u2}:certificates`, `${u1}:unionisation_rate`, `${u2}:unionisation_rate`].sort(),
    );
  });

  it("lets only administrators write targets", async () => {
    const body = { orgId: town, year: 2027, indicator: "contests", value: "4" };
    expect((await c["jianhu.leader"].post("/api/v1/dashboard/targets", body)).status).toBe(403);
    expect((await c["jianhu.staff"].post("/api/v1/dashboard/targets", body)).status).toBe(403);
    expect((await c["13800000001"].post("/api/v1/dashboard/targets", body)).status).toBe(403);
    expect((await c["jianhu.staff"].get(`/api/v1/dashboard/targets?orgId=${town}&year=2027`)).status).toBe(200);
    expect((await c["jianhu.leader"].post("/api/v1/dashboard/refresh")).status).toBe(403);
  });
});

describe("scope: another county's figures are out of reach through every parameter", () => {
  it("answers 404 for another county's organisation on every dashboard endpoint", async () => {
    const xuyiTown = (await one<{ id: number }>(`SELECT id FROM organisation WHERE parent_id = $1 ORDER BY id LIMIT 1`, [xuyi])).id;
    for (const id of [xuyi, xuyiTown, 1]) {
      for (const path of [
        `/api/v1/dashboard?orgId=${id}`,
        `/api/v1/dashboard?orgId=${id}&period=2025&rank=members`,
        `/api/v1/dashboard?orgId=${id}&period=custom&from=2026-01-01&to=2026-06-30`,
        `/api/v1/dashboard/ranking?orgId=${id}&indicator=members`,
        `/api/v1/dashboard/export?orgId=${id}`,
        `/api/v1/dashboard/targets?orgId=${id}`,
      ]) {
        const r = await c["jianhu.leader"].get(path);
        expect(r.status, path).toBe(404);
        expect(JSON.stringify(r.data)).not.toContain("盱眙");
      }
    }
    // The other way round too, and for a town's staff against the county.
    expect((await c["xuyi.staff"].get(`/api/v1/dashboard?orgId=${jianhu}`)).status).toBe(404);
    expect((await c["xuyi.staff"].get(`/api/v1/dashboard?orgId=${town}`)).status).toBe(404);
  });

  it("cannot reach another county's targets by id, nor change them", async () => {
    const t = await c.admin.post("/api/v1/dashboard/targets", { orgId: xuyi, year: 2027, indicator: "trainees", value: "1000" });
    expect(t.status).toBe(201);
    expect((await c["jianhu.leader"].get(`/api/v1/dashboard/targets/${t.data.id}`)).status).toBe(404);
    expect((await c["jianhu.admin"].patch(`/api/v1/dashboard/targets/${t.data.id}`, { value: "1" })).status).toBe(404);
    expect((await c["jianhu.admin"].request("DELETE", `/api/v1/dashboard/targets/${t.data.id}`)).status).toBe(404);
    expect((await c["jianhu.admin"].post(`/api/v1/dashboard/targets/${t.data.id}/split`, { parts: [{ orgId: xuyi, value: "1000" }] })).status).toBe(404);
    expect((await c["jianhu.admin"].post("/api/v1/dashboard/targets", { orgId: xuyi, year: 2027, indicator: "trainees", value: "1" })).status).toBe(404);
    expect((await c.admin.request("DELETE", `/api/v1/dashboard/targets/${t.data.id}`)).status).toBe(204);
  });

  it("defaults to the caller's own county, refuses members and the leader's live recomputation, and rejects unknown parameters", async () => {
    const own = await c["jianhu.leader"].get("/api/v1/dashboard");
    expect(own.status).toBe(200);
    expect(own.data.org.id).toBe(jianhu);
    expect(own.data.children.map((x: { name: string }) => x.name)).not.toContain("盱眙县总工会");
    expect((await c["13800000001"].get("/api/v1/dashboard")).status).toBe(403);
    expect((await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${jianhu}&source=live`)).status).toBe(403);
    expect((await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${jianhu}&scope=${xuyi}`)).status).toBe(400);
    expect((await c["jianhu.leader"].get(`/api/v1/dashboard?orgId=${jianhu}&orgId=${xuyi}`)).status).toBe(400);
    expect((await c["jianhu.leader"].get(`/api/v1/dashboard/ranking?orgId=${jianhu}&indicator=drop_table`)).status).toBe(400);
  });

  it("does not show another county on the page either", async () => {
    const page = await c["jianhu.leader"].get(`/dashboard?orgId=${xuyi}`);
    expect(page.status).toBe(200);
    expect(page.data).toContain("所选组织不存在或不在您的管理范围内");
    expect(page.data).not.toContain("盱眙县总工会");
    const targets = await c["jianhu.leader"].get(`/dashboard/targets?orgId=${xuyi}`);
    expect(targets.data).not.toContain("盱眙县总工会");
    const ok = await c["jianhu.leader"].get(`/dashboard?orgId=${town}`);
    expect(ok.data).toContain(`看板测试镇${suffix}总工会`);
  });

  it("exports the dashboard's tables as .xlsx for an organisation in scope", async () => {
    const res = await fetch(`${c["jianhu.leader"].baseUrl}/api/v1/dashboard/export?orgId=${town}&${P}`, { headers: { cookie: (c["jianhu.leader"] as unknown as { cookieHeader(): string }).cookieHeader() } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet("主要指标")!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const trainees = rows.find((r) => r[1] === "培训人次")!;
    expect(trainees[3]).toBe(18);
  });
});

