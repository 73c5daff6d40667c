// The statistics years' figures of one subtree: grassroots unions by kind and
// by their host's 单位性质, members, joint-union coverage, the facts each
// union entered (OrgYearFacts), collective contracts and the workers they
// cover. Members, women and each group are the dashboard's own member facts
// (lib/dashboard/sources.ts, the same definition) summed up to each year's
// 30 September: per organisation from the rollup's `dashboard_org_fact` once
// every committed write is folded in — a province's report then reads its
// organisations' facts, not its millions of members — or from the records
// when the rollup cannot answer. Trainings, certificates and assistance come
// from the dashboard's indicator code for the same window, so the yearbook
// and the dashboard agree.
// No user input reaches the SQL text: ids and dates are parameters, the lists are constants.
import "server-only";
import pLimit from "p-limit";
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { indicatorFigures } from "../dashboard/queries";
import { foldedRollupState, probeRollup, rollupCovers, ROLLUP_MAX_DEPTH, type RollupState } from "../dashboard/facts";
import { SOURCES, type Scope } from "../dashboard/sources";
import { EFFECTIVE_STATUSES } from "../contracts/labels";
import type { EnterpriseOwnership, MemberGroup, OrgKind } from "../db/generated/enums";
import { toDateOnly } from "../dates";
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
const GROUP_METRIC = "members_g:";

type MemberFacts = { org_id: number | null; metric: string; v: number[] };

/** The member source's metrics the yearbook totals (not 'members_retained', another source's). */
const isMemberTotal = (m: string) => m === "members" || m === "members_women" || m === "members_nef" || m.startsWith(GROUP_METRIC);

/**
 * The member facts of the subtree summed up to each date: per organisation
 * for members and women (the unions' rows), and per metric for the whole
 * subtree (org_id null). With the rollup, the subtree's totals are its root
 * node's running totals (an index probe per metric and date) when the root is
 * a node; otherwise, and live, a second pass over the same facts.
 */
async function memberFigures(rootId: number, ends: string[], state: RollupState | null): Promise<MemberFacts[]> {
  const fromRollup = rollupCovers(state, ends);
  const scope: Scope = (col) => `${col} IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int])`;
  const facts = fromRollup
    ? `SELECT org_id, metric, day, v FROM dashboard_org_fact WHERE source = 'member' AND ${scope("org_id")}`
    : SOURCES.find((s) => s.key === "member")!.sql(scope);
  const upTo = ends.map((_, i) => `coalesce(sum(f.v) FILTER (WHERE f.day <= $${i + 2}::date), 0)::int`).join(", ");
  const perOrg = `SELECT f.org_id, f.metric, ARRAY[${upTo}] AS v FROM (${facts}) AS f WHERE f.metric IN ('members', 'members_women') GROUP BY 1, 2`;
  const root = fromRollup ? await db.organisation.findUnique({ where: { id: rootId }, select: { depth: true } }) : null;
  if (state && root && root.depth <= ROLLUP_MAX_DEPTH) {
    // The province's second pass read all of its 830,000 member facts (0.5 s at 2 M members).
    const metrics = state.metrics.filter(isMemberTotal);
    const dates = Object.fromEntries(ends.map((d, i) => [String(i), d]));
    const [orgs, figures] = await Promise.all([db.$queryRawUnsafe<MemberFacts[]>(perOrg, rootId, ...ends), probeRollup([{ nodes: [rootId], metrics, dates }], state.version)]);
    return [...orgs, ...metrics.map((metric) => ({ org_id: null, metric, v: ends.map((_, i) => figures.count(rootId, metric, String(i))) }))];
  }
  // Two aggregations over the facts rather than one with grouping sets: each
  // then hashes in memory (a province's per-organisation groups sorted on disk).
  return db.$queryRawUnsafe<MemberFacts[]>(
    `${perOrg}
     UNION ALL
     SELECT NULL, f.metric, ARRAY[${upTo}] FROM (${facts}) AS f GROUP BY 2`,
    rootId,
    ...ends,
  );
}

// A province's yearbook takes seconds and a handful of connections at once:
// ten of them together would run the pool dry for every other request. Each
// process computes at most this many at a time; the rest wait their turn.
const gate = pLimit(Number(process.env.YEARBOOK_CONCURRENCY ?? 2));

/** The figures of each statistics year, in the order asked. */
export function computeFigures(actor: Actor, rootId: number, years: number[]): Promise<Figures[]> {
  return gate(() => compute(actor, rootId, years));
}

async function compute(actor: Actor, rootId: number, years: number[]): Promise<Figures[]> {
  const ys = years.map(statYear);
  const ends = ys.map((y) => y.to);
  const latest = ends.reduce((a, b) => (a > b ? a : b));
  // Folds what is pending first: a report submitted right after an entry holds it.
  const state = await foldedRollupState();
  const [unions, members, factRows, contractRows, dash] = await Promise.all([
    db.$queryRaw<{ id: number; name: string; kind: OrgKind; ownership: EnterpriseOwnership | null; workers: number | null; covered: number; founded_on: Date | null }[]>`
      SELECT o.id, o.name, o.kind, o.employee_count AS workers, o.founded_on,
        (SELECT e.ownership FROM enterprise e WHERE e.union_org_id = o.id AND e.ownership IS NOT NULL ORDER BY e.worker_count DESC, e.id LIMIT 1) AS ownership,
        coalesce(o.covered_enterprises, (SELECT count(*) FROM enterprise e WHERE e.union_org_id = o.id))::int AS covered
      FROM organisation o
      WHERE o.level IN ('GRASSROOTS', 'VILLAGE') AND o.status = 'ACTIVE' AND coalesce(o.founded_on, DATE '1900-01-01') <= ${latest}::date
        AND o.ancestor_ids @> ARRAY[${rootId}]::int[]
      ORDER BY o.id`,
    memberFigures(rootId, ends, state),
    db.orgYearFacts.findMany({ where: { year: { in: years }, org: { ancestorIds: { has: rootId } } }, select: { orgId: true, year: true, ...Object.fromEntries(FACT_FIELDS.map(([k]) => [k, true])) } }),
    Promise.all(
      ys.map(
        (y) => db.$queryRaw<{ workers: number }[]>`
          SELECT coalesce(sum(w), 0)::int AS workers FROM (
            SELECT cc.enterprise_id, max(cc.worker_count) AS w
            FROM contract_coverage cc JOIN contract c ON c.id = cc.contract_id JOIN organisation co ON co.id = c.org_id
            WHERE c.status IN (${list(EFFECTIVE_STATUSES)}) AND c.effective_from <= ${y.to}::date AND c.effective_to >= ${y.to}::date
              AND co.ancestor_ids @> ARRAY[${rootId}]::int[]
            GROUP BY cc.enterprise_id) x`,
      ),
    ),
    Promise.all(ys.map((y) => indicatorFigures(actor, rootId, "custom", { from: y.from, to: y.to }, { state }))),
  ]);
  const perOrg = new Map<string, number[]>();
  const total = new Map<string, number[]>();
  for (const r of members) {
    if (r.org_id === null) total.set(r.metric, r.v);
    else perOrg.set(`${r.org_id}|${r.metric}`, r.v);
  }
  return ys.map((y, i) => {
    const at = (v: number[] | undefined) => v?.[i] ?? 0;
    const facts = Object.fromEntries(FACT_FIELDS.map(([k]) => [k, 0])) as Facts;
    const withFacts = new Set<number>();
    for (const r of factRows as unknown as (Facts & { orgId: number; year: number })[]) {
      if (r.year !== y.year) continue;
      withFacts.add(r.orgId);
      for (const [k] of FACT_FIELDS) facts[k] += r[k];
    }
    const dashboard = Object.fromEntries(dash[i].filter((d) => DASHBOARD_KEYS.includes(d.key)).map((d) => [d.key, d.value]));
    const open = unions.filter((u) => !u.founded_on || toDateOnly(u.founded_on)! <= y.to);
    const nefByGroup: Partial<Record<MemberGroup, number>> = {};
    for (const [metric, v] of total) if (metric.startsWith(GROUP_METRIC) && at(v) > 0) nefByGroup[metric.slice(GROUP_METRIC.length) as MemberGroup] = at(v);
    return {
      unions: open.map((u) => ({
        id: u.id,
        name: u.name,
        kind: u.kind,
        ownership: u.ownership,
        workers: u.workers,
        covered: u.covered,
        foundedOn: toDateOnly(u.founded_on),
        members: at(perOrg.get(`${u.id}|members`)),
        women: at(perOrg.get(`${u.id}|members_women`)),
      })),
      members: at(total.get("members")),
      women: at(total.get("members_women")),
      migrant: nefByGroup.MIGRANT_WORKER ?? 0,
      nef: at(total.get("members_nef")),
      nefByGroup,
      facts,
      factsMissing: open.filter((u) => !withFacts.has(u.id)).length,
      contracts: dashboard.contracts ?? 0,
      contractWorkers: contractRows[i][0].workers,
      dashboard,
    };
  });
}
