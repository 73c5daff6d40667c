import "server-only";
// The dashboard's SQL sources, server-only: each turns one programme table into
// dated facts (metric, org_id, day, value) that the indicators of the
// catalogue (./indicators.ts, client-safe) read. The live computation and the
// rollup (./facts.ts) run the same sources, so both give the same figure.
//
// No user input ever reaches this SQL: the scope filter is built from
// parameter placeholders ($1 = the root organisation id).
import { NEW_EMPLOYMENT_GROUPS } from "../members/labels";
import { EFFECTIVE_STATUSES } from "../contracts/labels";
import { MODEL_VISIT_ACTIVITY_CODES, WAGE_CONTRACT_KINDS } from "./indicators";
// ---------------------------------------------------------------------------
// Sources: SQL that turns one programme table into facts (metric, org_id, day, v).
// `scope(col)` restricts to a subtree for the live computation, or is TRUE for
// the rollup of the whole province.

export type Scope = (orgColumn: string) => string;
export type Source = {
  key: string;
  sql: (scope: Scope) => string;
  /** Tables whose marks change this source's facts besides those its SQL reads (see the training source). */
  markedBy?: string[];
};

const NEF_ARRAY = `ARRAY[${NEW_EMPLOYMENT_GROUPS.map((g) => `'${g}'`).join(",")}]::"MemberGroup"[]`;
const CST = (col: string) => `(${col} AT TIME ZONE 'Asia/Shanghai')::date`;
const inList = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(",");

export const SOURCES: Source[] = [
  {
    // A member counts from joining until leaving or retiring with membership
    // kept (保留会籍, counted apart below); TRANSFERRED_OUT (out of the
    // registry, no date kept) is not counted at any date. Women and each
    // group are counted alike (the 统计年报 reads them per union: lib/yearbook).
    key: "member",
    sql: (scope) => `
      SELECT k.metric, m.org_id, d.day, d.v
      FROM member m
      CROSS JOIN LATERAL (VALUES (m.joined_on, 1), (CASE WHEN m.status = 'LEFT' THEN coalesce(m.left_on, m.joined_on) WHEN m.status = 'RETAINED' THEN m.retained_on END, -1)) AS d(day, v)
      CROSS JOIN LATERAL unnest(
        CASE WHEN m.groups && ${NEF_ARRAY} THEN ARRAY['members', 'members_nef'] ELSE ARRAY['members'] END
        || CASE WHEN m.sex = 'FEMALE' THEN ARRAY['members_women'] ELSE '{}' END
        || (SELECT coalesce(array_agg('members_g:' || g::text), '{}') FROM unnest(m.groups) AS g)
      ) AS k(metric)
      WHERE m.status IN ('ACTIVE', 'LEFT', 'RETAINED') AND d.day IS NOT NULL AND ${scope("m.org_id")}`,
  },
  {
    key: "union",
    sql: (scope) => `
      SELECT 'unions' AS metric, o.id AS org_id, coalesce(o.founded_on, DATE '1900-01-01') AS day, 1 AS v
      FROM organisation o
      WHERE o.level IN ('GRASSROOTS', 'VILLAGE') AND o.status = 'ACTIVE' AND ${scope("o.id")}`,
  },
  {
    // The enterprise register has no history of its own: an enterprise counts
    // from the day it was entered.
    key: "enterprise",
    sql: (scope) => `
      SELECT k.metric, e.area_org_id AS org_id, ${CST("e.created_at")} AS day, 1 AS v
      FROM enterprise e
      CROSS JOIN LATERAL unnest(CASE WHEN e.union_org_id IS NULL THEN ARRAY['enterprises'] ELSE ARRAY['enterprises', 'enterprises_unionised'] END) AS k(metric)
      WHERE ${scope("e.area_org_id")}`,
  },
  {
    // Coverage (as lib/contracts/coverage.ts): a unionised enterprise is covered
    // on a day when at least one contract in force covers it (an effective
    // status and effective_from ≤ day ≤ effective_to). Overlapping contracts are merged into islands first, so an
    // enterprise covered by its own and a regional contract counts once.
    key: "coverage",
    sql: (scope) => `
      WITH iv AS (
        SELECT cc.enterprise_id, e.area_org_id, ${CST("e.created_at")} AS since, c.kind, c.effective_from AS s, c.effective_to AS t
        FROM contract_coverage cc
        JOIN contract c ON c.id = cc.contract_id
        JOIN enterprise e ON e.id = cc.enterprise_id
        WHERE c.status IN (${inList(EFFECTIVE_STATUSES)}) AND c.effective_from IS NOT NULL AND c.effective_to IS NOT NULL
          AND c.effective_from <= c.effective_to AND e.union_org_id IS NOT NULL AND ${scope("e.area_org_id")}
      ), tagged AS (
        SELECT 'coverage_any' AS metric, iv.* FROM iv
        UNION ALL
        SELECT 'coverage_wage', iv.* FROM iv WHERE iv.kind IN (${inList(WAGE_CONTRACT_KINDS)})
      ), ordered AS (
        SELECT tagged.*, max(t) OVER (PARTITION BY metric, enterprise_id ORDER BY s, t ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
        FROM tagged
      ), islands AS (
        SELECT ordered.*, sum(CASE WHEN prev_end IS NULL OR s > prev_end + 1 THEN 1 ELSE 0 END)
          OVER (PARTITION BY metric, enterprise_id ORDER BY s, t) AS island
        FROM ordered
      ), merged AS (
        SELECT metric, enterprise_id, area_org_id, greatest(min(s), since) AS s, max(t) AS t
        FROM islands GROUP BY metric, enterprise_id, area_org_id, since, island
      )
      SELECT metric, area_org_id AS org_id, s AS day, 1 AS v FROM merged WHERE s <= t
      UNION ALL
      SELECT metric, area_org_id, t + 1, -1 FROM merged WHERE s <= t`,
  },
  {
    key: "contract",
    sql: (scope) => `
      SELECT k.metric, c.org_id, d.day, d.v
      FROM contract c
      CROSS JOIN LATERAL (VALUES ('contracts'), ('contracts:' || c.kind::text)) AS k(metric)
      CROSS JOIN LATERAL (VALUES (c.effective_from, 1), (c.effective_to + 1, -1)) AS d(day, v)
      WHERE c.status IN (${inList(EFFECTIVE_STATUSES)}) AND c.effective_from IS NOT NULL AND c.effective_to IS NOT NULL
        AND c.effective_from <= c.effective_to AND ${scope("c.org_id")}`,
  },
  {
    // 培训人次 = registered members enrolled + participants who are not members:
    // the two never overlap, so their sum counts nobody twice. The enrolments
    // are counted by the session's own counters (migration
    // training_session_counts, kept by a trigger on training_enrolment), so a
    // recomputation reads the sessions only. A counter-only update of a
    // session leaves no mark of its own (same migration): the enrolment's mark
    // is the one that says the session's figures changed.
    key: "training",
    markedBy: ["training_enrolment"],
    sql: (scope) => `
      SELECT k.metric, ts.org_id, ts.starts_on AS day, k.v
      FROM training_session ts
      CROSS JOIN LATERAL (VALUES
        ('training_sessions', 1::numeric),
        ('trainees', ts.enrolled_count + ts.extra_participants),
        ('trainees:' || ts.type::text, ts.enrolled_count + ts.extra_participants),
        ('certificates', ts.certified_count)
      ) AS k(metric, v)
      WHERE ts.deleted_at IS NULL AND ${scope("ts.org_id")}`,
  },
  {
    key: "competition",
    sql: (scope) => `
      SELECT k.metric, c.org_id, c.starts_on AS day, k.v
      FROM competition c
      CROSS JOIN LATERAL (SELECT count(*) AS n FROM competition_entry ce WHERE ce.competition_id = c.id) AS e
      CROSS JOIN LATERAL (VALUES ('contests', 1::numeric), ('contests:' || c.kind::text, 1), ('entrants', e.n)) AS k(metric, v)
      WHERE c.deleted_at IS NULL AND ${scope("c.org_id")}`,
  },
  {
    key: "studio",
    sql: (scope) => `
      SELECT k.metric, s.org_id, d.day, d.v
      FROM studio s
      CROSS JOIN LATERAL unnest(
        CASE WHEN s.level IN ('CITY', 'PROVINCIAL', 'NATIONAL')
          THEN ARRAY['studios', 'studios_city_up', 'studios:' || s.level::text]
          ELSE ARRAY['studios', 'studios:' || s.level::text] END
      ) AS k(metric)
      CROSS JOIN LATERAL (VALUES (s.founded_on, 1), (CASE WHEN s.status = 'REVOKED' THEN coalesce(s.status_on, s.founded_on) END, -1)) AS d(day, v)
      WHERE s.deleted_at IS NULL AND d.day IS NOT NULL AND ${scope("s.org_id")}`,
  },
  {
    // Honours are recorded by year: they count on 1 January of that year.
    key: "honour",
    sql: (scope) => `
      SELECT k.metric, h.org_id, make_date(h.year, 1, 1) AS day, 1 AS v
      FROM honour h
      CROSS JOIN LATERAL (VALUES ('honours'), ('honours:' || h.level::text)) AS k(metric)
      WHERE h.deleted_at IS NULL AND h.status = 'AWARDED' AND ${scope("h.org_id")}`,
  },
  {
    key: "mw_service",
    sql: (scope) => `
      SELECT k.metric, s.org_id, s.served_on AS day, 1 AS v
      FROM model_worker_service s
      CROSS JOIN LATERAL (VALUES ('mw_services'), ('mw_services:' || s.kind::text)) AS k(metric)
      WHERE s.deleted_at IS NULL AND ${scope("s.org_id")}`,
  },
  {
    key: "activity",
    sql: (scope) => `
      SELECT k.metric, a.org_id, a.held_on AS day, k.v
      FROM activity_record a
      JOIN activity_type t ON t.id = a.type_id
      CROSS JOIN LATERAL (VALUES
        ('activities', 1::numeric),
        ('activities:' || t.code, 1),
        ('activity_participants', a.participants),
        (CASE WHEN t.code IN (${inList(MODEL_VISIT_ACTIVITY_CODES)}) THEN 'mw_visits' END, 1)
      ) AS k(metric, v)
      WHERE a.deleted_at IS NULL AND k.metric IS NOT NULL AND ${scope("a.org_id")}`,
  },
  {
    // 在档: IN_FILE files count from creation; LIFTED ones from creation until
    // the day they were lifted out of hardship.
    key: "hardship",
    sql: (scope) => `
      SELECT 'hardship_open' AS metric, f.org_id, d.day, d.v
      FROM hardship_file f
      CROSS JOIN LATERAL (VALUES (${CST("f.created_at")}, 1), (CASE WHEN f.status = 'LIFTED' THEN coalesce(f.status_on, ${CST("f.created_at")}) END, -1)) AS d(day, v)
      WHERE f.status IN ('IN_FILE', 'LIFTED') AND d.day IS NOT NULL AND ${scope("f.org_id")}
      UNION ALL
      SELECT 'hardship_lifted', f.org_id, coalesce(f.status_on, ${CST("f.updated_at")}), 1
      FROM hardship_file f
      WHERE f.status = 'LIFTED' AND ${scope("f.org_id")}`,
  },
  {
    key: "grant",
    sql: (scope) => `
      SELECT k.metric, g.org_id, ${CST("g.disbursed_at")} AS day, k.v
      FROM "grant" g
      CROSS JOIN LATERAL (VALUES
        ('aid_amount', g.amount), ('aid_amount:' || g.kind::text, g.amount), ('aid_persons', 1), ('aid_persons:' || g.kind::text, 1)
      ) AS k(metric, v)
      WHERE g.status = 'DISBURSED' AND g.disbursed_at IS NOT NULL AND ${scope("g.org_id")}`,
  },
  {
    // Budgets are per year: they count on 1 January of their year.
    key: "fund",
    sql: (scope) => `
      SELECT 'aid_budget' AS metric, f.org_id, make_date(f.year, 1, 1) AS day, f.budget AS v
      FROM fund f WHERE ${scope("f.org_id")}`,
  },
];

/**
 * Completeness: the tables whose newest created_at tells when an organisation
 * last entered records.
 */
export const ENTRY_SOURCES: { key: string; name: string; table: string; orgColumn: string; where?: string }[] = [
  { key: "member", name: "会员", table: "member", orgColumn: "org_id" },
  { key: "training", name: "培训", table: "training_session", orgColumn: "org_id", where: "deleted_at IS NULL" },
  { key: "competition", name: "竞赛", table: "competition", orgColumn: "org_id", where: "deleted_at IS NULL" },
  { key: "model", name: "劳模工匠", table: "honour", orgColumn: "org_id", where: "deleted_at IS NULL" },
  { key: "model_service", name: "劳模服务", table: "model_worker_service", orgColumn: "org_id", where: "deleted_at IS NULL" },
  { key: "studio", name: "工作室", table: "studio", orgColumn: "org_id", where: "deleted_at IS NULL" },
  { key: "activity", name: "台账", table: "activity_record", orgColumn: "org_id", where: "deleted_at IS NULL" },
  { key: "hardship", name: "困难档案", table: "hardship_file", orgColumn: "org_id" },
  { key: "grant", name: "帮扶", table: '"grant"', orgColumn: "org_id" },
  { key: "contract", name: "集体合同", table: "contract", orgColumn: "org_id" },
  { key: "enterprise", name: "企业名录", table: "enterprise", orgColumn: "area_org_id" },
];

// 劳模工匠助企行 orders (lib/assist-orders)
SOURCES.push({
  key: "assist_order",
  sql: (scope) => `
    SELECT 'mw_visits' AS metric, o.org_id, v.visited_on AS day, 1::numeric AS v
    FROM assist_visit v JOIN assist_order o ON o.id = v.order_id
    WHERE ${scope("o.org_id")}
    UNION ALL
    SELECT k.metric, o.org_id, o.closed_on, k.v
    FROM assist_order o
    CROSS JOIN LATERAL (VALUES ('assist_problems', o.problems_solved::numeric), ('assist_trained', o.workers_trained::numeric), ('assist_benefit', o.benefit)) AS k(metric, v)
    WHERE o.status = 'CLOSED' AND o.closed_on IS NOT NULL AND k.v IS NOT NULL AND ${scope("o.org_id")}`,
});
ENTRY_SOURCES.push({ key: "assist_order", name: "助企行", table: "assist_order", orgColumn: "org_id" });

// 维权服务工单 rights cases (lib/rights-cases)
SOURCES.push({
  key: "rights_case",
  sql: (scope) => `
    SELECT k.metric, r.receiving_org_id AS org_id, k.day, k.v
    FROM rights_case r
    CROSS JOIN LATERAL (VALUES
      ('rights_received', r.received_on, 1::numeric),
      ('rights_closed', r.closed_on, 1),
      ('rights_recovered', r.closed_on, r.money_recovered),
      ('rights_settled', coalesce(r.referred_on, r.closed_on), 1),
      ('rights_on_time', coalesce(r.referred_on, r.closed_on), CASE WHEN coalesce(r.referred_on, r.closed_on) <= r.resolve_by THEN 1 ELSE 0 END),
      ('rights_followed', r.followed_up_on, 1),
      ('rights_satisfied', r.followed_up_on, CASE WHEN r.satisfaction >= 4 THEN 1 ELSE 0 END)
    ) AS k(metric, day, v)
    WHERE k.day IS NOT NULL AND k.v IS NOT NULL AND ${scope("r.receiving_org_id")}`,
});
ENTRY_SOURCES.push({ key: "rights_case", name: "维权", table: "rights_case", orgColumn: "receiving_org_id" });

// Membership status and 网上入会 (lib/members): retirees who keep membership
// from their retirement day; online applications by the day made, accepted ones
// by the day of acceptance, at the union whose queue they were in.
SOURCES.push({
  key: "membership",
  sql: (scope) => `
    SELECT 'members_retained' AS metric, m.org_id, m.retained_on AS day, 1::numeric AS v
    FROM member m WHERE m.status = 'RETAINED' AND m.retained_on IS NOT NULL AND ${scope("m.org_id")}
    UNION ALL
    SELECT k.metric, a.org_id, k.day, 1::numeric
    FROM member_application a
    CROSS JOIN LATERAL (VALUES ('join_applications', ${CST("a.submitted_at")}), ('join_accepted', CASE WHEN a.status = 'ACCEPTED' THEN ${CST("a.decided_at")} END)) AS k(metric, day)
    WHERE a.status <> 'EXISTING' AND k.day IS NOT NULL AND ${scope("a.org_id")}`,
});
