// /dashboard — the leaders' dashboard: for the current scope (or any
// organisation below it, ?orgId=) and a period (?period=2026 | 2026-Q2 |
// 2026-05 | custom&from&to; this year by default): headline cards with target,
// progress and the same-period change, trends, rankings, breakdowns, the child
// organisations compared, and when each last entered records. Every figure
// links to the records behind it; every organisation links to its own dashboard.
import type { Metadata } from "next";
import Link from "next/link";
import { fieldErrors } from "@/lib/validation/zod";
import { canWrite } from "@/lib/auth/actor";
import { todayCST } from "@/lib/dates";
import { DashboardQuerySchema, RANK_BY, type Dashboard, type RankBy } from "@/lib/dashboard/schema";
import { getDashboard } from "@/lib/dashboard/queries";
import { PROGRAMMES, indicatorByKey, measureOf } from "@/lib/dashboard/indicators";
import { periodChoices } from "@/lib/dashboard/period";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { buildHref, flattenSearchParams } from "@/components/url";
import { HeadlineCard } from "@/components/dashboard/headline-card";
import { ReformCards } from "@/components/reform/dashboard-cards";
import { PrintButton } from "@/components/dashboard/print-button";
import { TargetChart, TrendCharts } from "@/components/dashboard/charts";
import { formatCst } from "@/components/dashboard/format";
import { ConditionsSection } from "@/components/dashboard/sections/conditions";
import { RankingSection } from "@/components/dashboard/sections/ranking";
import { BreakdownsSection } from "@/components/dashboard/sections/breakdowns";
import { CompareSection } from "@/components/dashboard/sections/compare";
import { EntriesSection } from "@/components/dashboard/sections/entries";
import { getScopeRoot } from "../../scope";
import { DashboardReportBlock } from "@/components/reports/dashboard-block";
import { JoinHandlingSection } from "@/components/members/join-handling";
import { problemOf } from "@/components/problem";

export const metadata: Metadata = { title: "数据看板" };

const PATH = "/dashboard";
const KEYS = ["orgId", "period", "from", "to", "rank", "rankBy"] as const;
/** The page's own view state (not the API's): the comparison table's order and 查看全部. */
function viewState(raw: Record<string, string>, columns: string[]): { sort: string | null; by: RankBy; all: boolean } {
  return {
    sort: raw.sort && columns.includes(raw.sort) ? raw.sort : null,
    by: (RANK_BY as readonly string[]).includes(raw.by) ? (raw.by as RankBy) : "value",
    all: raw.all === "1",
  };
}
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const input: Record<string, string> = Object.fromEntries(Object.entries(raw).filter(([k]) => (KEYS as readonly string[]).includes(k)));
  // A quick choice in the form wins over leftover custom dates.
  if (input.period && input.period !== "custom") {
    delete input.from;
    delete input.to;
  }

  let data: Dashboard | null = null;
  let problem: string | null = null;
  const parsed = DashboardQuerySchema.safeParse({ ...input, orgId: input.orgId ?? String(scope.id) });
  if (!parsed.success) problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;
  else {
    try {
      data = await getDashboard(actor, parsed.data);
    } catch (e) {
      problem = problemOf(e);
    }
  }

  const state: Record<string, string> = Object.fromEntries(KEYS.filter((k) => input[k]).map((k) => [k, input[k]]));
  const today = todayCST();
  const choices = periodChoices(today);

  if (!data) {
    return (
      <>
        <PageHeader title="数据看板" />
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
        <Link href={PATH} className={buttonClass("secondary")}>
          回到本年度看板
        </Link>
      </>
    );
  }

  const d = data;
  const view = viewState(raw, d.columns.map((c) => c.key));
  const periodState = { period: input.period, from: input.from, to: input.to };
  const pageState = { ...state, ...(view.sort ? { sort: view.sort, by: view.by } : {}), ...(view.all ? { all: "1" } : {}) };
  const here = (overrides: Record<string, string | number | undefined>) => buildHref(PATH, pageState, overrides);
  // Every link to records carries this page back (drillHref): the list shows 返回数据看板.
  const back = here({});
  const drill = (id: number) => buildHref(PATH, { ...periodState, rank: input.rank, rankBy: input.rankBy }, { orgId: id });
  const exportHref = buildHref("/api/v1/dashboard/export", { ...periodState, orgId: d.org.id });
  const targeted = d.cards.filter((c) => c.progress.pct != null);
  const timeProgress = d.cards.find((c) => c.timeProgress != null)?.timeProgress ?? null;
  const rankInd = indicatorByKey(d.ranking.indicator.key)!;
  const cardsByProgramme = PROGRAMMES.map((p) => ({ ...p, cards: d.cards.filter((c) => c.programme === p.key) })).filter((p) => p.cards.length);

  return (
    <div className="dashboard">
      <PageHeader
        title={`数据看板 · ${d.org.name}`}
        breadcrumbs={d.org.breadcrumbs.map((b, i) => ({ label: b.name, href: i < d.org.breadcrumbs.length - 1 ? drill(b.id) : undefined }))}
        description={
          <>
            {d.period.label}（{d.period.from} 至 {d.period.end}）· 同比：{d.period.previousFrom} 至 {d.period.previousEnd} ·{" "}
            <span data-testid="as-of">数据截至 {formatCst(d.asOf)}</span>
            {d.source === "rollup" ? "（县级及以上为汇总数据，写入后约10秒内计入）" : "（实时计算）"}
          </>
        }
        actions={
          <>
            <a href={exportHref} className={buttonClass("secondary", "sm")} download>
              导出 Excel
            </a>
            <PrintButton />
            <Link href={buildHref("/dashboard/targets", { orgId: d.org.id })} className={buttonClass(canWrite(actor) && actor.role === "ADMIN" ? "primary" : "secondary", "sm")}>
              {actor.role === "ADMIN" ? "设定目标" : "查看目标"}
            </Link>
          </>
        }
      />

      <ConditionsSection d={d} choices={choices} rank={input.rank} periodState={periodState} />

      <section aria-label="主要指标" className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5 print:grid-cols-4">
        {cardsByProgramme.flatMap((p) => p.cards.map((c) => <HeadlineCard key={c.key} card={c} programme={p.name} back={back} />))}
      </section>
      {/* ─── 产改任务 (lib/reform) — begin ─── */}
      <ReformCards actor={actor} orgId={d.org.id} year={Number(d.period.end.slice(0, 4))} back={back} />
      {/* ─── 产改任务 — end ─── */}

      {/* 报送 (lib/reports): the period's report status, approved beside live values, children — begin */}
      <DashboardReportBlock actor={actor} orgId={d.org.id} period={d.period} cards={d.cards} />
      {/* 报送 — end */}

      {targeted.length > 0 && (
        <Card title="目标完成情况" description={timeProgress != null ? `时间进度 ${timeProgress}%：绿色为已达标，橙色为落后于时间进度` : "本期目标按天数折算；绿色为已达标，橙色为未达标"} className="mb-5 print:break-inside-avoid">
          <TargetChart items={targeted.map((c) => ({ name: c.name, progress: c.progress.pct ?? 0, met: c.progress.met, time: c.timeProgress }))} timeProgress={timeProgress} />
        </Card>
      )}

      <Card title="月度趋势" description="本期与上年同期逐月对比" className="mb-5 print:break-inside-avoid">
        <TrendCharts months={d.trend.months.map((m) => m.label)} series={d.trend.series} />
      </Card>

      {d.children.length > 0 && (
        <RankingSection
          d={d}
          timeProgress={measureOf(rankInd) === "flow" ? timeProgress : null}
          keep={{ orgId: String(d.org.id), ...periodState, sort: view.sort ?? undefined, by: view.by, all: view.all ? "1" : undefined }}
          all={view.all}
          drill={drill}
          here={here}
          back={back}
        />
      )}

      <BreakdownsSection breakdowns={d.breakdowns} back={back} />

      {d.children.length > 0 && (
        <CompareSection
          d={d}
          sort={view.sort}
          by={view.by}
          all={view.all}
          keep={{ orgId: String(d.org.id), ...periodState, rank: input.rank, rankBy: input.rankBy, all: view.all ? "1" : undefined }}
          drill={drill}
          here={here}
        />
      )}

      {d.children.length > 0 && <EntriesSection d={d} all={view.all} drill={drill} here={here} />}

      <JoinHandlingSection actor={actor} orgId={d.org.id} from={d.period.from} to={d.period.end} back={back} />

      <p className="text-xs text-muted">
        口径：各数字均由业务记录计算，点击数字可查看对应记录。流量指标（培训、竞赛、帮扶等）统计期间内至今的记录，同比为上年同期至同日；存量指标（会员、建会率、覆盖率等）为期末时点数。
        {d.source === "rollup" ? " 县级及以上的数字来自汇总表，新录入的记录约10秒内计入（以“数据截至”为准），镇级及以下实时计算。" : ""}{" "}
        <Link href={here({ rank: undefined })} className="no-print text-sky-800 hover:underline">
          刷新页面
        </Link>
      </p>
    </div>
  );
}
