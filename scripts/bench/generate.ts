// Province-scale data for the benchmark, generated in PostgreSQL with
// INSERT … SELECT generate_series (minutes, not hours): 1 province, 13 cities,
// 100 counties × 10 towns × (8 villages + 20 grassroots unions) + 3 county-wide
// unions each (≈29,400 organisations), 2,000,000 members (`--members=N`: the
// grassroots unions and records scale with it), and programme records in
// proportion to the demo county (trainings, competitions, honours,
// services, studios, activities, enterprises, contracts, hardship files,
// funds, grants), dated 2024-01 to 2026-11. ID numbers are not real: the
// cipher is empty and the lookup hash a unique md5 pair, which is all the
// benchmark needs. Deterministic (setseed) apart from parallel scans.
import type pg from "pg";

export const DEFAULT_MEMBERS = 2_000_000;

/**
 * The province at a given size. The tree keeps Jiangsu's shape (13 cities, 100
 * counties, 10 towns each); grassroots unions and every kind of record grow
 * with the members (20 unions a town and the records below at 2 million), so a
 * union keeps about 100 members at any size, as real enterprise unions do.
 */
export function scaleFor(members = DEFAULT_MEMBERS) {
  const f = members / DEFAULT_MEMBERS;
  const n = (base: number) => Math.max(1, Math.round(base * f));
  const s = { cities: 13, counties: 100, towns: 10, villages: 8, grassroots: Math.max(2, Math.round(20 * f)), countyUnions: 3, members };
  const TOWN0 = 115;
  const CU0 = TOWN0 + s.counties * s.towns; // county-wide unions
  const VIL0 = CU0 + s.counties * s.countyUnions;
  const GR0 = VIL0 + s.counties * s.towns * s.villages;
  return {
    ...s,
    TOWN0,
    CU0,
    VIL0,
    GR0,
    GR_N: s.counties * s.towns * s.grassroots,
    records: {
      trainings: n(4300), competitions: n(4900), honours: n(26000), services: n(100_000), studios: n(800), activities: n(17000),
      enterprises: n(140_000), contracts: n(60000), hardship: n(20000), grants: n(70000),
      // The demo data's 491 rights cases and 90 助企行 orders for its 145,000 members, in proportion.
      rightsCases: n(7000), assistOrders: n(1300),
    },
  };
}
export type Scale = ReturnType<typeof scaleFor>;

/** `--members=N` on the command line, else the default 2 million. */
export function membersFromArgs(argv = process.argv) {
  const a = argv.find((x) => x.startsWith("--members="));
  if (!a) return DEFAULT_MEMBERS;
  const n = Number(a.slice("--members=".length).replace(/[_,]/g, ""));
  if (!Number.isInteger(n) || n < 10_000) throw new Error(`--members wants a whole number of at least 10,000, not ${a}`);
  return n;
}

/**
 * Generated rows are consistent by construction: the session skips triggers
 * (foreign-key checks, the period lock, the dashboard's marks — millions of
 * them, which the rollup's full rebuild would only discard).
 */
async function skipTriggers(c: pg.Client) {
  await c.query("SET session_replication_role = replica");
}

/** Runs one generating statement, logging its rows and seconds. */
const stepper = (c: pg.Client, log: (m: string) => void) => async (label: string, sql: string) => {
  const t = Date.now();
  const r = await c.query(sql);
  log(`${label}: ${r.rowCount ?? ""} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
};

export async function generateBase(c: pg.Client, log: (m: string) => void, S: Scale) {
  const { TOWN0, CU0, VIL0, GR0, GR_N } = S;
  const t0 = Date.now();
  await skipTriggers(c);
  const step = stepper(c, log);
  await c.query("SELECT setseed(0.42)");
  await step(
    "organisations",
    `INSERT INTO organisation (id, name, level, kind, code, parent_id, ancestor_ids, depth, status, founded_on, employee_count, created_at, updated_at)
     SELECT 1, '江苏省总工会', 'PROVINCE'::"OrgLevel", 'FEDERATION'::"OrgKind", '320000', NULL::int, ARRAY[1], 0, 'ACTIVE'::"OrgStatus", DATE '1950-05-01', NULL::int, now(), now()
     UNION ALL
     SELECT 2 + i, '城市' || i || '市总工会', 'CITY'::"OrgLevel", 'FEDERATION'::"OrgKind", (321000 + i * 100)::text, 1, ARRAY[1, 2 + i], 1, 'ACTIVE'::"OrgStatus", DATE '1950-05-01', NULL::int, now(), now()
       FROM generate_series(0, ${S.cities - 1}) i
     UNION ALL
     SELECT 15 + k, '样本' || k || '县总工会', 'COUNTY'::"OrgLevel", 'FEDERATION'::"OrgKind", (330000 + k)::text, 2 + k % ${S.cities}, ARRAY[1, 2 + k % ${S.cities}, 15 + k], 2, 'ACTIVE'::"OrgStatus", DATE '1952-01-01', NULL::int, now(), now()
       FROM generate_series(0, ${S.counties - 1}) k`,
  );
  await step(
    "towns and county-wide unions",
    `INSERT INTO organisation (id, name, level, kind, parent_id, ancestor_ids, depth, status, founded_on, created_at, updated_at)
     SELECT ${TOWN0} + k * ${S.towns} + t, '样本' || k || '县第' || t || '镇总工会', 'TOWN'::"OrgLevel", 'FEDERATION'::"OrgKind", 15 + k,
            ARRAY[1, 2 + k % ${S.cities}, 15 + k, ${TOWN0} + k * ${S.towns} + t], 3, 'ACTIVE'::"OrgStatus", DATE '1990-01-01', now(), now()
       FROM generate_series(0, ${S.counties - 1}) k, generate_series(0, ${S.towns - 1}) t
     UNION ALL
     SELECT ${CU0} + k * ${S.countyUnions} + j, '样本' || k || '县' || (ARRAY['道路货运行业工会联合会','快递行业工会联合会','新就业形态工会'])[j + 1], 'GRASSROOTS'::"OrgLevel",
            (CASE WHEN j = 2 THEN 'NEW_EMPLOYMENT' ELSE 'INDUSTRY' END)::"OrgKind", 15 + k,
            ARRAY[1, 2 + k % ${S.cities}, 15 + k, ${CU0} + k * ${S.countyUnions} + j], 3, 'ACTIVE'::"OrgStatus", DATE '2019-06-01', now(), now()
       FROM generate_series(0, ${S.counties - 1}) k, generate_series(0, ${S.countyUnions - 1}) j`,
  );
  await step(
    "villages and grassroots unions",
    `INSERT INTO organisation (id, name, level, kind, parent_id, ancestor_ids, depth, status, founded_on, employee_count, created_at, updated_at)
     SELECT ${VIL0} + tw * ${S.villages} + v, t.name || '第' || v || '村工会联合会', 'VILLAGE'::"OrgLevel", 'COMMUNITY'::"OrgKind", t.id, t.ancestor_ids || (${VIL0} + tw * ${S.villages} + v), 4, 'ACTIVE'::"OrgStatus",
            DATE '2005-01-01' + (random() * 6000)::int, NULL::int, now(), now()
       FROM generate_series(0, ${S.counties * S.towns - 1}) tw JOIN organisation t ON t.id = ${TOWN0} + tw, generate_series(0, ${S.villages - 1}) v
     UNION ALL
     SELECT ${GR0} + tw * ${S.grassroots} + g, t.name || '企业' || g || '有限公司工会委员会', 'GRASSROOTS'::"OrgLevel", (CASE WHEN g < 16 THEN 'INDEPENDENT' ELSE 'JOINT' END)::"OrgKind",
            t.id, t.ancestor_ids || (${GR0} + tw * ${S.grassroots} + g), 4, 'ACTIVE'::"OrgStatus", DATE '1995-01-01' + (random() * 11000)::int, 50 + (random() * 400)::int, now(), now()
       FROM generate_series(0, ${S.counties * S.towns - 1}) tw JOIN organisation t ON t.id = ${TOWN0} + tw, generate_series(0, ${S.grassroots - 1}) g`,
  );
  await c.query(`SELECT setval(pg_get_serial_sequence('organisation', 'id'), (SELECT max(id) FROM organisation))`);

  // Members: 85% in enterprise unions, 10% in villages, 5% in county-wide unions.
  // A bulk load's usual shape: the secondary indexes are dropped and built once
  // afterwards (a sort each), and rows arrive in primary-key order, so the
  // key's index is appended to instead of updated at random — at 20 million
  // rows that is the difference between minutes and hours.
  await c.query("SET maintenance_work_mem = '1GB'");
  await c.query("SET work_mem = '256MB'");
  const memberIndexes = (
    await c.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes
        WHERE tablename = 'member' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'member'::regclass)`,
    )
  ).rows;
  for (const i of memberIndexes) await c.query(`DROP INDEX "${i.name}"`);
  await step(
    "members",
    `INSERT INTO member (id, name, id_cipher, id_hash, id_masked, birth_date, sex, phone, org_id, county_id, joined_on, status, groups, left_on, created_at, updated_at)
     SELECT gen_random_uuid(),
            (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗','郑','梁','谢','宋','唐','许','韩','冯','邓','曹','彭','曾','肖','田','董','袁','潘','于','蒋','蔡'])[1 + floor(power(random(), 1.6) * 40)::int]
              || (ARRAY['建','国','华','明','英','芳','伟','军','红','玲','海','燕','平','强','丽','勇','杰','敏','静','涛','磊','超','霞','峰','斌','鹏','秀','文','洁','宇'])[1 + floor(random() * 30)::int]
              || CASE WHEN random() < 0.7 THEN (ARRAY['华','明','东','林','波','军','平','辉','芳','梅','兰','娟','刚','成','荣','生','云','飞','亮','婷'])[1 + floor(random() * 20)::int] ELSE '' END,
            '\\x00'::bytea, md5(i::text) || md5('m' || i), '320000***********' || (i % 10)::text,
            DATE '1966-01-01' + (random() * 14000)::int, (CASE WHEN random() < 0.56 THEN 'MALE' ELSE 'FEMALE' END)::"Sex",
            '1' || (3 + i % 7)::text || lpad((i::bigint * 7919 % 1000000000)::text, 9, '0'),
            x.org_id, o.ancestor_ids[3], j, (CASE WHEN s < 0.93 THEN 'ACTIVE' WHEN s < 0.98 THEN 'LEFT' ELSE 'TRANSFERRED_OUT' END)::"MemberStatus",
            (CASE WHEN r >= 0.95 THEN ARRAY[(ARRAY['TRUCK_DRIVER','COURIER','FOOD_DELIVERY','RIDE_HAILING','LIVE_STREAMER','PROPERTY_STAFF'])[1 + floor(random() * 6)::int]]
                  WHEN g < 0.35 THEN ARRAY['FRONTLINE'] WHEN g < 0.55 THEN ARRAY['MIGRANT_WORKER','FRONTLINE'] ELSE ARRAY[]::text[] END)::"MemberGroup"[],
            CASE WHEN s >= 0.93 AND s < 0.98 THEN least(j + 200 + (random() * 3000)::int, DATE '2026-11-01') END,
            now(), now()
     FROM (SELECT *, CASE WHEN r < 0.85 THEN ${GR0} + floor(random() * ${GR_N})::int
                          WHEN r < 0.95 THEN ${VIL0} + floor(random() * ${S.counties * S.towns * S.villages})::int
                          ELSE ${CU0} + floor(random() * ${S.counties * S.countyUnions})::int END AS org_id
           FROM (SELECT i, random() AS r, random() AS s, random() AS g, DATE '2000-01-01' + floor(power(random(), 0.7) * 9800)::int AS j
                 FROM generate_series(1, ${S.members}) i) y) x
     -- The county_id the member_county_id trigger would set (the load runs with triggers off).
     JOIN organisation o ON o.id = x.org_id
     ORDER BY 1`,
  );
  const t = Date.now();
  for (const i of memberIndexes) await c.query(i.def);
  log(`member indexes: ${memberIndexes.length} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  // Loaded with triggers off: the members per organisation (migration member_tally) in one pass.
  await step("member tally", `SELECT member_tally_recount()`);
  // And per county, status, sex, group and joining year (migration member_county_tally): 41 s at 20 M.
  await step("member county tally", `SELECT member_county_tally_recount()`);

  await c.query("ANALYZE organisation, member");
  log(`organisations and members in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** Programme records, about 14× the demo data set (which has 145,000 members). */
export async function generateRecords(c: pg.Client, log: (m: string) => void, passwordHash: string, S: Scale) {
  const { TOWN0, GR0, GR_N } = S;
  const R = S.records;
  const t0 = Date.now();
  await skipTriggers(c);
  const step = stepper(c, log);
  await c.query("SELECT setseed(0.43)");
  // A partial earlier run leaves some records behind: start them afresh.
  for (const t of ["training_enrolment", "training_session", "competition_entry", "competition", "honour", "model_worker_service", "assist_visit", "assist_order", "studio",
    "activity_record", "rights_case", "contract_coverage", "contract", "enterprise", '"grant"', "hardship_file", "fund", "user_session", "app_user"]) await c.query(`DELETE FROM ${t}`);
  const org = (pool: "gr" | "town" | "county" | "any") =>
    pool === "gr" ? `${GR0} + floor(random() * ${GR_N})::int`
    : pool === "town" ? `${TOWN0} + floor(random() * ${S.counties * S.towns})::int`
    : pool === "county" ? `15 + floor(random() * ${S.counties})::int`
    : `(CASE WHEN random() < 0.3 THEN ${TOWN0} + floor(random() * ${S.counties * S.towns})::int WHEN random() < 0.4 THEN 15 + floor(random() * ${S.counties})::int ELSE ${GR0} + floor(random() * ${GR_N})::int END)`;
  const day = `DATE '2024-01-01' + floor(random() * 1050)::int`;
  await step(
    "training sessions",
    `INSERT INTO training_session (id, org_id, title, type, organiser, starts_on, ends_on, hours, mode, extra_participants, created_at, updated_at)
     SELECT gen_random_uuid(), o, '技能培训班' || i, (ARRAY['APPRENTICESHIP','ENTREPRENEURSHIP','SAFETY','EMPLOYMENT_SKILLS','MIGRANT_UPSKILLING','ONLINE','EDUCATION_UPGRADE'])[1 + floor(random() * 7)::int]::"TrainingType",
            '县总工会', d, d + 2, 16, 'ONSITE', floor(random() * 300)::int, now(), now()
     FROM (SELECT i, ${org("any")} AS o, ${day} AS d FROM generate_series(1, ${R.trainings}) i) x`,
  );
  await step(
    "training enrolments",
    `INSERT INTO training_enrolment (id, session_id, member_id, outcome, created_at, updated_at)
     SELECT gen_random_uuid(), s.id, m.id, (ARRAY['ENROLLED','COMPLETED','CERTIFIED','CERTIFIED','DROPPED'])[1 + floor(random() * 5)::int]::"EnrolmentOutcome", now(), now()
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM training_session) s
     CROSS JOIN LATERAL (SELECT gen_random_uuid() AS r, s.rn) AS g
     CROSS JOIN LATERAL (SELECT id FROM member WHERE id >= g.r ORDER BY id LIMIT 40) m`,
  );
  // Loaded with triggers off: the sessions' enrolment counters (migration training_session_counts) by hand.
  await step("training session counters", `SELECT training_session_recount()`);
  await step(
    "competitions",
    `INSERT INTO competition (id, org_id, name, kind, level, organiser, starts_on, ends_on, trades, created_at, updated_at)
     SELECT gen_random_uuid(), ${org("any")}, '职业技能竞赛' || i, (ARRAY['SKILLS','KEY_PROJECT','ANKANG_CUP','OTHER'])[1 + floor(random() * 4)::int]::"CompetitionKind",
            'COUNTY', '县总工会', d, d + 1, ARRAY['电工','焊工'], now(), now()
     FROM (SELECT i, ${day} AS d FROM generate_series(1, ${R.competitions}) i) x`,
  );
  await step(
    "competition entries",
    `INSERT INTO competition_entry (id, competition_id, member_id, trade, created_at, updated_at)
     SELECT gen_random_uuid(), c.id, m.id, '电工', now(), now()
     FROM competition c CROSS JOIN LATERAL (SELECT gen_random_uuid() AS r, c.id) AS g
     CROSS JOIN LATERAL (SELECT id FROM member WHERE id >= g.r ORDER BY id LIMIT 12) m`,
  );
  await step(
    "honours",
    `INSERT INTO honour (id, org_id, member_id, title, title_text, level, year, awarding_body, status, created_at, updated_at)
     SELECT gen_random_uuid(), o, NULL, 'CRAFTSMAN', '县工匠', (ARRAY['NATIONAL','PROVINCIAL','CITY','COUNTY','COUNTY','COUNTY'])[1 + floor(random() * 6)::int]::"HonourLevel",
            2024 + floor(random() * 3)::int, '县总工会', 'AWARDED', now(), now()
     FROM (SELECT ${org("gr")} AS o FROM generate_series(1, ${R.honours})) x`,
  );
  await step(
    "model-worker services",
    `INSERT INTO model_worker_service (id, org_id, member_id, year, kind, served_on, created_at, updated_at)
     SELECT gen_random_uuid(), x.o, m.id, extract(year FROM x.d)::int, (ARRAY['HEALTH_CHECK','RECUPERATION','SERVICE_CARD','VISIT','OTHER'])[1 + floor(random() * 5)::int]::"ModelWorkerServiceKind", x.d, now(), now()
     FROM (SELECT ${org("gr")} AS o, ${day} AS d, row_number() OVER () AS rn FROM generate_series(1, ${R.services})) x
     JOIN (SELECT id, row_number() OVER () AS rn FROM (SELECT id FROM member ORDER BY random() LIMIT ${R.services}) r) m ON m.rn = x.rn`,
  );
  await step(
    "studios",
    `INSERT INTO studio (id, org_id, name, kind, level, lead_member_id, founded_on, status, created_at, updated_at)
     SELECT gen_random_uuid(), ${org("gr")}, '创新工作室' || i, 'MODEL_WORKER', (ARRAY['NATIONAL','PROVINCIAL','CITY','COUNTY','COUNTY'])[1 + floor(random() * 5)::int]::"HonourLevel",
            m.id, DATE '2015-01-01' + floor(random() * 4000)::int, 'NAMED', now(), now()
     FROM generate_series(1, ${R.studios}) i
     JOIN (SELECT id, row_number() OVER () AS rn FROM (SELECT id FROM member ORDER BY random() LIMIT ${R.studios}) r) m ON m.rn = i`,
  );
  await step(
    "activity types and records",
    `WITH t AS (
       INSERT INTO activity_type (code, name, sort) VALUES ('LECTURE', '“双进”宣讲', 1), ('SUMMER_COOLING', '夏季送清凉', 2), ('LEGAL_AID', '法律援助与调解', 3), ('MODEL_WORKER_VISIT', '劳模工匠助企行', 4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id
     )
     INSERT INTO activity_record (id, org_id, type_id, held_on, participants, created_at, updated_at)
     SELECT gen_random_uuid(), ${org("any")}, (SELECT id FROM t WHERE g > 0 ORDER BY random() LIMIT 1), ${day}, floor(random() * 200)::int, now(), now()
     FROM generate_series(1, ${R.activities}) g`,
  );
  await step(
    "enterprises",
    `INSERT INTO enterprise (id, area_org_id, union_org_id, name, worker_count, created_at, updated_at)
     SELECT gen_random_uuid(), ${TOWN0} + floor(random() * ${S.counties * S.towns})::int,
            CASE WHEN random() < 0.8 THEN ${GR0} + floor(random() * ${GR_N})::int END, '企业' || i, 20 + floor(random() * 500)::int, TIMESTAMPTZ '2024-01-01' + random() * INTERVAL '1000 days', now()
     FROM generate_series(1, ${R.enterprises}) i`,
  );
  await step(
    "contracts",
    `INSERT INTO contract (id, org_id, kind, title, employer_party, status, offered_on, effective_from, effective_to, created_at, updated_at)
     SELECT gen_random_uuid(), ${org("gr")}, (ARRAY['COMPREHENSIVE','WAGE','WOMEN','REGIONAL','INDUSTRY'])[1 + floor(random() * 5)::int]::"ContractKind", '集体合同' || i, '企业方',
            (CASE WHEN random() < 0.8 THEN 'IN_FORCE' ELSE 'NEGOTIATING' END)::"ContractStatus", d - 30, d, d + 365 * (1 + floor(random() * 3)::int), now(), now()
     FROM (SELECT i, DATE '2023-06-01' + floor(random() * 1200)::int AS d FROM generate_series(1, ${R.contracts}) i) x`,
  );
  await step(
    "contract coverage",
    `INSERT INTO contract_coverage (contract_id, enterprise_id, worker_count)
     SELECT DISTINCT ON (c.id, e.id) c.id, e.id, e.worker_count
     FROM contract c CROSS JOIN LATERAL (SELECT gen_random_uuid() AS r, c.id) AS g
     CROSS JOIN LATERAL (SELECT id, worker_count FROM enterprise WHERE id >= g.r ORDER BY id LIMIT 3) e`,
  );
  await step("contract coverage counters", `SELECT contract_recount()`);
  await step(
    "hardship files",
    `INSERT INTO hardship_file (id, org_id, member_id, category, cause, household_size, household_income, status, status_on, created_at, updated_at)
     SELECT gen_random_uuid(), x.o, m.id, 'RELATIVE', 'ILLNESS', 3, 20000, (CASE WHEN random() < 0.8 THEN 'IN_FILE' ELSE 'LIFTED' END)::"HardshipStatus",
            ${day}, TIMESTAMPTZ '2024-01-01' + random() * INTERVAL '600 days', now()
     FROM (SELECT ${org("gr")} AS o, row_number() OVER () AS rn FROM generate_series(1, ${R.hardship})) x
     JOIN (SELECT id, row_number() OVER () AS rn FROM (SELECT id FROM member ORDER BY random() LIMIT ${R.hardship}) r) m ON m.rn = x.rn`,
  );
  await c.query(`UPDATE hardship_file SET status_on = NULL WHERE status = 'IN_FILE'`);
  await step(
    "funds",
    `INSERT INTO fund (id, org_id, year, source, name, budget, created_at, updated_at)
     SELECT gen_random_uuid(), o.id, y, 'OWN', '帮扶资金', 200000 + floor(random() * 800000), now(), now()
     FROM organisation o, generate_series(2024, 2026) y WHERE o.level IN ('COUNTY', 'TOWN')`,
  );
  await step(
    "grants",
    `INSERT INTO "grant" (id, org_id, member_id, kind, amount, reason, status, year, disbursed_at, created_at, updated_at)
     SELECT gen_random_uuid(), x.o, m.id, (ARRAY['WARMTH','EDUCATION','MEDICAL','LIVING','MODEL_WORKER','OTHER'])[1 + floor(random() * 6)::int]::"GrantKind",
            (500 + floor(random() * 50) * 100)::numeric, '帮扶', (CASE WHEN random() < 0.85 THEN 'DISBURSED' ELSE 'APPROVED' END)::"GrantStatus", 2025,
            TIMESTAMPTZ '2024-01-01' + random() * INTERVAL '1050 days', now(), now()
     FROM (SELECT ${org("any")} AS o, row_number() OVER () AS rn FROM generate_series(1, ${R.grants})) x
     JOIN (SELECT id, row_number() OVER () AS rn FROM (SELECT id FROM member ORDER BY random() LIMIT ${R.grants}) r) m ON m.rn = x.rn`,
  );
  await c.query(`UPDATE "grant" SET disbursed_at = NULL WHERE status <> 'DISBURSED'`);
  // Received at a union (a town's or a grassroots one), mostly settled; the facts are a placeholder, never revealed here.
  await step(
    "rights cases",
    `INSERT INTO rights_case (id, receiving_org_id, handling_org_id, applicant_name, kind, channel, facts_cipher, workers, received_on, acknowledge_by, resolve_by,
                              status, accepted_on, referral, referred_on, closed_on, money_recovered, satisfaction, followed_up_on, created_at, updated_at)
     SELECT gen_random_uuid(), o, o, '职工' || i, k, (ARRAY['VISIT','PHONE','ONLINE'])[1 + floor(random() * 3)::int]::"RightsChannel", '\\x00'::bytea, 1 + floor(random() * 5)::int,
            d, d + 1, d + (CASE WHEN k = 'LEGAL_CONSULTATION' THEN 3 ELSE 21 END),
            st, CASE WHEN st <> 'RECEIVED' THEN d + 1 END, CASE WHEN st = 'REFERRED' THEN 'LABOUR_INSPECTION'::"RightsReferral" END, CASE WHEN st = 'REFERRED' THEN d + 5 END,
            CASE WHEN st IN ('CLOSED', 'FOLLOWED_UP') THEN d + floor(random() * 30)::int END, CASE WHEN st IN ('CLOSED', 'FOLLOWED_UP') AND k = 'WAGE_ARREARS' THEN (1000 + floor(random() * 50000))::numeric END,
            CASE WHEN st = 'FOLLOWED_UP' THEN 3 + floor(random() * 3)::int END, CASE WHEN st = 'FOLLOWED_UP' THEN d + 35 END, now(), now()
     FROM (SELECT i, (CASE WHEN random() < 0.4 THEN ${TOWN0} + floor(random() * ${S.counties * S.towns})::int ELSE ${GR0} + floor(random() * ${GR_N})::int END) AS o,
                  (ARRAY['WAGE_ARREARS','LABOUR_CONTRACT','WORK_INJURY','SOCIAL_INSURANCE','DISPUTE_MEDIATION','LEGAL_CONSULTATION','OTHER'])[1 + floor(random() * 7)::int]::"RightsCaseKind" AS k,
                  ${day} AS d,
                  (ARRAY['RECEIVED','ACCEPTED','REFERRED','CLOSED','CLOSED','CLOSED','FOLLOWED_UP','FOLLOWED_UP'])[1 + floor(random() * 8)::int]::"RightsCaseStatus" AS st
           FROM generate_series(1, ${R.rightsCases}) i) x`,
  );
  // A case's scope is both its unions' ancestors (migration case_order_studio_scope_ids); here the two are one union.
  await step("rights-case scopes", `UPDATE rights_case r SET scope_ids = o.ancestor_ids FROM organisation o WHERE o.id = r.receiving_org_id`);
  // Taken by a county or town union for an enterprise of its area, half of them closed after one or two visits.
  await step(
    "助企行 orders",
    `INSERT INTO assist_order (id, org_id, enterprise_id, trade, field, title, description, urgency, contact_name, contact_phone, requested_on, status,
                               dispatched_on, problems_solved, workers_trained, benefit, rating, closed_on, created_at, updated_at)
     SELECT gen_random_uuid(), o.id, e.id, (ARRAY['MACHINING','WELDING','ELECTRICAL','QUALITY','SAFETY','OTHER'])[1 + floor(random() * 6)::int]::"AssistTrade", '工艺改进', '企业需求' || x.i, '需求说明',
            'NORMAL', '联系人', '13800000000', x.d, x.st, CASE WHEN x.st <> 'OPEN' THEN x.d + 3 END,
            CASE WHEN x.st = 'CLOSED' THEN 1 + floor(random() * 3)::int END, CASE WHEN x.st = 'CLOSED' THEN floor(random() * 50)::int END,
            CASE WHEN x.st = 'CLOSED' THEN (10000 + floor(random() * 200000))::numeric END, CASE WHEN x.st = 'CLOSED' THEN 4 + floor(random() * 2)::int END,
            CASE WHEN x.st = 'CLOSED' THEN x.d + 30 END, now(), now()
     FROM (SELECT i, ${day} AS d, (ARRAY['OPEN','DISPATCHED','CLOSED','CLOSED'])[1 + floor(random() * 4)::int]::"AssistOrderStatus" AS st, gen_random_uuid() AS r
           FROM generate_series(1, ${R.assistOrders}) i) x
     CROSS JOIN LATERAL (SELECT id, area_org_id FROM enterprise WHERE id >= x.r ORDER BY id LIMIT 1) e
     JOIN organisation o ON o.id = e.area_org_id`,
  );
  await step(
    "助企行 visits",
    `INSERT INTO assist_visit (id, order_id, visited_on, member_ids, visitors, hours, created_at)
     SELECT gen_random_uuid(), a.id, a.dispatched_on + v, '{}', '劳模工匠', 3, now()
     FROM assist_order a CROSS JOIN LATERAL generate_series(1, CASE a.status WHEN 'CLOSED' THEN 2 WHEN 'DISPATCHED' THEN 1 ELSE 0 END) v`,
  );
  // Loaded with triggers off, so every record's scope (the lists' predicate) is filled in one pass.
  await step("record scopes", `SELECT record_scope_recount()`);
  // And, from those scopes, the lists' counts and sums per scope (migration record_tally).
  await step("record tally", `SELECT record_tally_recount()`);
  await step(
    "accounts",
    `INSERT INTO app_user (id, username, display_name, password_hash, role, org_id, created_at, updated_at) VALUES
       (gen_random_uuid(), 'admin', '省总工会管理员', '${passwordHash}', 'ADMIN', 1, now(), now()),
       (gen_random_uuid(), 'county.leader', '样本县领导', '${passwordHash}', 'LEADER', 15, now(), now()),
       (gen_random_uuid(), 'county.staff', '样本县干部', '${passwordHash}', 'STAFF', 15, now(), now())`,
  );
  await step("analyze", "ANALYZE");
  log(`generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/**
 * 产改 plans as the counties run them (shared/DOMAIN.md: 泗阳's 50 projects in
 * five areas; 建湖's lead and responsible units): the province, every city and
 * every county has a plan for this year and for last year, 50 tasks in five
 * areas, each task led by one of its organisation's 14 units with two more
 * responsible, two milestones, and two progress reports when it has been
 * reported on; one task in ten takes its progress from a dashboard indicator.
 * They do not grow with the members: a province has as many plans at 20 M as
 * at 2 M. Generated apart from the other records (when `reform_plan` is empty),
 * so a data set made before them gains them without being made anew.
 */
export async function generateReform(c: pg.Client, log: (m: string) => void) {
  const t0 = Date.now();
  await skipTriggers(c);
  await c.query("SELECT setseed(0.71)");
  for (const t of ["reform_report", "reform_milestone", "reform_task_unit", "reform_task", "reform_area", "reform_plan", "reform_unit"]) await c.query(`DELETE FROM ${t}`);
  const step = stepper(c, log);
  const today = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
  const steps: [string, string][] = [
    [
      "reform units",
      `INSERT INTO reform_unit (org_id, name, kind, created_at, updated_at)
       SELECT o.id, (ARRAY['总工会','组织部','宣传部','人社局','教育局','工信局','科技局','财政局','发改委','国资委','住建局','交通运输局','农业农村局','商务局'])[u],
              (CASE WHEN u = 1 THEN 'UNION' WHEN u <= 3 THEN 'PARTY' ELSE 'GOVERNMENT' END)::"ReformUnitKind", now(), now()
       FROM organisation o, generate_series(1, 14) u WHERE o.depth <= 2`,
    ],
    [
      "reform plans",
      `INSERT INTO reform_plan (id, org_id, year, title, created_at, updated_at)
       SELECT gen_random_uuid(), o.id, y, y || '年产业工人队伍建设改革工作要点', now(), now()
       FROM organisation o, generate_series(extract(year FROM ${today})::int - 1, extract(year FROM ${today})::int) y WHERE o.depth <= 2`,
    ],
    [
      "reform areas",
      `INSERT INTO reform_area (plan_id, sort, name)
       SELECT p.id, a, (ARRAY['思想引领','素质提升','权益维护','支撑保障','作用发挥'])[a] FROM reform_plan p, generate_series(1, 5) a`,
    ],
    [
      // Deadlines from March to December; most of last year's tasks done, this year's spread from not started to done.
      "reform tasks",
      `INSERT INTO reform_task (id, plan_id, area_id, number, title, lead_unit_id, deadline, indicator_key, indicator_target, percent, last_report_on, completed_on, created_at, updated_at)
       SELECT gen_random_uuid(), x.plan_id, x.area_id, x.number, x.area_name || '重点项目' || x.k, x.lead, x.deadline,
              CASE WHEN x.k = 10 THEN (ARRAY['trainees','members','contracts','activities','aid_amount'])[x.sort] END,
              CASE WHEN x.k = 10 THEN 1000 END,
              CASE WHEN x.done THEN 100 ELSE x.pct END,
              CASE WHEN x.done OR x.pct > 0 THEN least(x.deadline, ${today} - 3) END,
              CASE WHEN x.done THEN least(x.deadline, ${today} - 3) END, now(), now()
       FROM (SELECT p.id AS plan_id, a.id AS area_id, a.sort, a.name AS area_name, k, (a.sort - 1) * 10 + k AS number,
                    (SELECT u.id FROM reform_unit u WHERE u.org_id = p.org_id ORDER BY u.id OFFSET k % 4 LIMIT 1) AS lead,
                    make_date(p.year, 3 + k % 10, 28) AS deadline,
                    random() < CASE WHEN p.year < extract(year FROM ${today}) THEN 0.85 ELSE 0.5 END AS done,
                    floor(random() * 95)::int AS pct
             FROM reform_plan p JOIN reform_area a ON a.plan_id = p.id, generate_series(1, 10) k) x`,
    ],
    [
      "reform responsible units",
      `INSERT INTO reform_task_unit (task_id, unit_id)
       SELECT t.id, u.id FROM reform_task t JOIN reform_plan p ON p.id = t.plan_id
       CROSS JOIN LATERAL (SELECT id FROM reform_unit u WHERE u.org_id = p.org_id AND u.id <> t.lead_unit_id ORDER BY u.id OFFSET 4 + t.number % 9 LIMIT 2) u`,
    ],
    [
      "reform milestones",
      `INSERT INTO reform_milestone (task_id, due_on, percent)
       SELECT t.id, t.deadline - m * 90, 100 - m * 40 FROM reform_task t, generate_series(1, 2) m`,
    ],
    [
      "reform progress reports",
      `INSERT INTO reform_report (id, task_id, unit_id, reported_on, content, percent, created_at)
       SELECT gen_random_uuid(), t.id, t.lead_unit_id, t.last_report_on - r * 30, '本月推进情况：按计划实施，阶段目标已完成。', greatest(t.percent - r * 20, 0), now()
       FROM reform_task t, generate_series(0, 1) r WHERE t.last_report_on IS NOT NULL`,
    ],
  ];
  for (const [label, sql] of steps) await step(label, sql);
  await c.query("ANALYZE reform_unit, reform_plan, reform_area, reform_task, reform_task_unit, reform_milestone, reform_report");
  log(`产改 plans generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
