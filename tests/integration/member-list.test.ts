// The member registry's list and search (lib/members/list.ts): the SQL written
// for speed must still give exactly the rows, order and totals the database
// holds, within the caller's scope. Every expectation is computed here from the
// tables, not remembered from the demo data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type Client, rebuildRollup } from "../helpers/http";
import { countyDrift, one, orgIdByName, sql, unionBelow } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";
import { cumAt } from "@/lib/dashboard/cum";

let admin: Client;
let county: Client;
let jianhu: number;

const count = async (where: string, params: unknown[] = []) =>
  (await one<{ n: number }>(`SELECT count(*)::int AS n FROM member m JOIN organisation o ON o.id = m.org_id WHERE ${where}`, params)).n;
const ids = (r: { data: { data: { id: string }[] } }) => r.data.data.map((m) => m.id);

beforeAll(async () => {
  admin = await as("admin");
  county = await as("jianhu.staff");
  jianhu = await orgIdByName("建湖县总工会");
});

describe("totals", () => {
  it("counts a county's registry exactly, however large: the counted members by default, every status when asked", async () => {
    const n = await count("o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE'", [jianhu]);
    expect(n).toBeGreaterThan(100_000); // larger than the province-wide cap: the county is still exact
    const r = await county.get("/api/v1/members?pageSize=1");
    expect(r.data).toMatchObject({ total: n, totalCapped: false, sort: "-joinedOn" });
    const all = await count("o.ancestor_ids @> ARRAY[$1::int]", [jianhu]);
    expect(all).toBeGreaterThan(n);
    expect((await county.get("/api/v1/members?pageSize=1&status=ALL")).data).toMatchObject({ total: all, totalCapped: false });
    expect((await county.get("/api/v1/members?status=EVERYONE")).status).toBe(400);
  });

  it("reports a province's registry as 100,000+ and its first page newest first", async () => {
    expect(await count("true")).toBeGreaterThan(100_000);
    const r = await admin.get("/api/v1/members?pageSize=20");
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ total: 100_000, totalCapped: true, sort: "-joinedOn" });
    const first = await sql().query("SELECT id FROM member WHERE status = 'ACTIVE' ORDER BY joined_on DESC, id DESC LIMIT 20");
    expect(ids(r)).toEqual(first.rows.map((x) => x.id));
  });

  it("tells a province's registry is over the cap from the member tally, without the rollup, and gives the same page and total", async () => {
    // The members of the province's counties, as member_county_tally counts them, pass the cap: the page
    // says 100,000+ without counting 100,001 members (surelyOverCap), and it is the answer counting gives.
    const province = await orgIdByName("江苏省总工会");
    const tallied = async (status: string) =>
      (await one<{ n: number }>(
        `SELECT coalesce(sum(t.n), 0)::float8 AS n FROM member_county_tally t JOIN organisation c ON c.id = t.county_id
         WHERE c.ancestor_ids @> ARRAY[$1::int] AND t.grp = '' AND t.status = $2::"MemberStatus"`,
        [province, status],
      )).n;
    expect(await tallied("ACTIVE")).toBeGreaterThan(100_000);
    for (const [sort, order] of [["-joinedOn", "joined_on DESC, id DESC"], ["name", "name, id"]]) {
      const r = await admin.get(`/api/v1/members?sort=${sort}&page=2&pageSize=20`);
      expect(r.data, sort).toMatchObject({ total: 100_000, totalCapped: true, sort });
      const page = await sql().query(`SELECT id FROM member WHERE status = 'ACTIVE' ORDER BY ${order} OFFSET 20 LIMIT 20`);
      expect(ids(r), sort).toEqual(page.rows.map((x) => x.id));
    }
    // Under the cap the tally's bound does not claim it: the members who left are counted, exactly.
    const left = await count("m.status = 'LEFT'");
    expect(left).toBeGreaterThan(20);
    expect(left).toBeLessThan(100_000);
    expect((await admin.get("/api/v1/members?status=LEFT&pageSize=20")).data).toMatchObject({ total: left, totalCapped: false });
    // And a city under the cap (盱眙's) is counted exactly too.
    const city = (await one<{ id: number }>(`SELECT parent_id AS id FROM organisation WHERE name = '盱眙县总工会'`)).id;
    const inCity = await count("o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE'", [city]);
    expect(inCity).toBeGreaterThan(20);
    expect(inCity).toBeLessThan(100_000);
    expect((await admin.get(`/api/v1/members?orgId=${city}&pageSize=20`)).data).toMatchObject({ total: inCity, totalCapped: false });
  });

  it("caps a broad search at 10,000 and counts a narrow one exactly", async () => {
    const { c, n } = await one<{ c: string; n: number }>("SELECT left(name, 1) AS c, count(*)::int AS n FROM member WHERE status = 'ACTIVE' GROUP BY 1 ORDER BY 2 DESC LIMIT 1");
    expect(n).toBeGreaterThan(10_000);
    const broad = await admin.get(`/api/v1/members?q=${encodeURIComponent(c)}`);
    expect(broad.data).toMatchObject({ total: 10_000, totalCapped: true });
    const two = await one<{ p: string; n: number }>(
      `SELECT left(m.name, 2) AS p, count(*)::int AS n FROM member m JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' AND length(m.name) >= 2 GROUP BY 1 HAVING count(*) BETWEEN 21 AND 200 ORDER BY 2 DESC LIMIT 1`,
      [jianhu],
    );
    const narrow = await county.get(`/api/v1/members?q=${encodeURIComponent(two.p)}`);
    expect(narrow.data).toMatchObject({ total: two.n, totalCapped: false });
  });

  it("gives a county's search its page and its count from one reading, in the database's order", async () => {
    // Below a city a search reads all of its matches once (lib/members/list.ts): the page is cut
    // from them and they are counted, exactly up to the cap.
    const two = await one<{ p: string; n: number }>(
      `SELECT left(m.name, 2) AS p, count(*)::int AS n FROM member m JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' AND length(m.name) >= 2 GROUP BY 1 HAVING count(*) BETWEEN 30 AND 500 ORDER BY 2 DESC LIMIT 1`,
      [jianhu],
    );
    const r = await county.get(`/api/v1/members?q=${encodeURIComponent(two.p)}&page=2&pageSize=7`);
    expect(r.data).toMatchObject({ total: two.n, totalCapped: false, sort: "name" });
    const expected = await sql().query(
      `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' AND m.name LIKE $2 ORDER BY m.name, m.id OFFSET 7 LIMIT 7`,
      [jianhu, `${two.p}%`],
    );
    expect(ids(r)).toEqual(expected.rows.map((x) => x.id));
    // Matches elsewhere in the province but none in the county: nothing, counted as nothing.
    const elsewhere = await one<{ p: string }>(
      `SELECT left(m.name, 2) AS p FROM member m JOIN organisation o ON o.id = m.org_id WHERE length(m.name) >= 2 AND m.status = 'ACTIVE'
       GROUP BY 1 HAVING bool_and(NOT o.ancestor_ids @> ARRAY[$1::int]) ORDER BY count(*) DESC LIMIT 1`,
      [jianhu],
    );
    expect((await county.get(`/api/v1/members?q=${encodeURIComponent(elsewhere.p)}`)).data).toMatchObject({ total: 0, totalCapped: false, data: [] });
  });

  it("caps a county's search past 10,000 matches, its page still the database's", async () => {
    // No name or number prefix of the demo county reaches the cap: 12,000 members of one made-up
    // name are added to a union of it for this test, and removed after it.
    const union = await unionBelow("上冈镇总工会");
    const stem = "测试封顶";
    // Also before: a run that died between the insert and its clean-up left them behind.
    await sql().query("DELETE FROM member WHERE id_hash LIKE 'cap-test-%'");
    await sql().query(
      `INSERT INTO member (name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, updated_at)
       SELECT $1 || i, '\\x00'::bytea, 'cap-test-' || lpad(i::text, 55, '0'), '320000********0000', '1990-01-01', 'MALE', '13900000000', $2,
              date '2020-01-01' + (i % 1000), now()
       FROM generate_series(1, 12000) AS i`,
      [stem, union],
    );
    try {
      const r = await county.get(`/api/v1/members?q=${encodeURIComponent(stem)}&page=3&pageSize=20`);
      expect(r.data).toMatchObject({ total: 10_000, totalCapped: true, sort: "name" });
      const expected = await sql().query(
        `SELECT m.id FROM member m WHERE m.org_id = $1 AND m.status = 'ACTIVE' AND m.name LIKE $2 ORDER BY m.name, m.id OFFSET 40 LIMIT 20`,
        [union, `${stem}%`],
      );
      expect(expected.rows).toHaveLength(20);
      expect(ids(r)).toEqual(expected.rows.map((x) => x.id));
    } finally {
      await sql().query("DELETE FROM member WHERE id_hash LIKE 'cap-test-%'");
    }
  });

  it("tells the total of a short last page, and of a page past the end", async () => {
    const union = await unionBelow("上冈镇总工会");
    const n = await count("m.org_id = $1 AND m.status = 'ACTIVE'", [union]);
    expect(n).toBeGreaterThan(5);
    const last = await county.get(`/api/v1/members?orgId=${union}&pageSize=5&page=${Math.ceil(n / 5)}`);
    expect(last.data.total).toBe(n);
    expect(last.data.data).toHaveLength(n % 5 || 5);
    const past = await county.get(`/api/v1/members?orgId=${union}&pageSize=5&page=999`);
    expect(past.data).toMatchObject({ total: n, data: [] });
  });
});

describe("order", () => {
  it("lists a name search by name, exact name first, unless another order is asked for", async () => {
    const union = await unionBelow("上冈镇总工会");
    const cjk = () => String.fromCharCode(0x4e00 + Math.floor(Math.random() * 0x5000));
    const stem = `诸葛${cjk()}`;
    const longer = await county.post("/api/v1/members", memberInput(union, { name: `${stem}亮`, joinedOn: "2025-01-01" }));
    const exact = await county.post("/api/v1/members", memberInput(union, { name: stem, joinedOn: "2024-01-01" }));
    expect([longer.status, exact.status], JSON.stringify(longer.data)).toEqual([201, 201]);
    const byName = await county.get(`/api/v1/members?q=${encodeURIComponent(stem)}`);
    expect(byName.data).toMatchObject({ sort: "name", total: 2 });
    expect(ids(byName)).toEqual([exact.data.id, longer.data.id]);
    const newest = await county.get(`/api/v1/members?q=${encodeURIComponent(stem)}&sort=-joinedOn`);
    expect(newest.data.sort).toBe("-joinedOn");
    expect(ids(newest)).toEqual([longer.data.id, exact.data.id]);
  });

  it("gives each sort the database's order within a county, read from its slice, within a town, from the county's slice, and within a union, gathered", async () => {
    // A county's own registry reads its slice of the county indexes (slicesPage; by joining
    // date one reading per status and sex, merged); the town is large enough beside its county
    // for listMembers to read the county's slices keeping the town's unions (townPage, from the
    // rollup's 会员数); a grassroots union is below the rollup's nodes and gathers its members:
    // every way gives the database's order.
    expect((await rebuildRollup(admin)).status).toBe(200);
    const town = await orgIdByName("上冈镇总工会");
    const members = (org: string) => `${cumAt(org, "'members'", "(now() AT TIME ZONE 'Asia/Shanghai')::date")}::float8`;
    const plan = await one<{ n: number; county: number }>(`SELECT ${members("$1::int")} AS n, ${members("$2::int")} AS county`, [town, jianhu]);
    // The town's page 2 of 10 is within townPage's bound: (offset + page) × county ≤ n².
    expect(plan.county).toBeGreaterThan(plan.n);
    expect(20 * plan.county).toBeLessThanOrEqual(plan.n * plan.n);
    const union = await unionBelow("上冈镇总工会");
    const orders: Record<string, string> = {
      name: "m.name, m.id",
      "-name": "m.name DESC, m.id DESC",
      joinedOn: "m.joined_on, m.id",
      "-joinedOn": "m.joined_on DESC, m.id DESC",
      "-createdAt": "m.created_at DESC, m.id DESC",
    };
    for (const [sort, order] of Object.entries(orders)) {
      const r = await county.get(`/api/v1/members?sort=${sort}&page=3&pageSize=7`);
      const expected = await sql().query(
        `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' ORDER BY ${order} OFFSET 14 LIMIT 7`,
        [jianhu],
      );
      expect(ids(r), sort).toEqual(expected.rows.map((x) => x.id));
      // Another status reads its own part of the county's slice, and every status all of it.
      for (const [status, cond] of [["LEFT", "AND m.status = 'LEFT'"], ["ALL", ""]]) {
        const other = await county.get(`/api/v1/members?status=${status}&sort=${sort}&page=2&pageSize=5`);
        const expectedOther = await sql().query(
          `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] ${cond} ORDER BY ${order} OFFSET 5 LIMIT 5`,
          [jianhu],
        );
        expect(expectedOther.rows.length, sort).toBe(5);
        expect(ids(other), `${sort}, status ${status}`).toEqual(expectedOther.rows.map((x) => x.id));
      }
      const inTown = await county.get(`/api/v1/members?orgId=${town}&sort=${sort}&page=2&pageSize=10`);
      const expectedInTown = await sql().query(
        `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' ORDER BY ${order} OFFSET 10 LIMIT 10`,
        [town],
      );
      expect(expectedInTown.rows.length, sort).toBe(10);
      expect(ids(inTown), `${sort} in a town`).toEqual(expectedInTown.rows.map((x) => x.id));
      const inTownAll = await county.get(`/api/v1/members?orgId=${town}&status=ALL&sort=${sort}&page=2&pageSize=10`);
      const expectedInTownAll = await sql().query(
        `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id WHERE o.ancestor_ids @> ARRAY[$1::int] ORDER BY ${order} OFFSET 10 LIMIT 10`,
        [town],
      );
      expect(ids(inTownAll), `${sort} in a town, every status`).toEqual(expectedInTownAll.rows.map((x) => x.id));
      const inUnion = await county.get(`/api/v1/members?orgId=${union}&sort=${sort}&page=2&pageSize=3`);
      const expectedInUnion = await sql().query(`SELECT m.id FROM member m WHERE m.org_id = $1 AND m.status = 'ACTIVE' ORDER BY ${order} OFFSET 3 LIMIT 3`, [union]);
      expect(expectedInUnion.rows.length, sort).toBe(3);
      expect(ids(inUnion), `${sort} in a union`).toEqual(expectedInUnion.rows.map((x) => x.id));
    }
  });

  it("lists a province's and a city's registry newest entries first, merged from every county and from above the counties", async () => {
    // newestAcrossCounties: one reading of each county's slice of (county_id, created_at, …), and
    // one of the members above a county. Four members entered at distinct times in two counties and
    // above them must lead the province's list in that order, and the city's those within it.
    const jianhuUnion = await unionBelow("建湖县总工会");
    const elsewhere = await one<{ id: number; city: number }>(
      `SELECT o.id, o.ancestor_ids[2] AS city FROM organisation o WHERE o.level = 'GRASSROOTS' AND NOT o.ancestor_ids @> ARRAY[$1::int] ORDER BY o.id LIMIT 1`,
      [jianhu],
    );
    const jianhuCity = (await one<{ city: number }>(`SELECT ancestor_ids[2] AS city FROM organisation WHERE id = $1`, [jianhu])).city;
    const created: string[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        const r = await county.post("/api/v1/members", memberInput(jianhuUnion));
        expect(r.status, JSON.stringify(r.data)).toBe(201);
        created.push(r.data.id);
      }
      // The second in another county (possibly another city), the fourth in the city's own union: above any county.
      await sql().query(`UPDATE member SET org_id = $2 WHERE id = $1`, [created[1], elsewhere.id]);
      await sql().query(`UPDATE member SET org_id = $2 WHERE id = $1`, [created[3], jianhuCity]);
      // Entered an hour apart, the last first: created[3] newest, created[0] oldest.
      for (const [i, id] of created.entries()) await sql().query(`UPDATE member SET created_at = now() + make_interval(hours => 10 + $2::int) WHERE id = $1`, [id, i]);
      const newest = [...created].reverse();
      const province = await admin.get("/api/v1/members?sort=-createdAt&pageSize=4");
      expect(ids(province)).toEqual(newest);
      const inCity = newest.filter((id) => id !== created[1] || elsewhere.city === jianhuCity);
      const city = await admin.get(`/api/v1/members?orgId=${jianhuCity}&sort=-createdAt&pageSize=${inCity.length}`);
      expect(ids(city)).toEqual(inCity);
      // Further pages, and every status, as the database orders them.
      for (const [query, cond] of [["", "AND m.status = 'ACTIVE'"], ["&status=ALL", ""], ["&status=LEFT", "AND m.status = 'LEFT'"]]) {
        for (const [root, path] of [[null, ""], [jianhuCity, `&orgId=${jianhuCity}`]] as const) {
          const r = await admin.get(`/api/v1/members?sort=-createdAt&page=3&pageSize=6${query}${path}`);
          const expected = await sql().query(
            `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id WHERE ${root ? "o.ancestor_ids @> ARRAY[$1::int]" : "$1::int IS NULL"} ${cond}
             ORDER BY m.created_at DESC, m.id DESC OFFSET 12 LIMIT 6`,
            [root],
          );
          expect(expected.rows.length, `${query} ${path}`).toBe(6);
          expect(ids(r), `${query} ${path}`).toEqual(expected.rows.map((x) => x.id));
        }
      }
    } finally {
      await sql().query(`DELETE FROM member WHERE id = ANY($1::uuid[])`, [created]);
    }
  });

  it("combines filters as the database does", async () => {
    const r = await county.get("/api/v1/members?sex=FEMALE&group=MIGRANT_WORKER&status=ACTIVE&joinedFrom=2015-01-01&joinedTo=2020-12-31&pageSize=100");
    const n = await count(
      `o.ancestor_ids @> ARRAY[$1::int] AND m.sex = 'FEMALE' AND m.groups @> ARRAY['MIGRANT_WORKER']::"MemberGroup"[] AND m.status = 'ACTIVE'
       AND m.joined_on BETWEEN '2015-01-01' AND '2020-12-31'`,
      [jianhu],
    );
    expect(n).toBeGreaterThan(0);
    expect(r.data.total).toBe(n);
    for (const m of r.data.data) expect(m).toMatchObject({ sex: "FEMALE", status: "ACTIVE", groups: expect.arrayContaining(["MIGRANT_WORKER"]) });
  });

  it("treats % and _ in a search as letters", async () => {
    expect((await county.get(`/api/v1/members?q=${encodeURIComponent("%")}`)).data.total).toBe(0);
    expect((await county.get(`/api/v1/members?q=${encodeURIComponent("王_")}`)).data.total).toBe(0);
  });
});

describe("the county's slice of the name index", () => {
  it("holds every member's county, which follows a move between counties and is empty above a county", async () => {
    // The migration's backfill and every write since: the demo data was loaded through the trigger.
    expect(await countyDrift()).toBe(0);
    const here = await unionBelow("建湖县总工会");
    const there = await one<{ id: number; county: number }>(
      `SELECT o.id, o.ancestor_ids[3] AS county FROM organisation o WHERE o.level = 'GRASSROOTS' AND NOT o.ancestor_ids @> ARRAY[$1::int] ORDER BY o.id LIMIT 1`,
      [jianhu],
    );
    const city = await one<{ id: number }>(`SELECT id FROM organisation WHERE depth = 1 ORDER BY id LIMIT 1`);
    const r = await county.post("/api/v1/members", memberInput(here));
    expect(r.status).toBe(201);
    const countyOf = async () => (await one<{ county_id: number | null }>(`SELECT county_id FROM member WHERE id = $1`, [r.data.id])).county_id;
    try {
      expect(await countyOf()).toBe(jianhu);
      await sql().query(`UPDATE member SET org_id = $2 WHERE id = $1`, [r.data.id, there.id]);
      expect(await countyOf()).toBe(there.county);
      // The column written alone is put right by the trigger, not kept.
      await sql().query(`UPDATE member SET county_id = $2 WHERE id = $1`, [r.data.id, jianhu]);
      expect(await countyOf()).toBe(there.county);
      await sql().query(`UPDATE member SET org_id = $2 WHERE id = $1`, [r.data.id, city.id]);
      expect(await countyOf()).toBeNull();
    } finally {
      await sql().query(`DELETE FROM member WHERE id = $1`, [r.data.id]);
    }
  });

  it("gives a town's search the town's members only, as the database counts them", async () => {
    const town = await one<{ id: number; p: string; n: number; county: number }>(
      `SELECT g.*, (SELECT count(*)::int FROM member c WHERE c.county_id = $1 AND c.status = 'ACTIVE' AND c.name LIKE g.p || '%') AS county
       FROM (SELECT t.id, left(m.name, 2) AS p, count(*)::int AS n
             FROM organisation t JOIN organisation o ON o.ancestor_ids @> ARRAY[t.id] JOIN member m ON m.org_id = o.id
             WHERE t.parent_id = $1 AND t.depth = 3 AND m.status = 'ACTIVE' AND length(m.name) >= 2
             GROUP BY t.id, left(m.name, 2) HAVING count(*) BETWEEN 21 AND 300 ORDER BY count(*) DESC, t.id LIMIT 1) g`,
      [jianhu],
    );
    // The county has more of them than the town: the town's own subtree is still applied.
    expect(town.county).toBeGreaterThan(town.n);
    const r = await county.get(`/api/v1/members?q=${encodeURIComponent(town.p)}&orgId=${town.id}&pageSize=20&page=2`);
    expect(r.data).toMatchObject({ total: town.n, totalCapped: false, sort: "name" });
    const expected = await sql().query(
      `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id
       WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' AND m.name LIKE $2 ORDER BY m.name, m.id OFFSET 20 LIMIT 20`,
      [town.id, `${town.p}%`],
    );
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(ids(r)).toEqual(expected.rows.map((x) => x.id));
  });
});

describe("the county's slice of the phone index", () => {
  it("gives a county's and a town's phone search their own members only, as the database counts them", async () => {
    // A prefix the town shares with the rest of its county (migration member_county_phone).
    const town = await one<{ id: number; p: string; n: number; county: number }>(
      `SELECT g.*, (SELECT count(*)::int FROM member c WHERE c.county_id = $1 AND c.status = 'ACTIVE' AND c.phone LIKE g.p || '%') AS county
       FROM (SELECT t.id, left(m.phone, 3) AS p, count(*)::int AS n
             FROM organisation t JOIN organisation o ON o.ancestor_ids @> ARRAY[t.id] JOIN member m ON m.org_id = o.id
             WHERE t.parent_id = $1 AND t.depth = 3 AND m.status = 'ACTIVE'
             GROUP BY t.id, left(m.phone, 3) HAVING count(*) BETWEEN 21 AND 300 ORDER BY count(*) DESC, t.id LIMIT 1) g`,
      [jianhu],
    );
    expect(town.county).toBeGreaterThan(town.n);
    expect(town.county).toBeLessThanOrEqual(10_000);
    const newest = (root: number) =>
      sql().query(
        `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id
         WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' AND m.phone LIKE $2 ORDER BY m.joined_on DESC, m.id DESC OFFSET 20 LIMIT 20`,
        [root, `${town.p}%`],
      );
    const inCounty = await county.get(`/api/v1/members?q=${town.p}&pageSize=20&page=2`);
    expect(inCounty.data).toMatchObject({ total: town.county, totalCapped: false, sort: "-joinedOn" });
    expect(ids(inCounty)).toEqual((await newest(jianhu)).rows.map((x) => x.id));
    const inTown = await county.get(`/api/v1/members?q=${town.p}&orgId=${town.id}&pageSize=20&page=2`);
    expect(inTown.data).toMatchObject({ total: town.n, totalCapped: false, sort: "-joinedOn" });
    const expected = await newest(town.id);
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(ids(inTown)).toEqual(expected.rows.map((x) => x.id));
  });
});

describe("the county's slice of the filter index", () => {
  it("gives a county's and a town's filtered list their own members, as the database counts and orders them", async () => {
    // Migration member_county_filters: sex, group and joining date read from the county's slice.
    const town = await one<{ id: number }>(
      `SELECT t.id FROM organisation t JOIN organisation o ON o.ancestor_ids @> ARRAY[t.id] JOIN member m ON m.org_id = o.id
       WHERE t.parent_id = $1 AND t.depth = 3 AND m.sex = 'FEMALE' AND m.groups @> ARRAY['FRONTLINE']::"MemberGroup"[]
       GROUP BY t.id HAVING count(*) > 45 ORDER BY count(*) DESC, t.id LIMIT 1`,
      [jianhu],
    );
    const filters = "sex=FEMALE&group=FRONTLINE&joinedFrom=2010-01-01";
    const matching = `m.sex = 'FEMALE' AND m.groups @> ARRAY['FRONTLINE']::"MemberGroup"[] AND m.joined_on >= '2010-01-01'`;
    for (const [root, query] of [
      [jianhu, ""],
      [town.id, `&orgId=${town.id}`],
      [town.id, `&orgId=${town.id}&status=ALL`],
    ] as const) {
      const status = query.includes("status=ALL") ? "true" : "m.status = 'ACTIVE'";
      const r = await county.get(`/api/v1/members?${filters}${query}&pageSize=20&page=2`);
      const n = await count(`o.ancestor_ids @> ARRAY[$1::int] AND ${status} AND ${matching}`, [root]);
      expect(n, query).toBeGreaterThan(40);
      expect(r.data, query).toMatchObject({ total: n, totalCapped: false, sort: "-joinedOn" });
      const expected = await sql().query(
        `SELECT m.id FROM member m JOIN organisation o ON o.id = m.org_id
         WHERE o.ancestor_ids @> ARRAY[$1::int] AND ${status} AND ${matching} ORDER BY m.joined_on DESC, m.id DESC OFFSET 20 LIMIT 20`,
        [root],
      );
      expect(ids(r), query).toEqual(expected.rows.map((x) => x.id));
    }
  });
});

describe("a county filtered on what its members carry, in joining order", () => {
  // Its page from the county's slices in order, its total from member_county_tally and the
  // members of the range's first and last year (lib/members/carried.ts): every combination
  // of the filters against the database's own count and order.
  const cases: [filters: string, where: string][] = [
    ["sex=FEMALE", "m.sex = 'FEMALE'"],
    ["group=COURIER&sort=joinedOn", `m.groups @> ARRAY['COURIER']::"MemberGroup"[]`],
    ["sex=MALE&group=MIGRANT_WORKER&status=ALL", `m.sex = 'MALE' AND m.groups @> ARRAY['MIGRANT_WORKER']::"MemberGroup"[]`],
    ["joinedFrom=2015-03-15", "m.joined_on >= '2015-03-15'"],
    ["group=FRONTLINE&joinedTo=2018-06-30", `m.groups @> ARRAY['FRONTLINE']::"MemberGroup"[] AND m.joined_on <= '2018-06-30'`],
    ["sex=FEMALE&joinedFrom=2016-02-01&joinedTo=2016-11-30", "m.sex = 'FEMALE' AND m.joined_on BETWEEN '2016-02-01' AND '2016-11-30'"],
    ["group=FRONTLINE&joinedFrom=2012-02-01&joinedTo=2021-11-30&status=ALL&sort=joinedOn", `m.groups @> ARRAY['FRONTLINE']::"MemberGroup"[] AND m.joined_on BETWEEN '2012-02-01' AND '2021-11-30'`],
  ];
  it.each(cases)("%s", async (filters, where) => {
    const status = filters.includes("status=ALL") ? "true" : "m.status = 'ACTIVE'";
    const direction = filters.includes("sort=joinedOn") ? "ASC" : "DESC";
    const n = await count(`m.county_id = $1 AND ${status} AND ${where}`, [jianhu]);
    expect(n).toBeGreaterThan(40);
    for (const page of [1, 2]) {
      const r = await county.get(`/api/v1/members?${filters}&pageSize=20&page=${page}`);
      expect(r.data, `page ${page}`).toMatchObject({ total: n, totalCapped: false });
      const expected = await sql().query(
        `SELECT m.id FROM member m WHERE m.county_id = $1 AND ${status} AND ${where}
         ORDER BY m.joined_on ${direction}, m.id ${direction} OFFSET ${(page - 1) * 20} LIMIT 20`,
        [jianhu],
      );
      expect(ids(r), `page ${page}`).toEqual(expected.rows.map((x) => x.id));
    }
  });

  it("counts a reversed range as empty and a page past the end by the tally", async () => {
    const reversed = await county.get("/api/v1/members?joinedFrom=2020-01-01&joinedTo=2015-12-31&pageSize=20");
    expect(reversed.data).toMatchObject({ total: 0, totalCapped: false, data: [] });
    const n = await count(`m.county_id = $1 AND m.status = 'ACTIVE' AND m.sex = 'FEMALE'`, [jianhu]);
    const past = await county.get(`/api/v1/members?sex=FEMALE&pageSize=100&page=${Math.ceil(n / 100) + 1}`);
    expect(past.data).toMatchObject({ total: n, data: [] });
  });
});

describe("scope", () => {
  // The province administrator's search leaves out the subtree check when
  // their organisation is the only root; a second tree must then stay hidden.
  let otherRoot: number;
  let stranger: string;
  beforeAll(async () => {
    otherRoot = (
      await one<{ id: number }>(
        `INSERT INTO organisation (name, level, kind, depth, ancestor_ids, updated_at) VALUES ('测试外省总工会', 'PROVINCE', 'FEDERATION', 0, '{}', now()) RETURNING id`,
      )
    ).id;
    await sql().query("UPDATE organisation SET ancestor_ids = ARRAY[id] WHERE id = $1", [otherRoot]);
    stranger = (
      await one<{ id: string }>(
        `INSERT INTO member (name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, status, updated_at)
         SELECT '外省测试会员', id_cipher, md5(random()::text) || md5(random()::text), id_masked, birth_date, sex, phone, $1, joined_on, status, now()
         FROM member LIMIT 1 RETURNING id`,
        [otherRoot],
      )
    ).id;
  });
  afterAll(async () => {
    await sql().query("DELETE FROM member WHERE id = $1", [stranger]);
    await sql().query("DELETE FROM organisation WHERE id = $1", [otherRoot]);
  });

  it("keeps another province's members from a province administrator", async () => {
    const r = await admin.get(`/api/v1/members?q=${encodeURIComponent("外省测试会员")}`);
    expect(r.status).toBe(200);
    expect(r.data.total).toBe(0);
    const all = await admin.get("/api/v1/members?pageSize=100&sort=-createdAt");
    expect(ids(all)).not.toContain(stranger);
  });
});
