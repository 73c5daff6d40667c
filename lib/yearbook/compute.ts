// The statistics year's figures of one subtree, from the records: grassroots
// unions by kind and by their host's 单位性质, members, joint-union coverage,
// the facts each union entered (OrgYearFacts), collective contracts and the
// workers they cover. Trainings, certificates and assistance come from the
// dashboard's own indicator code (lib/dashboard: same definitions, so the
// yearbook and the dashboard agree for the same window).
// No user input reaches the SQL text: ids and dates are parameters, the lists are constants.
import "server-only";
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { indicatorFigures } from "../dashboard/queries";
import { EFFECTIVE_STATUSES } from "../contracts/labels";
import { NEW_EMPLOYMENT_GROUPS } from "../members/labels";
import type { EnterpriseOwnership, MemberGroup, OrgKind } from "../db/generated/enums";
import { FACT_FIELDS, statYear, type Facts } from "./schema";

/** One grassroots union as the checks need it. */
export type UnionRow = {
  id: number;
  name: string;
  kind: OrgKind;
  ownership: EnterpriseOwnership | null;
  workers: number | null;
  covered: number;
  foundedOn: string | null;
  members: number;
  women: number;
};

export type Figures = {
  unions: UnionRow[];
  /** All members of the subtree (also those registered directly with a federation). */
  members: number;
  women: number;
  migrant: number;
  nef: number;
  nefByGroup: Partial<Record<MemberGroup, number>>;
  facts: Facts;
  /** Grassroots unions with no facts entered for the year. */
  factsMissing: number;
  contracts: number;
  contractWorkers: number;
  dashboard: Record<string, number | null>;
};

const list = (xs: readonly string[]) => Prisma.raw(xs.map((x) => `'${x}'`).join(","));
const DASHBOARD_KEYS = ["contracts", "training_sessions", "trainees", "certificates", "aid_amount", "aid_persons"];

export async function computeFigures(actor: Actor, rootId: number, year: number): Promise<Figures> {
  const y = statYear(year);
  const [unions, memberRows, groupRows, factRows, contractRows, dash] = await Promise.all([
    db.$queryRaw<{ id: number; name: string; kind: OrgKind; ownership: EnterpriseOwnership | null; workers: number | null; covered: number; founded_on: Date | null; members: number; women: number }[]>`
      WITH m AS (
        SELECT m.org_id, count(*)::int AS members, count(*) FILTER (WHERE m.sex = 'FEMALE')::int AS women
        FROM member m JOIN organisation mo ON mo.id = m.org_id
        WHERE mo.ancestor_ids @> ARRAY[${rootId}]::int[] AND m.status IN ('ACTIVE', 'LEFT', 'RETAINED') AND m.joined_on <= ${y.to}::date
          AND NOT (m.status = 'LEFT' AND coalesce(m.left_on, m.joined_on) <= ${y.to}::date)
        AND NOT (m.status = 'RETAINED' AND m.retained_on IS NOT NULL AND m.retained_on <= ${y.to}::date)
        GROUP BY m.org_id
      )
      SELECT o.id, o.name, o.kind, o.employee_count AS workers, o.founded_on,
        (SELECT e.ownership FROM enterprise e WHERE e.union_org_id = o.id AND e.ownership IS NOT NULL ORDER BY e.worker_count DESC, e.id LIMIT 1) AS ownership,
        coalesce(o.covered_enterprises, (SELECT count(*) FROM enterprise e WHERE e.union_org_id = o.id))::int AS covered,
        coalesce(m.members, 0) AS members, coalesce(m.women, 0) AS women
      FROM organisation o LEFT JOIN m ON m.org_id = o.id
      WHERE o.level IN ('GRASSROOTS', 'VILLAGE') AND o.status = 'ACTIVE' AND coalesce(o.founded_on, DATE '1900-01-01') <= ${y.to}::date
        AND o.ancestor_ids @> ARRAY[${rootId}]::int[]
      ORDER BY o.id`,
    db.$queryRaw<{ members: number; women: number; migrant: number; nef: number }[]>`
      SELECT count(*)::int AS members, count(*) FILTER (WHERE m.sex = 'FEMALE')::int AS women,
        count(*) FILTER (WHERE 'MIGRANT_WORKER' = ANY (m.groups))::int AS migrant,
        count(*) FILTER (WHERE m.groups && ARRAY[${list(NEW_EMPLOYMENT_GROUPS)}]::"MemberGroup"[])::int AS nef
      FROM member m JOIN organisation mo ON mo.id = m.org_id
      WHERE mo.ancestor_ids @> ARRAY[${rootId}]::int[] AND m.status IN ('ACTIVE', 'LEFT', 'RETAINED') AND m.joined_on <= ${y.to}::date
        AND NOT (m.status = 'LEFT' AND coalesce(m.left_on, m.joined_on) <= ${y.to}::date)
        AND NOT (m.status = 'RETAINED' AND m.retained_on IS NOT NULL AND m.retained_on <= ${y.to}::date)`,
    db.$queryRaw<{ g: MemberGroup; n: number }[]>`
      SELECT g, count(*)::int AS n
      FROM member m JOIN organisation mo ON mo.id = m.org_id CROSS JOIN LATERAL unnest(m.groups) AS g
      WHERE mo.ancestor_ids @> ARRAY[${rootId}]::int[] AND m.status IN ('ACTIVE', 'LEFT', 'RETAINED') AND m.joined_on <= ${y.to}::date
        AND NOT (m.status = 'LEFT' AND coalesce(m.left_on, m.joined_on) <= ${y.to}::date)
        AND NOT (m.status = 'RETAINED' AND m.retained_on IS NOT NULL AND m.retained_on <= ${y.to}::date)
      GROUP BY g`,
    db.orgYearFacts.findMany({ where: { year, org: { ancestorIds: { has: rootId } } }, select: { orgId: true, ...Object.fromEntries(FACT_FIELDS.map(([k]) => [k, true])) } }),
    db.$queryRaw<{ workers: number }[]>`
      SELECT coalesce(sum(w), 0)::int AS workers FROM (
        SELECT cc.enterprise_id, max(cc.worker_count) AS w
        FROM contract_coverage cc JOIN contract c ON c.id = cc.contract_id JOIN organisation co ON co.id = c.org_id
        WHERE c.status IN (${list(EFFECTIVE_STATUSES)}) AND c.effective_from <= ${y.to}::date AND c.effective_to >= ${y.to}::date
          AND co.ancestor_ids @> ARRAY[${rootId}]::int[]
        GROUP BY cc.enterprise_id) x`,
    indicatorFigures(actor, rootId, "custom", { from: y.from, to: y.to }),
  ]);
  const facts = Object.fromEntries(FACT_FIELDS.map(([k]) => [k, 0])) as Facts;
  const withFacts = new Set<number>();
  for (const r of factRows as unknown as (Facts & { orgId: number })[]) {
    withFacts.add(r.orgId);
    for (const [k] of FACT_FIELDS) facts[k] += r[k];
  }
  const dashboard = Object.fromEntries(dash.filter((d) => DASHBOARD_KEYS.includes(d.key)).map((d) => [d.key, d.value]));
  const m = memberRows[0];
  return {
    unions: unions.map((u) => ({ id: u.id, name: u.name, kind: u.kind, ownership: u.ownership, workers: u.workers, covered: u.covered, foundedOn: u.founded_on ? u.founded_on.toISOString().slice(0, 10) : null, members: u.members, women: u.women })),
    members: m.members,
    women: m.women,
    migrant: m.migrant,
    nef: m.nef,
    nefByGroup: Object.fromEntries(groupRows.map((g) => [g.g, g.n])),
    facts,
    factsMissing: unions.filter((u) => !withFacts.has(u.id)).length,
    contracts: dashboard.contracts ?? 0,
    contractWorkers: contractRows[0].workers,
    dashboard,
  };
}
