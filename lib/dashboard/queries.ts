// The leaders' dashboard for one organisation and period: headline cards with
// targets, progress and the same-period change; monthly trends; breakdowns by
// kind; the child organisations compared and ranked; completeness. Scoped
// like every other read: the organisation must lie in the caller's subtree
// (else 404), members may not read it (403).
import "server-only";
import { db, preparedRows } from "../db/client";
import { laggingReader, primaryReader } from "../db/replica";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { forbidden, invalid } from "../errors";
import { todayCST } from "../dates";
import { findOrgInScope, orgChildren, orgNames } from "../orgs/queries";
import {
  BREAKDOWNS,
  CHILD_TABLE_KEYS,
  ENTRY_COLUMNS,
  HEADLINE_KEYS,
  INDICATORS,
  TREND_KEYS,
  indicatorByKey,
  measureOf,
  type Indicator,
  type MetricRef,
} from "./indicators";
import type { TargetScope } from "./target-scope";
import { addDays, daysBetween, parsePeriod, periodWindow, shiftWindow, shiftYears, trendMonths, yearOf, type Period, type Window } from "./period";
import { change, periodTarget, progress, rate, round, timeProgress } from "./maths";
import {
  ROLLUP_MAX_DEPTH,
  computeLive,
  foldedRollupState,
  getRollupState,
  keepRollupFresh,
  lastEntriesFromRollup,
  lastEntriesLive,
  probeRollup,
  rollupCovers,
  type Figures,
  type LastEntries,
  type Probe,
  type RollupState,
} from "./facts";
import type { Card, Dashboard, DashboardQuery, RankBy, Ranking, RankingQuery } from "./schema";
import { computeOwn } from "./own";

type Root = { id: number; name: string; level: string; depth: number; ancestorIds: number[] };
type Child = { id: number; name: string; level: string; depth: number };

/** Date keys of one window: flow start boundary, end, annual boundaries. */
type Keys = { f: string; e: string; af: string; ae: string };
const CUR: Keys = { f: "f", e: "e", af: "af", ae: "ae" };
const PREV: Keys = { f: "yf", e: "ye", af: "yaf", ae: "yae" };

function windowDates(w: Window, k: Keys): Record<string, string> {
  return { [k.f]: addDays(w.from, -1), [k.e]: w.end, [k.af]: addDays(w.annualFrom, -1), [k.ae]: w.annualTo };
}

/** Figures store cents as integers, so sums and differences of money stay exact. */
function metricValue(fig: Figures, node: number, ref: MetricRef, k: Keys): number {
  if (ref.measure === "stock") return fig.cum(node, ref.metric, k.e);
  if (ref.measure === "annual") return fig.cum(node, ref.metric, k.ae) - fig.cum(node, ref.metric, k.af);
  return fig.cum(node, ref.metric, k.e) - fig.cum(node, ref.metric, k.f);
}

const fromCents = (c: number) => round(c / 100, 2);

/** An indicator's figure for a node; rates also return their parts. */
function indicatorValue(fig: Figures, node: number, ind: Indicator, k: Keys, empty = false): { value: number | null; parts: { num: number; den: number } | null } {
  if ("metric" in ind.value) return { value: empty && ind.value.measure === "flow" ? 0 : fromCents(metricValue(fig, node, ind.value, k)), parts: null };
  const num = fromCents(metricValue(fig, node, ind.value.num, k));
  const den = fromCents(metricValue(fig, node, ind.value.den, k));
  return { value: rate(num, den), parts: { num, den } };
}

function metricsOf(keys: string[]): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    const i = indicatorByKey(key)!;
    if ("metric" in i.value) out.add(i.value.metric);
    else {
      out.add(i.value.num.metric);
      out.add(i.value.den.metric);
    }
  }
  return [...out];
}

type Context = {
  root: Root;
  children: Child[];
  period: Period;
  window: Window;
  previous: Window;
  today: string;
  figures: Figures;
  source: "rollup" | "live";
  asOf: Date;
  targets: Map<string, { value: number; scope: TargetScope }>;
  /** 本级 figures of the nodes that hold a 本级 target (lib/dashboard/own.ts). */
  own: Figures;
  targetYear: number | null;
  entries: LastEntries | null;
};

function resolvePeriod(q: { period?: string; from?: string; to?: string }, today: string): Period {
  const r = parsePeriod(q, today);
  if (!r.ok) throw invalid(`输入有误：${r.message}`, { [r.field]: r.message });
  return r.period;
}

async function resolveRoot(actor: Actor, orgId: number | undefined): Promise<Root> {
  assertStaffLike(actor);
  const org = await findOrgInScope(actor, orgId ?? actor.orgId);
  return { id: org.id, name: org.name, level: org.level, depth: org.depth, ancestorIds: org.ancestorIds };
}

/**
 * Loads everything the figures need. `want` says which metrics are needed for
 * the root and for the children, and whether trends are needed.
 */
async function loadContext(
  actor: Actor,
  q: { orgId?: number; period?: string; from?: string; to?: string; source?: "auto" | "live" },
  // exact: the rollup's state foldedRollupState (lib/dashboard/facts.ts) gave, with every write
  // committed before the request in it, read from the primary; previous: false leaves out the
  // year-earlier window.
  want: { rootMetrics: "all" | string[]; childMetrics: string[]; childPrevMetrics: string[]; trend: boolean; entries: boolean; exact?: { state: RollupState | null }; previous?: boolean },
): Promise<Context & { trend: ReturnType<typeof trendMonths> }> {
  const today = todayCST();
  const period = resolvePeriod(q, today);
  const root = await resolveRoot(actor, q.orgId);
  if (q.source === "live" && actor.role !== "ADMIN") throw forbidden("只有管理员可以指定直接从记录计算");
  const window = periodWindow(period, today);
  const previous = shiftWindow(window, -1);
  const trend = trendMonths(window);

  const cur = windowDates(window, CUR);
  const prev = want.previous === false ? {} : windowDates(previous, PREV);
  const trendDates: Record<string, string> = {};
  if (want.trend && trend.length) {
    trendDates.m_ = addDays(trend[0].from, -1);
    trendDates.pm_ = shiftYears(trendDates.m_, -1);
    trend.forEach((m, i) => {
      trendDates[`m${i}`] = m.end;
      trendDates[`pm${i}`] = shiftYears(m.end, -1);
    });
  }
  const allDates = [...Object.values(cur), ...Object.values(prev), ...Object.values(trendDates)];

  // Figures may come from the read replica; the tree (resolveRoot, the children) and targets from the primary.
  const reader = want.exact ? primaryReader : await laggingReader();
  const [children, state] = await Promise.all([orgChildren(root.id), want.exact ? want.exact.state : getRollupState(reader.db)]);
  keepRollupFresh(state);
  const useRollup = q.source !== "live" && root.depth < ROLLUP_MAX_DEPTH && rollupCovers(state, allDates);

  let figures: Figures;
  let entries: LastEntries | null = null;
  const childIds = children.map((c) => c.id);
  if (useRollup) {
    const rootMetrics = want.rootMetrics === "all" ? state!.metrics : want.rootMetrics;
    const probes: Probe[] = [
      { nodes: [root.id], metrics: rootMetrics, dates: { ...cur, ...prev } },
      { nodes: childIds, metrics: want.childMetrics, dates: cur },
      { nodes: childIds, metrics: want.childPrevMetrics, dates: prev },
    ];
    if (want.trend) probes.push({ nodes: [root.id], metrics: metricsOf(TREND_KEYS), dates: trendDates });
    [figures, entries] = await Promise.all([
      probeRollup(probes, state!.version, reader.db),
      want.entries ? lastEntriesFromRollup([root.id, ...childIds], state!.version, reader.db) : Promise.resolve(null),
    ]);
  } else {
    [figures, entries] = await Promise.all([
      computeLive(root, { ...cur, ...prev, ...trendDates }, reader.db),
      want.entries ? lastEntriesLive(root, reader.db) : Promise.resolve(null),
    ]);
  }

  // Annual targets apply when the period lies within one year.
  const targetYear = yearOf(window.from) === yearOf(period.to) ? yearOf(window.from) : null;
  const targets = new Map<string, { value: number; scope: TargetScope }>();
  if (targetYear !== null) {
    const rows = await preparedRows<{ orgId: number; indicator: string; value: string; scope: TargetScope }>(
      "dashboard_targets",
      `SELECT org_id AS "orgId", indicator, value::text AS value, scope::text AS scope FROM target WHERE year = $1 AND org_id = ANY($2::int[])`,
      [targetYear, [root.id, ...childIds]],
    );
    for (const t of rows) targets.set(`${t.orgId}|${t.indicator}`, { value: Number(t.value), scope: t.scope });
  }
  const ownNodes = [...new Set([...targets].filter(([, t]) => t.scope === "OWN").map(([k]) => Number(k.split("|")[0])))];
  const own = await computeOwn(ownNodes, cur);

  return {
    root,
    children,
    period,
    window,
    previous,
    today,
    figures,
    source: useRollup ? "rollup" : "live",
    // 数据截至: the rollup's own fresh_at as the server read knows it (a replica's lag is in it
    // already); live figures are as old as the server's lag.
    asOf: useRollup ? state!.freshAt : new Date(Date.now() - reader.lagMs),
    targets,
    own,
    targetYear,
    entries,
    trend,
  };
}

function buildCard(ctx: Context, ind: Indicator, node: number): Card {
  const cur = indicatorValue(ctx.figures, node, ind, CUR, ctx.window.empty);
  const prev = indicatorValue(ctx.figures, node, ind, PREV, ctx.window.empty);
  const measure = measureOf(ind);
  const t = ctx.targets.get(`${node}|${ind.key}`) ?? null;
  const annualTarget = t?.value ?? null;
  // A 本级 target is held against the node's own records, not its subtree's.
  const basis = t?.scope === "OWN" ? indicatorValue(ctx.own, node, ind, CUR, ctx.window.empty).value : cur.value;
  const yearDays = ctx.targetYear ? daysBetween(`${ctx.targetYear}-01-01`, `${ctx.targetYear + 1}-01-01`) : 365;
  const target = periodTarget(annualTarget, {
    measure,
    kind: ind.kind,
    periodDays: daysBetween(ctx.period.from, ctx.period.to) + 1,
    yearDays,
    spansYears: ctx.targetYear === null,
  });
  return {
    key: ind.key,
    name: ind.name,
    unit: ind.unit,
    kind: ind.kind,
    programme: ind.programme,
    higherIsBetter: ind.higherIsBetter,
    value: cur.value,
    previous: prev.value,
    change: change(cur.value, prev.value, ind.kind),
    parts: cur.parts,
    annualTarget,
    target,
    targetScope: t?.scope ?? null,
    targetBasis: t ? basis : null,
    progress: progress(basis, target, ind.higherIsBetter),
    timeProgress: ctx.period.kind === "year" && measure === "flow" && ctx.targetYear ? timeProgress(ctx.window.end, ctx.targetYear) : null,
    description: ind.description,
    href: ind.drill ? ind.drill({ orgId: node, from: ctx.window.from, end: ctx.window.end, year: yearOf(ctx.window.end) }) : null,
  };
}

/**
 * The children ranked on one indicator: by the figure (lower first where lower
 * is better), or by completion against each child's own target, highest
 * first. Rows without a figure (or without a target, by completion) come last.
 */
function buildRanking(ctx: Context, ind: Indicator, rankBy: RankBy = "value"): Ranking {
  const rows = ctx.children.map((c) => {
    const card = buildCard(ctx, ind, c.id);
    return { id: c.id, name: c.name, rank: 0, value: card.value, previous: card.previous, change: card.change, target: card.target, targetScope: card.targetScope, targetBasis: card.targetBasis, progress: card.progress };
  });
  const dir = rankBy === "value" && ind.higherIsBetter === false ? 1 : -1;
  const key = (r: (typeof rows)[number]) => (rankBy === "progress" ? r.progress.pct : r.value);
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null && kb === null) return a.name.localeCompare(b.name, "zh-CN");
    if (ka === null) return 1;
    if (kb === null) return -1;
    return dir * (ka - kb) || a.name.localeCompare(b.name, "zh-CN");
  });
  rows.forEach((r, i) => (r.rank = i + 1));
  return { rankBy, indicator: { key: ind.key, name: ind.name, unit: ind.unit, kind: ind.kind, higherIsBetter: ind.higherIsBetter }, rows };
}

// The list of activity types changes rarely (an administrator renames one): a minute's memo.
let typeMemo: { at: number; types: Map<string, { id: number; name: string }> } | null = null;
async function activityTypes(): Promise<Map<string, { id: number; name: string }>> {
  if (typeMemo && Date.now() - typeMemo.at < 60_000) return typeMemo.types;
  const rows = await db.activityType.findMany({ select: { id: true, code: true, name: true }, orderBy: [{ sort: "asc" }, { code: "asc" }] });
  typeMemo = { at: Date.now(), types: new Map(rows.map((r) => [r.code, { id: r.id, name: r.name }])) };
  return typeMemo.types;
}

const isoDate = (d: Date | undefined) => (d ? d.toISOString() : null);

export async function getDashboard(actor: Actor, q: DashboardQuery): Promise<Dashboard> {
  const rankKey = q.rank ?? "trainees";
  const rankInd = indicatorByKey(rankKey)!;
  const ctx = await loadContext(actor, q, {
    rootMetrics: "all",
    childMetrics: metricsOf([...CHILD_TABLE_KEYS, rankKey]),
    childPrevMetrics: metricsOf([rankKey]),
    trend: true,
    entries: true,
  });
  const { root, children, figures } = ctx;

  // Breadcrumbs from the caller's home organisation down to the root.
  const crumbIds = root.ancestorIds.slice(Math.max(0, root.ancestorIds.indexOf(actor.orgId)));
  const [crumbRows, types] = await Promise.all([
    orgNames(crumbIds),
    activityTypes(),
  ]);

  const cards = HEADLINE_KEYS.map((k) => buildCard(ctx, indicatorByKey(k)!, root.id));

  const series = TREND_KEYS.map((key) => {
    const ind = indicatorByKey(key)!;
    const ref = ind.value as MetricRef;
    const values: (number | null)[] = [];
    const prevValues: (number | null)[] = [];
    ctx.trend.forEach((_, i) => {
      const before = i === 0 ? "m_" : `m${i - 1}`;
      const pBefore = i === 0 ? "pm_" : `pm${i - 1}`;
      if (ref.measure === "stock") {
        values.push(fromCents(figures.cum(root.id, ref.metric, `m${i}`)));
        prevValues.push(fromCents(figures.cum(root.id, ref.metric, `pm${i}`)));
      } else {
        values.push(fromCents(figures.cum(root.id, ref.metric, `m${i}`) - figures.cum(root.id, ref.metric, before)));
        prevValues.push(fromCents(figures.cum(root.id, ref.metric, `pm${i}`) - figures.cum(root.id, ref.metric, pBefore)));
      }
    });
    return { key, name: ind.name, unit: ind.unit, kind: ind.kind, values, previous: prevValues };
  });

  const drillCtx = { orgId: root.id, from: ctx.window.from, end: ctx.window.end, year: yearOf(ctx.window.end) };
  const breakdowns = BREAKDOWNS.map((b) => {
    const labels = b.labels ?? Object.fromEntries([...types].map(([code, t]) => [code, t.name]));
    const codes = new Set(Object.keys(labels));
    for (const m of figures.metricsWithPrefix(root.id, b.prefix)) codes.add(m.slice(b.prefix.length));
    const items = [...codes].map((code) => {
      const ref = { metric: `${b.prefix}${code}`, measure: b.measure };
      return {
        code,
        label: labels[code] ?? code,
        value: fromCents(metricValue(figures, root.id, ref, CUR)),
        previous: fromCents(metricValue(figures, root.id, ref, PREV)),
        href: b.drill ? b.drill(drillCtx, code, types.get(code)?.id) : null,
      };
    });
    return { key: b.key, title: b.title, unit: b.unit, kind: b.kind, items: items.filter((i) => i.value !== 0 || i.previous !== 0 || b.labels) };
  });

  const columns = CHILD_TABLE_KEYS.map((k) => {
    const i = indicatorByKey(k)!;
    return { key: k, name: i.name, unit: i.unit, kind: i.kind, timeProgress: buildCard(ctx, i, root.id).timeProgress };
  });
  const childRows = children.map((c) => {
    const values: Record<string, number | null> = {};
    const targets: Record<string, number | null> = {};
    const progressBy: Record<string, number | null> = {};
    const targetScopes: Record<string, TargetScope | null> = {};
    for (const k of CHILD_TABLE_KEYS) {
      const card = buildCard(ctx, indicatorByKey(k)!, c.id);
      values[k] = card.value;
      targets[k] = card.annualTarget;
      progressBy[k] = card.progress.pct;
      targetScopes[k] = card.targetScope;
    }
    const e = ctx.entries?.get(c.id);
    const entries: Record<string, string | null> = {};
    let last: Date | undefined;
    for (const col of ENTRY_COLUMNS) {
      let newest: Date | undefined;
      for (const s of col.sources) {
        const at = e?.get(s);
        if (at && (!newest || at > newest)) newest = at;
      }
      entries[col.name] = isoDate(newest);
      if (newest && (!last || newest > last)) last = newest;
    }
    return { id: c.id, name: c.name, level: c.level, drillable: true, values, targets, progress: progressBy, targetScopes, lastEntry: isoDate(last), entries };
  });

  // 本级: what lies at the root itself rather than below one of its children.
  const own: Record<string, number | null> = {};
  for (const k of CHILD_TABLE_KEYS) {
    const ind = indicatorByKey(k)!;
    if (ind.kind === "rate") {
      own[k] = null;
      continue;
    }
    const ref = ind.value as MetricRef;
    let v = metricValue(figures, root.id, ref, CUR);
    for (const c of children) v -= metricValue(figures, c.id, ref, CUR);
    own[k] = fromCents(v);
  }
  const rootEntries = ctx.entries?.get(root.id);
  let rootLast: Date | undefined;
  for (const at of rootEntries?.values() ?? []) if (!rootLast || at > rootLast) rootLast = at;

  return {
    org: {
      id: root.id,
      name: root.name,
      level: root.level,
      depth: root.depth,
      breadcrumbs: crumbRows.sort((a, b) => a.depth - b.depth).map(({ id, name }) => ({ id, name })),
    },
    period: {
      param: ctx.period.param,
      kind: ctx.period.kind,
      label: ctx.period.label,
      from: ctx.period.from,
      to: ctx.period.to,
      end: ctx.window.end,
      previousFrom: ctx.previous.from,
      previousEnd: ctx.previous.end,
    },
    source: ctx.source,
    asOf: ctx.asOf.toISOString(),
    cards,
    trend: { months: ctx.trend.map((m) => ({ key: m.key, label: m.label })), series },
    breakdowns,
    columns,
    children: childRows,
    own: { values: own, lastEntry: isoDate(rootLast) },
    entryColumns: ENTRY_COLUMNS.map((c) => c.name),
    ranking: buildRanking(ctx, rankInd, q.rankBy),
  };
}

/** The child organisations ranked on one indicator (with targets and the same-period change). */
export async function getRanking(actor: Actor, q: RankingQuery): Promise<Ranking & { org: { id: number; name: string }; period: { label: string; from: string; end: string }; asOf: string; source: string }> {
  const ind = indicatorByKey(q.indicator)!;
  const metrics = metricsOf([q.indicator]);
  const ctx = await loadContext(actor, q, { rootMetrics: metrics, childMetrics: metrics, childPrevMetrics: metrics, trend: false, entries: false });
  return {
    org: { id: ctx.root.id, name: ctx.root.name },
    period: { label: ctx.period.label, from: ctx.period.from, end: ctx.window.end },
    asOf: ctx.asOf.toISOString(),
    source: ctx.source,
    ...buildRanking(ctx, ind, q.rankBy),
  };
}

/**
 * Every indicator of one organisation for one period, exact as of the call
 * (the rollup with every committed write folded in, or the records), by the
 * same code as the dashboard's cards: what a period report (lib/reports)
 * snapshots on submission, and the 统计年报's trainings and assistance.
 */
export async function indicatorFigures(actor: Actor, orgId: number, period: string, range?: { from: string; to: string }, folded?: { state: RollupState | null }) {
  // range: a custom window (lib/yearbook's statistics year, 1 October – 30 September) with period "custom";
  // folded: the caller's own foldedRollupState(), when it reads several windows as of one moment.
  const exact = folded ?? { state: await foldedRollupState() };
  const want = { rootMetrics: "all" as const, childMetrics: [], childPrevMetrics: [], trend: false, entries: false, exact, previous: false };
  const ctx = await loadContext(actor, { orgId, period, ...range }, want);
  return INDICATORS.map((ind) => {
    const card = buildCard(ctx, ind, ctx.root.id);
    return { key: ind.key, name: ind.name, unit: ind.unit, kind: ind.kind, value: card.value };
  });
}

export { INDICATORS };

// ─── 产改任务 (lib/reform) — begin ───────────────────────────────────────────
// A reform task linked to an indicator takes its progress from the figure the
// dashboard shows for the plan's organisation and year: same window, same
// rollup-or-live rule, same arithmetic. The caller (lib/reform) has already
// checked the actor's scope on the plan, which may lie above the actor's own
// organisation (a town reads its county's plan), so no actor is taken here.
import { yearPeriod } from "./period";

/** Indicators a reform task may be linked to: counts and amounts (a percent of a rate means nothing). */
export const LINKABLE_INDICATORS = INDICATORS.filter((i) => i.kind !== "rate" && i.targetable).map((i) => ({ key: i.key, name: i.name, unit: i.unit }));

/**
 * The figures of indicators for plans' organisations in one year, keyed
 * `${orgId}|${key}` (null: no such indicator or organisation). A province's
 * plans link tasks to indicators of a hundred-odd organisations: the
 * organisations and the rollup's state are read once, and every organisation
 * the rollup keeps is probed in one query; only one below the rollup's depth
 * is computed live, as the dashboard would.
 */
export async function indicatorFiguresForYear(pairs: { orgId: number; key: string }[], year: number): Promise<Map<string, number | null>> {
  const out = new Map<string, number | null>(pairs.map((p) => [`${p.orgId}|${p.key}`, null]));
  const wanted = pairs.filter((p) => indicatorByKey(p.key));
  if (wanted.length === 0) return out;
  const orgIds = [...new Set(wanted.map((p) => p.orgId))];
  const [orgs, state] = await Promise.all([db.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, depth: true } }), getRollupState()]);
  keepRollupFresh(state);
  const window = periodWindow(yearPeriod(year), todayCST());
  const cur = windowDates(window, CUR);
  const covered = rollupCovers(state, Object.values(cur));
  const inRollup = orgs.filter((o) => covered && o.depth < ROLLUP_MAX_DEPTH);
  const live = orgs.filter((o) => !inRollup.includes(o));
  const metrics = metricsOf([...new Set(wanted.map((p) => p.key))]);
  const [rolled, ...computed] = await Promise.all([
    inRollup.length ? probeRollup([{ nodes: inRollup.map((o) => o.id), metrics, dates: cur }], state!.version) : null,
    ...live.map((o) => computeLive(o, cur)),
  ]);
  const figuresOf = new Map<number, Figures | null>([...inRollup.map((o) => [o.id, rolled] as const), ...live.map((o, i) => [o.id, computed[i]] as const)]);
  for (const p of wanted) {
    const fig = figuresOf.get(p.orgId);
    if (fig) out.set(`${p.orgId}|${p.key}`, indicatorValue(fig, p.orgId, indicatorByKey(p.key)!, CUR, window.empty).value);
  }
  return out;
}
// ─── 产改任务 — end ──────────────────────────────────────────────────────────
