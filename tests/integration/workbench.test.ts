// The workbench (#14): one member count everywhere; targets held against the
// figure they count (本级 or 全辖); the ranking by completion against target;
// and no SQL source of the dashboard in a browser bundle.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { as, Client, rebuildRollup } from "../helpers/http";
import { all, one, orgIdByName, tempUser, unionBelow } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";
import { DESK_COUNT_CAP } from "@/lib/desk/types";
import { gathersPage, LAPSED_COUNT_CAP } from "@/lib/members/lapsed";
import { cumAt } from "@/lib/dashboard/cum";

type Card = { key: string; value: number | null; annualTarget: number | null; target: number | null; targetScope: string | null; targetBasis: number | null; progress: { pct: number | null } };

const c: Record<string, Client> = {};
let jianhu: number;

beforeAll(async () => {
  for (const u of ["jianhu.admin", "jianhu.leader"]) c[u] = await as(u);
  jianhu = await orgIdByName("建湖县总工会");
});

describe("one member count", () => {
  it("首页's 会员数, 会员管理 as it opens (page and API) and the dashboard's 会员数 agree, for a county and a town", async () => {
    for (const name of ["建湖县总工会", "上冈镇总工会"]) {
      const id = await orgIdByName(name);
      const admin = c["jianhu.admin"];
      const org = await admin.get(`/api/v1/organisations/${id}`);
      const list = await admin.get(`/api/v1/members?orgId=${id}&pageSize=1`);
      const everyone = await admin.get(`/api/v1/members?orgId=${id}&status=ALL&pageSize=1`);
      const page = await admin.get(`/members?orgId=${id}`);
      // Live: the rollup may be minutes old; the definition is what is compared.
      const dash = await admin.get(`/api/v1/dashboard?orgId=${id}&source=live`);
      expect([org.status, list.status, everyone.status, page.status, dash.status]).toEqual([200, 200, 200, 200, 200]);
      const members = (dash.data.cards as Card[]).find((x) => x.key === "members")!;
      const counted = await one<{ n: number }>(
        `SELECT count(*)::int AS n FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE'`,
        [id],
      );
      expect(org.data.countsAsOf, name).toBeNull();
      expect(org.data.memberCount, name).toBeGreaterThan(1000);
      expect(org.data.memberCount, name).toBe(counted.n);
      expect(list.data.total, name).toBe(org.data.memberCount);
      expect(members.value, name).toBe(org.data.memberCount);
      // 全部状态 is more (转出, 退会, 保留会籍), and only when asked for.
      expect(everyone.data.total, name).toBeGreaterThan(list.data.total);
      const html = String(page.data).replace(/<!-- -->/g, "");
      expect(html.match(/共 ([\d,]+) 人/)?.[1].replace(/,/g, ""), name).toBe(String(org.data.memberCount));
      expect(html).toContain("显示在会会员（即首页、数据看板的会员数）");
    }
  });
});

describe("a province's and a city's counts", () => {
  // Counting them live read every member below (3.5–4 s for the province's 首页 at 20 M):
  // they are the dashboard's figures for today, and say how old.
  const rollupFigure = (id: number, metric: string) =>
    one<{ v: number | null; version: string }>(
      `SELECT ${cumAt("$1::int", "$2::text", "(now() AT TIME ZONE 'Asia/Shanghai')::date")}::int AS v,
              (SELECT version::text FROM dashboard_refresh WHERE id = 1) AS version`,
      [id, metric],
    );

  it("are the rollup's 会员数 and 基层工会数, with 数据截至, on the API, the organisation page and 首页", async () => {
    const admin = await as("admin");
    expect((await rebuildRollup(admin)).status).toBe(200);
    for (const name of ["江苏省总工会", "盐城市总工会"]) {
      const id = await orgIdByName(name);
      // Another test's write may fold a new version in between: compare within one version.
      let checked = false;
      for (let attempt = 0; attempt < 5 && !checked; attempt++) {
        const [members, unions] = [await rollupFigure(id, "members"), await rollupFigure(id, "unions")];
        const org = await admin.get(`/api/v1/organisations/${id}`);
        const after = await rollupFigure(id, "members");
        if (after.version !== members.version || unions.version !== members.version) continue;
        expect(org.status).toBe(200);
        expect(org.data.memberCount, name).toBeGreaterThan(1000);
        expect(org.data.memberCount, name).toBe(members.v);
        expect(org.data.unionCount, name).toBe(unions.v);
        expect(Date.parse(org.data.countsAsOf), name).toBeGreaterThan(Date.now() - 10 * 60_000);
        checked = true;
      }
      expect(checked, name).toBe(true);
    }
    const province = await orgIdByName("江苏省总工会");
    const kids = await admin.get(`/api/v1/organisations/${province}/children`);
    expect(kids.status).toBe(200);
    expect(kids.data.data.length).toBeGreaterThan(0);
    expect(kids.data.data.every((k: { countsAsOf: string | null }) => k.countsAsOf !== null)).toBe(true);
    // Each child's own children, as the tree browser shows them.
    const direct = await all<{ id: number; n: number }>(
      `SELECT c.id, (SELECT count(*)::int FROM organisation g WHERE g.parent_id = c.id) AS n FROM organisation c WHERE c.parent_id = $1`,
      [province],
    );
    expect(direct.some((d) => d.n > 0)).toBe(true);
    expect(Object.fromEntries(kids.data.data.map((k: { id: number; childCount: number }) => [k.id, k.childCount]))).toEqual(Object.fromEntries(direct.map((d) => [d.id, d.n])));
    for (const path of [`/orgs/${province}`, "/"]) {
      const html = String((await admin.get(path)).data).replace(/<!-- -->/g, "");
      expect(html, path).toMatch(/数据截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    }
  });
});

describe("targets compare like with like", () => {
  it("holds 建湖's 本级 contests target against the county's own contests, not its subtree's", async () => {
    const d = await c["jianhu.admin"].get(`/api/v1/dashboard?orgId=${jianhu}&period=2026&source=live`);
    expect(d.status).toBe(200);
    const card = (d.data.cards as Card[]).find((x) => x.key === "contests")!;
    expect(card).toMatchObject({ targetScope: "OWN", annualTarget: 4 });
    // The 本级 figure by the own-records query equals the dashboard's 本级 row (root less its children).
    expect(card.targetBasis).toBe(d.data.own.values.contests);
    expect(card.value!).toBeGreaterThan(card.targetBasis!);
    expect(card.progress.pct).toBe(Math.round((card.targetBasis! / card.target!) * 1000) / 10);
    expect(card.progress.pct!).toBeLessThan(1000);
    // A 全辖 target next to it is held against the subtree's figure.
    const trainees = (d.data.cards as Card[]).find((x) => x.key === "trainees")!;
    expect(trainees).toMatchObject({ targetScope: "SUBTREE", targetBasis: trainees.value });
  });

  it("says which figure a target counts; a 本级 target is not split, a split one stays 全辖", async () => {
    const towns = await one<{ ids: number[] }>(`SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM organisation WHERE parent_id = $1 AND level = 'TOWN' ORDER BY id LIMIT 2) t`, [jianhu]);
    const admin = c["jianhu.admin"];
    const own = await admin.post("/api/v1/dashboard/targets", { orgId: jianhu, year: 2031, indicator: "contests", value: "4", scope: "OWN" });
    expect(own.status).toBe(201);
    expect(own.data.scope).toBe("OWN");
    const split = await admin.post(`/api/v1/dashboard/targets/${own.data.id}/split`, { parts: [{ orgId: towns.ids[0], value: "4" }] });
    expect(split.status).toBe(400);
    expect(split.data.error.message).toMatch(/本级目标/);

    const bad = await admin.post("/api/v1/dashboard/targets", { orgId: jianhu, year: 2031, indicator: "trainees", value: "100", scope: "ALL" });
    expect(bad.status).toBe(400);
    expect(bad.data.error.fields.scope).toBe("目标口径应为本级或全辖");

    const whole = await admin.post("/api/v1/dashboard/targets", { orgId: jianhu, year: 2031, indicator: "trainees", value: "100" });
    expect(whole.status).toBe(201);
    expect(whole.data.scope).toBe("SUBTREE");
    const parts = await admin.post(`/api/v1/dashboard/targets/${whole.data.id}/split`, { parts: [{ orgId: towns.ids[0], value: "60" }, { orgId: towns.ids[1], value: "40" }] });
    expect(parts.status).toBe(200);
    expect(parts.data.parts.map((p: { scope: string }) => p.scope)).toEqual(["SUBTREE", "SUBTREE"]);
    const toOwn = await admin.patch(`/api/v1/dashboard/targets/${whole.data.id}`, { value: "100", scope: "OWN" });
    expect(toOwn.status).toBe(400);
    expect(toOwn.data.error.fields.scope).toBe("已分解的目标不能改为本级");
    expect((await admin.patch(`/api/v1/dashboard/targets/${parts.data.parts[0].id}`, { value: "60", scope: "OWN" })).status).toBe(400);

    // Back to 全辖, then it splits; the change of scope is audited.
    const back = await admin.patch(`/api/v1/dashboard/targets/${own.data.id}`, { value: "4", scope: "SUBTREE" });
    expect(back.status).toBe(200);
    expect(back.data.scope).toBe("SUBTREE");
    const entry = await one<{ details: { fields: string[] } }>(`SELECT details FROM audit_log WHERE entity_type = 'target' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [own.data.id]);
    expect(entry.details.fields).toEqual(["value", "scope"]);
  });

  it("ranks the towns by completion against their own targets, highest first, towns without a target last", async () => {
    const r = await c["jianhu.leader"].get(`/api/v1/dashboard/ranking?orgId=${jianhu}&period=2026&indicator=trainees&rankBy=progress`);
    expect(r.status).toBe(200);
    expect(r.data.rankBy).toBe("progress");
    const pcts: (number | null)[] = r.data.rows.map((x: { progress: { pct: number | null } }) => x.progress.pct);
    const known = pcts.filter((p): p is number => p !== null);
    expect(known.length).toBeGreaterThanOrEqual(2);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(pcts.slice(0, known.length)).toEqual(known);
    // By value (the default) the order is the figure's.
    const byValue = await c["jianhu.leader"].get(`/api/v1/dashboard/ranking?orgId=${jianhu}&period=2026&indicator=trainees`);
    const values: number[] = byValue.data.rows.map((x: { value: number }) => x.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect((await c["jianhu.leader"].get(`/api/v1/dashboard/ranking?orgId=${jianhu}&indicator=trainees&rankBy=name`)).status).toBe(400);
  });
});

/** A desk entry on 首页 by its label (its link and count as shown, "99+" past the desk's cap), or null when the desk has none. */
async function onDesk(client: Client, label: string): Promise<{ href: string; count: string } | null> {
  const r = await client.get("/");
  expect(r.status).toBe(200);
  const html = String(r.data).replace(/<!-- -->/g, "");
  const at = html.indexOf(label);
  if (at < 0) return null;
  const link = html.slice(html.lastIndexOf("<a ", at), html.indexOf("</a>", at));
  return { href: /href="([^"]+)"/.exec(link)![1], count: /([\d,]+\+?)<\/span>$/.exec(link)![1] };
}

/** The members of a subtree due for review, as the database itself finds them (the rule of lib/members/lapsed.ts). */
const DUE = `FROM member m
      WHERE m.org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int]) AND m.status = 'ACTIVE'
      AND m.joined_on < $2::date AND (m.reviewed_on IS NULL OR m.reviewed_on < $2::date)
      AND NOT EXISTS (SELECT 1 FROM member_transfer t WHERE t.member_id = m.id AND t.transferred_on >= $2::date)
      AND NOT EXISTS (SELECT 1 FROM training_enrolment e JOIN training_session s ON s.id = e.session_id WHERE e.member_id = m.id AND s.starts_on >= $2::date)
      AND NOT EXISTS (SELECT 1 FROM competition_entry c JOIN competition k ON k.id = c.competition_id WHERE c.member_id = m.id AND k.starts_on >= $2::date)
      AND NOT EXISTS (SELECT 1 FROM "grant" g WHERE g.member_id = m.id AND g.created_at >= ($2::date)::timestamp AT TIME ZONE 'UTC')`;
const dueForReview = (root: number, cutoff: string) => one<{ n: number }>(`SELECT count(*)::int AS n ${DUE}`, [root, cutoff]);
const duePage = async (root: number, cutoff: string, page: number) =>
  (await all<{ id: string }>(`SELECT m.id ${DUE} ORDER BY m.joined_on, m.id LIMIT 20 OFFSET $3`, [root, cutoff, (page - 1) * 20])).map((r) => r.id);

describe("the desk's 会籍复核", () => {
  it("shows staff the members their scope has due for review, counted to 99+, and links to the review list's full count", async () => {
    const staff = await as("jianhu.staff");
    const review = await staff.get(`/api/v1/members/lapsed?orgId=${jianhu}&pageSize=20`);
    expect(review.status).toBe(200);
    expect(review.data.total).toBeGreaterThan(DESK_COUNT_CAP);
    // The review list counts to 1,000 ("1,000+"): the database's own count of the members due, capped.
    const due = await dueForReview(jianhu, review.data.cutoff);
    expect(due.n).toBeGreaterThan(LAPSED_COUNT_CAP);
    expect({ total: review.data.total, totalCapped: review.data.totalCapped }).toEqual({ total: LAPSED_COUNT_CAP, totalCapped: true });
    // Under the cap (a grassroots union), the count is exact.
    const union = await unionBelow("建湖县总工会", 5);
    const few = await staff.get(`/api/v1/members/lapsed?orgId=${union}&pageSize=20`);
    const unionDue = await dueForReview(union, few.data.cutoff);
    expect(unionDue.n).toBeLessThanOrEqual(LAPSED_COUNT_CAP);
    expect({ total: few.data.total, totalCapped: few.data.totalCapped }).toEqual({ total: unionDue.n, totalCapped: false });
    expect(await onDesk(staff, "待复核的会员")).toEqual({ href: "/members/lapsed", count: `${DESK_COUNT_CAP}+` });
    const list = await staff.get("/members/lapsed");
    expect(list.status).toBe(200);
    expect(String(list.data).replace(/<!-- -->/g, "")).toContain(review.data.data[0].name);
    // Leaders read: they have no desk.
    expect(await onDesk(c["jianhu.leader"], "待复核的会员")).toBeNull();
  });

  it("gives each page of the review in joining order, walked through the registry or gathered from the subtree", async () => {
    const staff = await as("jianhu.staff");
    const town = await orgIdByName("上冈镇总工会");
    const [{ total }] = await all<{ total: number }>("SELECT reltuples::float8 AS total FROM pg_class WHERE oid = 'member'::regclass");
    const active = async (root: number) =>
      (await one<{ n: number }>("SELECT count(*)::int AS n FROM member WHERE status = 'ACTIVE' AND org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int])", [root])).n;
    // With the demo data 建湖's pages are walked (up to page 50, the cap's last) and the town's gathered: both ways are checked.
    expect(gathersPage(LAPSED_COUNT_CAP, await active(jianhu), total)).toBe(false);
    expect(gathersPage(20, await active(town), total)).toBe(true);
    for (const [root, page] of [[jianhu, 1], [jianhu, 7], [town, 1], [town, 2]]) {
      const got = await staff.get(`/api/v1/members/lapsed?orgId=${root}&pageSize=20&page=${page}`);
      expect(got.status).toBe(200);
      const want = await duePage(root, got.data.cutoff, page);
      expect(want).toHaveLength(20);
      expect(got.data.data.map((m: { id: string }) => m.id)).toEqual(want);
    }
  });

  it("has no entry where nobody is due, and one as soon as a member is", async () => {
    const admin = c["jianhu.admin"];
    const tag = `${Date.now()}`.slice(-7);
    const town = await admin.post("/api/v1/organisations", { parentId: jianhu, name: `复核${tag}镇总工会`, level: "TOWN", kind: "FEDERATION" });
    expect(town.status).toBe(201);
    const union = await admin.post("/api/v1/organisations", { parentId: town.data.id, name: `复核${tag}物流有限公司工会委员会`, level: "GRASSROOTS", kind: "INDEPENDENT" });
    expect(union.status).toBe(201);
    const staff = await as(await tempUser("STAFF", town.data.name));
    expect(await onDesk(staff, "待复核的会员")).toBeNull();
    // Joined in 2024 and nothing since: due for review.
    expect((await admin.post("/api/v1/members", memberInput(union.data.id, { joinedOn: "2024-03-01" }))).status).toBe(201);
    expect(await onDesk(staff, "待复核的会员")).toEqual({ href: "/members/lapsed", count: "1" });
  });
});

describe("the indicator catalogue and its SQL", () => {
  it("keeps the SQL sources out of every browser bundle", () => {
    const root = path.resolve(process.cwd(), ".next");
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".js") ? [path.join(dir, e.name)] : []));
    // The markers are in the server build (so they survive bundling)…
    const server = files(path.join(root, "server")).filter((f) => fs.readFileSync(f, "utf8").includes("CROSS JOIN LATERAL unnest("));
    expect(server.length).toBeGreaterThan(0);
    // …and in none of the chunks a browser loads.
    const client = files(path.join(root, "static"));
    expect(client.length).toBeGreaterThan(10);
    const leaking = client.filter((f) => /CROSS JOIN LATERAL|ancestor_ids @>|dashboard_fact/.test(fs.readFileSync(f, "utf8")));
    expect(leaking).toEqual([]);
  });
});

describe("the desk's other counts", () => {
  it("stop at 99+ where the module's own page counts on: the contracts' reminders, the assistance queue, overdue rights cases and open 助企行 orders, for a province and a county", async () => {
    const shown = (n: number) => (n > DESK_COUNT_CAP ? `${DESK_COUNT_CAP}+` : n.toLocaleString("en-US"));
    const seen: number[] = [];
    for (const u of ["admin", "jianhu.admin"]) {
      const client = await as(u);
      const [reminders, queue, overdueCases, openOrders] = await Promise.all([
        client.get("/api/v1/contracts/reminders?pageSize=1"),
        client.get("/api/v1/assistance/queue"),
        client.get("/api/v1/rights-cases?overdue=true&pageSize=1"),
        client.get("/api/v1/assist-orders?status=OPEN&pageSize=1"),
      ]);
      expect([reminders.status, queue.status, overdueCases.status, openOrders.status]).toEqual([200, 200, 200, 200]);
      const exact: [string, number][] = [
        ["天内到期的集体合同", reminders.data.total],
        ["已过期限待标记的集体合同", reminders.data.lapsed],
        ["待办理的救助申请", queue.data.grants.reduce((a: number, g: { total: number }) => a + g.total, 0)],
        ["待核实的困难职工档案", queue.data.pendingVerification.total],
        ["复核到期的困难职工档案", queue.data.reviewDue.total],
        ["超过办理时限的维权工单", overdueCases.data.total],
        ["待派单的助企行工单", openOrders.data.total],
      ];
      for (const [label, n] of exact) {
        expect((await onDesk(client, label))?.count, `${u}: ${label}`).toBe(shown(n));
        seen.push(n);
      }
    }
    // The demo data has more than 99 of one of them somewhere, so the cap itself is checked.
    expect(Math.max(...seen)).toBeGreaterThan(DESK_COUNT_CAP);
  });
});
