// The member tally (migration member_tally, lib/members/tally.ts): members per
// organisation and status, kept by statement triggers on `member`. After a
// randomized sequence of writes through the API and as multi-row statements
// (what the import, a transfer batch or a repair writes), every organisation's
// tally equals the members counted in the same snapshot; and the counts the
// portal reads from it (an organisation's 会员数, the registry's total) equal
// the members counted directly. The same for member_county_tally (members per
// county, status, sex, group and joining year, lib/members/carried.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { as, Client } from "../helpers/http";
import { all, countyDrift, one, orgIdByName, sql, unionBelow } from "../helpers/db";
import { memberInput } from "../helpers/fixtures";

const SEED = Number(process.env.TALLY_SEED ?? Date.now() % 1e6);
let state = SEED || 1;
const rnd = () => ((state = (state * 48271) % 2147483647) / 2147483647);
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];

let staff: Client;
let jianhu: number;
let unions: number[] = [];
const created: string[] = [];

/** (org, status) pairs whose tally differs from the members counted, in one snapshot. */
const drift = () =>
  all(`SELECT coalesce(c.org_id, t.org_id) AS org_id, coalesce(c.status, t.status) AS status, coalesce(c.n, 0) AS counted, coalesce(t.n, 0) AS tallied
       FROM (SELECT org_id, status, count(*)::int AS n FROM member GROUP BY org_id, status) c
       FULL JOIN member_tally t ON t.org_id = c.org_id AND t.status = c.status
       WHERE coalesce(c.n, 0) <> coalesce(t.n, 0)`);

/**
 * (county, group, status, sex, year) keys whose member_county_tally row differs from the members
 * counted in one snapshot: "" every member of the county, each group those whose groups hold it.
 */
const carriedDrift = () =>
  all(`SELECT coalesce(c.county_id, t.county_id) AS county_id, coalesce(c.grp, t.grp) AS grp, coalesce(c.status, t.status) AS status,
              coalesce(c.sex, t.sex) AS sex, coalesce(c.y, t.joined_year) AS y, coalesce(c.n, 0) AS counted, coalesce(t.n, 0) AS tallied
       FROM (SELECT m.county_id, g.grp, m.status, m.sex, extract(year FROM m.joined_on)::int AS y, count(*)::int AS n
             FROM member m JOIN (SELECT '' AS grp UNION ALL SELECT unnest(enum_range(NULL::"MemberGroup"))::text) g
               ON g.grp = '' OR g.grp::"MemberGroup" = ANY(m.groups)
             WHERE m.county_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5) c
       FULL JOIN member_county_tally t ON (t.county_id, t.grp, t.status, t.sex, t.joined_year) = (c.county_id, c.grp, c.status, c.sex, c.y)
       WHERE coalesce(c.n, 0) <> coalesce(t.n, 0)`);

const counted = async (root: number, status: string | null) =>
  (
    await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM member WHERE org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int]) AND ($2::text IS NULL OR status::text = $2)`,
      [root, status],
    )
  ).n;

beforeAll(async () => {
  staff = await as("jianhu.admin");
  jianhu = await orgIdByName("建湖县总工会");
  unions = await Promise.all([3, 11, 57, 200].map((i) => unionBelow("建湖县总工会", i)));
  expect(new Set(unions).size).toBe(4);
});

describe("the member tally", () => {
  it("is maintained by statement triggers for insert, update, delete and truncate", async () => {
    const triggers = async (prefix: string) =>
      (await all<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'member'::regclass AND tgname LIKE $1 ORDER BY 1`, [`${prefix}_%`])).map((t) => t.tgname);
    expect(await triggers("member_tally")).toEqual(["member_tally_delete", "member_tally_insert", "member_tally_truncate", "member_tally_update"]);
    expect(await triggers("member_county_tally")).toEqual(["member_county_tally_delete", "member_county_tally_insert", "member_county_tally_truncate", "member_county_tally_update"]);
  });

  it(`after random writes through the API and in bulk, equals the members counted (seed ${SEED})`, async () => {
    const done: Record<string, number> = {};
    const ok = (what: string, status: number) => {
      expect([200, 201, 204], `${what}: ${status}`).toContain(status);
      done[what] = (done[what] ?? 0) + 1;
    };
    const active = () => created.filter((id) => !left.has(id));
    const left = new Set<string>();
    for (let i = 0; i < 24; i++) {
      let act = pick(["member", "member", "leave", "transfer", "edit", "bulk-move", "bulk-status", "bulk-copy"]);
      if (act !== "member" && active().length < 3) act = "member";
      if (act === "member") {
        const r = await staff.post("/api/v1/members", memberInput(pick(unions)));
        ok(act, r.status);
        created.push(r.data.id);
      } else if (act === "leave") {
        const id = pick(active());
        ok(act, (await staff.post(`/api/v1/members/${id}/leave`, { leftOn: "2024-06-30", reason: "调离本单位" })).status);
        left.add(id);
      } else if (act === "transfer") {
        const id = pick(active());
        const { org_id } = await one<{ org_id: number }>(`SELECT org_id FROM member WHERE id = $1`, [id]);
        ok(act, (await staff.post(`/api/v1/members/${id}/transfer`, { toOrgId: pick(unions.filter((u) => u !== org_id)), transferredOn: "2024-06-30" })).status);
      } else if (act === "edit") {
        // Changes neither organisation nor status: the tally is not touched.
        ok(act, (await staff.patch(`/api/v1/members/${pick(active())}`, { groups: pick([["COURIER"], ["FRONTLINE"], []]) })).status);
      } else if (act === "bulk-move") {
        // One statement moving members from several unions to several others.
        const ids = active().filter(() => rnd() < 0.5);
        await sql().query(`UPDATE member SET org_id = ($2::int[])[1 + (abs(hashtext(id::text)) % 4)] WHERE id = ANY($1::uuid[])`, [ids, unions]);
        done[act] = (done[act] ?? 0) + 1;
      } else if (act === "bulk-status") {
        const ids = created.filter(() => rnd() < 0.3);
        // Consistent records, so the API can act on them afterwards: a member who left has left_on, one back in has none.
        await sql().query(
          `UPDATE member SET status = (CASE WHEN status = 'ACTIVE' THEN 'LEFT' ELSE 'ACTIVE' END)::"MemberStatus",
                             left_on = CASE WHEN status = 'ACTIVE' THEN DATE '2024-06-30' END
           WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        for (const id of ids) {
          if (left.has(id)) left.delete(id);
          else left.add(id);
        }
        done[act] = (done[act] ?? 0) + 1;
      } else {
        // A multi-row insert across unions, as the import's one statement writes them.
        const rows = await all<{ id: string }>(
          `INSERT INTO member (name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, status, groups, updated_at)
           SELECT name, id_cipher, md5(random()::text || id::text), id_masked, birth_date, sex, phone, ($2::int[])[1 + (abs(hashtext(id::text)) % 4)], joined_on, 'ACTIVE', groups, now()
           FROM member WHERE id = ANY($1::uuid[]) RETURNING id`,
          [created.slice(0, 5), unions],
        );
        created.push(...rows.map((r) => r.id));
        done[act] = (done[act] ?? 0) + 1;
      }
    }
    expect(Object.keys(done).length, JSON.stringify(done)).toBeGreaterThanOrEqual(4);

    // A statement that fails (here: a unique key) leaves the tally as it was.
    await expect(sql().query(`INSERT INTO member (name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, updated_at)
      SELECT name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, now() FROM member WHERE id = $1`, [created[0]])).rejects.toThrow();
    // A delete of several members at once.
    const gone = created.splice(0, 3);
    await sql().query(`DELETE FROM member_transfer WHERE member_id = ANY($1::uuid[])`, [gone]);
    await sql().query(`DELETE FROM member WHERE id = ANY($1::uuid[])`, [gone]);

    expect(await drift()).toEqual([]);
    // The tally of a county's members by status, sex, group and joining year (migration member_county_tally),
    // which the edits of groups above change too; and the seeded registry is in it, not only these writes.
    expect(await carriedDrift()).toEqual([]);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM member_county_tally WHERE grp <> '' AND n > 0`)).n).toBeGreaterThan(100);
    // The same writes keep every member's county (the county's name search reads it),
    // and every tally row's (the county's count reads it).
    expect(await countyDrift()).toBe(0);
    expect(await countyDrift("member_tally")).toBe(0);
  }, 120_000);

  it("files a new organisation's and status's row under its county, which the county's count then includes", async () => {
    // A union of the county with no 保留会籍 member yet: its first one makes the row.
    const { id: union } = await one<{ id: number }>(
      `SELECT o.id FROM organisation o WHERE o.ancestor_ids @> ARRAY[$1::int] AND o.level = 'GRASSROOTS'
         AND NOT EXISTS (SELECT 1 FROM member_tally t WHERE t.org_id = o.id AND t.status = 'RETAINED') ORDER BY o.id LIMIT 1`,
      [jianhu],
    );
    const before = (await staff.get(`/api/v1/members?orgId=${jianhu}&status=RETAINED&pageSize=20`)).data.total as number;
    const [row] = await all<{ id: string }>(
      `INSERT INTO member (name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, status, retained_on, updated_at)
       SELECT name, id_cipher, md5(random()::text), id_masked, birth_date, sex, phone, $2, joined_on, 'RETAINED', DATE '2024-06-30', now() FROM member WHERE id = $1 RETURNING id`,
      [created[0], union],
    );
    created.push(row.id);
    expect(await one(`SELECT county_id, n FROM member_tally WHERE org_id = $1 AND status = 'RETAINED'`, [union])).toEqual({ county_id: jianhu, n: 1 });
    const after = (await staff.get(`/api/v1/members?orgId=${jianhu}&status=RETAINED&pageSize=20`)).data.total as number;
    expect(after).toBe(before + 1);
    expect(after).toBe(await counted(jianhu, "RETAINED"));
  });

  it("two writers to one union take turns and both count", async () => {
    const union = unions[0];
    const before = (await one<{ n: number }>(`SELECT coalesce(sum(n), 0)::int AS n FROM member_tally WHERE org_id = $1 AND status = 'ACTIVE'`, [union])).n;
    const [a, b] = [new pg.Client({ connectionString: process.env.DATABASE_URL }), new pg.Client({ connectionString: process.env.DATABASE_URL })];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const copy = `INSERT INTO member (name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, joined_on, updated_at)
        SELECT name, id_cipher, md5(random()::text), id_masked, birth_date, sex, phone, $2, joined_on, now() FROM member WHERE id = $1 RETURNING id`;
      await a.query("BEGIN");
      const ra = await a.query(copy, [created[0], union]);
      await b.query("BEGIN");
      const rb = b.query(copy, [created[1], union]); // waits for a's row of the union
      await new Promise((r) => setTimeout(r, 200));
      await a.query("COMMIT");
      const inserted = await rb;
      await b.query("COMMIT");
      created.push(ra.rows[0].id, inserted.rows[0].id);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    const after = (await one<{ n: number }>(`SELECT n FROM member_tally WHERE org_id = $1 AND status = 'ACTIVE'`, [union])).n;
    expect(after).toBe(before + 2);
    expect(await drift()).toEqual([]);
    expect(await carriedDrift()).toEqual([]);
  });

  it("recounts the county tally as the writes kept it", async () => {
    const before = await all(`SELECT county_id, grp, status, sex, joined_year, n FROM member_county_tally WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5`);
    expect(before.length).toBeGreaterThan(100);
    await sql().query(`SELECT member_county_tally_recount()`);
    expect(await all(`SELECT county_id, grp, status, sex, joined_year, n FROM member_county_tally ORDER BY 1, 2, 3, 4, 5`)).toEqual(before);
  });

  it("gives a county's and its towns' 会员数 and the registry's totals", async () => {
    const org = (await staff.get(`/api/v1/organisations/${jianhu}`)).data;
    expect(org.countsAsOf).toBeNull();
    expect(org.memberCount).toBe(await counted(jianhu, "ACTIVE"));
    expect(org.memberCount).toBeGreaterThan(1000);
    const children = (await staff.get(`/api/v1/organisations/${jianhu}/children`)).data.data as { id: number; memberCount: number }[];
    expect(children.length).toBeGreaterThan(3);
    for (const c of children) expect(c.memberCount, `child ${c.id}`).toBe(await counted(c.id, "ACTIVE"));
    for (const [status, query] of [["ACTIVE", ""], ["LEFT", "&status=LEFT"], [null, "&status=ALL"]] as const) {
      const list = (await staff.get(`/api/v1/members?orgId=${jianhu}&pageSize=20${query}`)).data;
      expect(list.total, String(status)).toBe(await counted(jianhu, status));
      expect(list.totalCapped).toBe(false);
    }
  });
});

afterAll(async () => {
  // The members made here leave the registry as they came.
  await sql().query(`DELETE FROM member_transfer WHERE member_id = ANY($1::uuid[])`, [created]);
  await sql().query(`DELETE FROM member WHERE id = ANY($1::uuid[])`, [created]);
});
