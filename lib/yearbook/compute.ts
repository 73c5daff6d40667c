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
import { db, longRows, plannedRows } from "../db/client";
import type { Actor } from "../auth/actor";
import { indicatorFigures } from "../dashboard/queries";
import { foldedRollupState, probeRollup, rollupCovers, ROLLUP_MAX_DEPTH, type RollupState } from "../dashboard/facts";
import { SOURCES, type Scope } from "../dashboard/sources";
import { EFFECTIVE_STATUSES } from "../contracts/labels";
import type { EnterpriseOwnership, MemberGroup, OrgKind } from "../db/generated/enums";
import { isWide } from "../orgs/labels";
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

/** The member source's metrics the yearbook totals (not 'members_retained', another source's). */
const isMemberTotal = (m: string) => m === "members" || m === "members_women" || m === "members_nef" || m.startsWith(GROUP_METRIC);

/** The member facts of the subtree (`$1`): the rollup's per organisation once it covers the dates, else the records'. */
function memberFacts(ends: string[], state: RollupState | null): string {
  const scope: Scope = (col) => `${col} IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int])`;
  return rollupCovers(state, ends)
    ? `SELECT org_id, metric, day, v FROM dashboard_org_fact WHERE source = 'member' AND ${scope("org_id")}`
    : SOURCES.find((s) => s.key === "member")!.sql(scope);
}

/** How the per-union statements are sent: with the pool's statement timeout, or a longer one (`long` below). */
type Read = <R>(text: string, values: unknown[]) => Promise<R[]>;

// A province's per-union statements take 6–14 s each at 20 M members, cold
// or beside each other on two cores past the pool's 30 s.
const LONG_STATEMENT_MS = 120_000;
const longRead: Read = (text, values) => longRows(text, values, LONG_STATEMENT_MS);
// Every member fact of a province, hashed: in the order of the facts' primary
// key the planner expected it cheaper, and it took 47–61 s where this takes 8–13.
const wholeScanRead: Read = (text, values) => longRows(text, values, LONG_STATEMENT_MS, ["enable_mergejoin", "enable_indexscan"]);

const upTo = (ends: string[], metric?: string) =>
  ends.map((_, i) => `coalesce(sum(f.v) FILTER (WHERE ${metric ? `f.metric = '${metric}' AND ` : ""}f.day <= $${i + 2}::date), 0)::int`).join(", ");

/**
 * Each organisation's members and women summed up to each date, one row per
 * organisation ([members at each date…, women at each date…]), read through
 * pg rather than Prisma: a province's 208,300 unions, as Prisma's objects
 * and one row per organisation and metric, ran the app out of its heap.
 */
async function membersPerOrg(read: Read, rootId: number, ends: string[], state: RollupState | null): Promise<Map<number, number[]>> {
  const rows = await read<{ id: number; v: number[] }>(
    `SELECT f.org_id AS id, ARRAY[${upTo(ends, "members")}, ${upTo(ends, "members_women")}] AS v
     FROM (${memberFacts(ends, state)}) AS f WHERE f.metric IN ('members', 'members_women') GROUP BY 1`,
    [rootId, ...ends],
  );
  return new Map(rows.map((r) => [r.id, r.v]));
}

/**
 * The subtree's member totals per metric at each date: its root node's
 * running totals (an index probe per metric and date) when the rollup covers
 * the dates and the root is a node, otherwise a pass over the facts.
 */
async function memberTotals(read: Read, rootId: number, ends: string[], state: RollupState | null): Promise<Map<string, number[]>> {
  const root = state && rollupCovers(state, ends) ? await db.organisation.findUnique({ where: { id: rootId }, select: { depth: true } }) : null;
  if (state && root && root.depth <= ROLLUP_MAX_DEPTH) {
    const metrics = state.metrics.filter(isMemberTotal);
    const figures = await probeRollup([{ nodes: [rootId], metrics, dates: Object.fromEntries(ends.map((d, i) => [String(i), d])) }], state.version);
    return new Map(metrics.map((metric) => [metric, ends.map((_, i) => figures.count(rootId, metric, String(i)))]));
  }
  const rows = await read<{ metric: string; v: number[] }>(`SELECT f.metric, ARRAY[${upTo(ends)}] AS v FROM (${memberFacts(ends, state)}) AS f GROUP BY 1`, [rootId, ...ends]);
  return new Map(rows.map((r) => [r.metric, r.v]));
}

// A province's yearbook takes seconds and a handful of connections at once:
// ten of them together would run the pool dry for every other request. Each
// process computes at most this many at a time; the rest wait their turn.
const gate = pLimit(Number(process.env.YEARBOOK_CONCURRENCY ?? 2));

/** The figures of each statistics year, in the order asked; `wide`: its per-union statements may run past the statement timeout. */
export function computeFigures(actor: Actor, rootId: number, years: number[], wide = false): Promise<Figures[]> {
  return gate(() => compute(actor, rootId, years, wide ? { read: longRead, scan: wholeScanRead } : { read: plannedRows, scan: plannedRows }));
}

// A province's or a city's report reads every one of its unions (20 s for
// the province at 20 M members, 208,300 unions); two at once on two cores
// both ran past the statement timeout. So these go one at a time in each
// process, and whoever asks for one already being computed shares it: its
// figures are then those of when it began, seconds before. A county's or a
// town's is computed for each request, with its writer's entries of a
// moment ago.
const wideGate = pLimit(1);
const reading = new Map<string, Promise<Figures[]>>();

/** computeFigures for showing a report. */
export function readFigures(actor: Actor, root: { id: number; depth: number }, years: number[]): Promise<Figures[]> {
  if (!isWide(root.depth)) return computeFigures(actor, root.id, years);
  const key = `${root.id}:${years.join(",")}`;
  const running = reading.get(key);
  if (running) return running;
  const figures = wideGate(() => computeFigures(actor, root.id, years, true)).finally(() => reading.delete(key));
  reading.set(key, figures);
  return figures;
}

async function compute(actor: Actor, rootId: number, years: number[], { read, scan }: { read: Read; scan: Read }): Promise<Figures[]> {
  const ys = years.map(statYear);
  const ends = ys.map((y) => y.to);
  const latest = ends.reduce((a, b) => (a > b ? a : b));
  // Folds what is pending first: a report submitted right after an entry holds it.
  const state = await foldedRollupState();
  const [unions, perOrg, total, factRows, contractRows, dash] = await Promise.all([
    read<{ id: number; name: string; kind: OrgKind; ownership: EnterpriseOwnership | null; workers: number | null; covered: number; founded_on: string | null }>(
      `SELECT o.id, o.name, o.kind, o.employee_count AS workers, o.founded_on::text AS founded_on,
        (SELECT e.ownership FROM enterprise e WHERE e.union_org_id = o.id AND e.ownership IS NOT NULL ORDER BY e.worker_count DESC, e.id LIMIT 1) AS ownership,
        coalesce(o.covered_enterprises, (SELECT count(*) FROM enterprise e WHERE e.union_org_id = o.id))::int AS covered
      FROM organisation o
      WHERE o.level IN ('GRASSROOTS', 'VILLAGE') AND o.status = 'ACTIVE' AND coalesce(o.founded_on, DATE '1900-01-01') <= $2::date
        AND o.ancestor_ids @> ARRAY[$1::int]
      ORDER BY o.id`,
      [rootId, latest],
    ),
    membersPerOrg(scan, rootId, ends, state),
    memberTotals(read, rootId, ends, state),
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
    const open = unions.filter((u) => !u.founded_on || u.founded_on <= y.to);
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
        foundedOn: u.founded_on,
        members: perOrg.get(u.id)?.[i] ?? 0,
        women: perOrg.get(u.id)?.[ends.length + i] ?? 0,
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
