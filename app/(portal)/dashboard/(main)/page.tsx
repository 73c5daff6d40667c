// /dashboard — the leaders' dashboard: for the current scope (or any
// organisation below it, ?orgId=) and a period (?period=2026 | 2026-Q2 |
// 2026-05 | custom&from&to; this year by default): headline cards with target,
// progress and the same-period change, trends, rankings, breakdowns, the child
// organisations compared, and when each last entered records. Every figure
// links to the records behind it; every organisation links to its own dashboard.
import type { Metadata } from "next";
import Link from "next/link";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { canWrite } from "@/lib/auth/actor";
import { todayCST } from "@/lib/dates";
import { DashboardQuerySchema, type Dashboard } from "@/lib/dashboard/schema";
import { getDashboard } from "@/lib/dashboard/queries";
import { INDICATORS, PROGRAMMES } from "@/lib/dashboard/indicators";
import { periodChoices } from "@/lib/dashboard/period";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { inputClass, selectClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { buildHref, flattenSearchParams } from "@/components/url";
import { HeadlineCard } from "@/components/dashboard/headline-card";
import { ReformCards } from "@/components/reform/dashboard-cards";
import { PrintButton } from "@/components/dashboard/print-button";
import { BreakdownChart, RankingChart, TargetChart, TrendCharts } from "@/components/dashboard/charts";
import { daysSince, formatChange, formatCst, formatFigure } from "@/components/dashboard/format";
import { cn } from "@/components/ui/cn";
import { getScopeRoot } from "../../scope";
import { DashboardReportBlock } from "@/components/reports/dashboard-block";

export const metadata: Metadata = { title: "数据看板" };

const PATH = "/dashboard";
const KEYS = ["orgId", "period", "from", "to", "rank"] as const;
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
      if (!(e instanceof AppError)) throw e;
      problem = e.code === "NOT_FOUND" ? "所选组织不存在或不在您的管理范围内。" : e.message;
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
  const periodState = { period: input.period, from: input.from, to: input.to };
  const here = (overrides: Record<string, string | number | undefined>) => buildHref(PATH, state, overrides);
  const drill = (id: number) => buildHref(PATH, { ...periodState, rank: input.rank }, { orgId: id });
  const exportHref = buildHref("/api/v1/dashboard/export", { ...periodState, orgId: d.org.id });
  const targeted = d.cards.filter((c) => c.progress.pct != null);
  const timeProgress = d.cards.find((c) => c.timeProgress != null)?.timeProgress ?? null;
  const rankInd = INDICATORS.find((i) => i.key === d.ranking.indicator.key)!;
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
            {d.source === "rollup" ? "（县级及以上为定时汇总，最长约10分钟更新一次）" : "（实时计算）"}
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

      <Card className="no-print mb-4" aria-label="看板条件">
        <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
          <GetForm action={PATH} aria-label="统计期间" className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="orgId" value={d.org.id} />
            {input.rank && <input type="hidden" name="rank" value={input.rank} />}
            <div>
              <label htmlFor="period" className="mb-1 block text-sm font-medium text-gray-800">
                统计期间
              </label>
              <select id="period" name="period" defaultValue={d.period.kind === "custom" ? "custom" : d.period.param} className={cn(selectClass, "w-44")}>
                {!choices.some((c) => c.param === d.period.param) && d.period.kind !== "custom" && <option value={d.period.param}>{d.period.label}</option>}
                {choices.map((c) => (
                  <option key={c.param} value={c.param}>
                    {c.label}
                  </option>
                ))}
                <option value="custom">自定义区间…</option>
              </select>
            </div>
            <div>
              <label htmlFor="from" className="mb-1 block text-sm font-medium text-gray-800">
                起（自定义）
              </label>
              <input id="from" name="from" type="date" defaultValue={d.period.kind === "custom" ? d.period.from : ""} className={cn(inputClass, "w-40")} />
            </div>
            <div>
              <label htmlFor="to" className="mb-1 block text-sm font-medium text-gray-800">
                止（自定义）
              </label>
              <input id="to" name="to" type="date" defaultValue={d.period.kind === "custom" ? d.period.to : ""} className={cn(inputClass, "w-40")} />
            </div>
            <button type="submit" className={buttonClass("primary")}>
              查看
            </button>
          </GetForm>
          {d.children.length > 0 && (
            <GetForm action={PATH} aria-label="下钻到下级组织" className="flex flex-wrap items-end gap-2">
              {Object.entries(periodState).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
              <div>
                <label htmlFor="drill" className="mb-1 block text-sm font-medium text-gray-800">
                  查看下级组织
                </label>
                <select id="drill" name="orgId" defaultValue="" className={cn(selectClass, "w-56")}>
                  <option value="" disabled>
                    选择下级组织…
                  </option>
                  {d.children.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className={buttonClass("secondary")}>
                进入
              </button>
            </GetForm>
          )}
        </div>
      </Card>

      <section aria-label="主要指标" className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5 print:grid-cols-4">
        {cardsByProgramme.flatMap((p) => p.cards.map((c) => <HeadlineCard key={c.key} card={c} programme={p.name} />))}
      </section>
      {/* ─── 产改任务 (lib/reform) — begin ─── */}
      <ReformCards actor={actor} orgId={d.org.id} year={Number(d.period.end.slice(0, 4))} />
      {/* ─── 产改任务 — end ─── */}

      {/* 报送 (lib/reports): the period's report status, approved beside live values, children — begin */}
      <DashboardReportBlock actor={actor} orgId={d.org.id} period={d.period} cards={d.cards} />
      {/* 报送 — end */}

      {targeted.length > 0 && (
        <Card title="目标完成情况" description={timeProgress != null ? `时间进度 ${timeProgress}%：低于时间进度的指标标为橙色` : "本期目标按天数折算"} className="mb-5 print:break-inside-avoid">
          <TargetChart items={targeted.map((c) => ({ name: c.name, progress: c.progress.pct ?? 0, time: c.timeProgress }))} timeProgress={timeProgress} />
        </Card>
      )}

      <Card title="月度趋势" description="本期与上年同期逐月对比" className="mb-5 print:break-inside-avoid">
        <TrendCharts months={d.trend.months.map((m) => m.label)} series={d.trend.series} />
      </Card>

      {d.children.length > 0 && (
        <Card
          title={`下级排名：${d.ranking.indicator.name}`}
          description="点击柱条进入该组织的看板；橙色为未达本期目标"
          className="mb-5 print:break-inside-avoid"
          actions={
            <GetForm action={PATH} aria-label="排名指标" className="no-print flex items-end gap-2">
              <input type="hidden" name="orgId" value={d.org.id} />
              {Object.entries(periodState).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
              <label htmlFor="rank" className="sr-only">
                排名指标
              </label>
              <select id="rank" name="rank" defaultValue={d.ranking.indicator.key} className={cn(selectClass, "h-8 w-48 py-1 text-sm")}>
                {INDICATORS.map((i) => (
                  <option key={i.key} value={i.key}>
                    {i.name}
                  </option>
                ))}
              </select>
              <button type="submit" className={buttonClass("secondary", "sm")}>
                排名
              </button>
            </GetForm>
          }
        >
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <RankingChart
              rows={d.ranking.rows.map((r) => ({ id: r.id, name: r.name, value: r.value, target: r.target, href: drill(r.id) }))}
              unit={d.ranking.indicator.unit}
              label={d.ranking.indicator.name}
            />
            <div className="overflow-x-auto">
              <table className="w-full min-w-[420px] text-sm">
                <caption className="sr-only">{d.ranking.indicator.name}排名</caption>
                <thead>
                  <tr className="border-b border-line bg-gray-50 text-left text-gray-600">
                    <th scope="col" className="px-2 py-1.5 font-medium">名次</th>
                    <th scope="col" className="px-2 py-1.5 font-medium">组织</th>
                    <th scope="col" className="px-2 py-1.5 text-right font-medium">本期</th>
                    <th scope="col" className="px-2 py-1.5 text-right font-medium">同比</th>
                    <th scope="col" className="px-2 py-1.5 text-right font-medium">进度</th>
                  </tr>
                </thead>
                <tbody>
                  {d.ranking.rows.map((r) => (
                    <tr key={r.id} className="border-b border-line last:border-b-0">
                      <td className="px-2 py-1.5 tabular-nums">{r.rank}</td>
                      <th scope="row" className="px-2 py-1.5 text-left font-normal">
                        <Link href={drill(r.id)} className="text-sky-800 hover:underline">
                          {r.name}
                        </Link>
                      </th>
                      <td className="px-2 py-1.5 text-right tabular-nums">
                        {rankInd.drill && r.value != null ? (
                          <Link href={rankInd.drill({ orgId: r.id, from: d.period.from, end: d.period.end, year: Number(d.period.end.slice(0, 4)) }) ?? "#"} className="hover:underline">
                            {formatFigure(r.value, d.ranking.indicator.kind)}
                          </Link>
                        ) : (
                          formatFigure(r.value, d.ranking.indicator.kind)
                        )}
                      </td>
                      <td className="px-2 py-1.5 text-right tabular-nums text-muted">{formatChange(r.change.delta, r.change.pct, d.ranking.indicator.kind)}</td>
                      <td className="px-2 py-1.5 text-right tabular-nums">{r.progress.pct != null ? `${r.progress.pct}%` : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </Card>
      )}

      <Card title="分类构成" description="点击类别查看对应记录" className="mb-5">
        <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
          {d.breakdowns.map((b) => (
            <figure key={b.key} className="min-w-0 print:break-inside-avoid">
              <figcaption className="mb-1 text-sm font-medium text-gray-800">
                {b.title}（{b.unit}）
              </figcaption>
              {b.items.some((i) => i.value || i.previous) ? (
                <>
                  <BreakdownChart items={b.items} unit={b.unit} />
                  <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
                    {b.items.map((i) => (
                      <li key={i.code}>
                        {i.href ? (
                          <Link href={i.href} className="text-sky-800 hover:underline">
                            {i.label} {formatFigure(i.value, b.kind)}
                          </Link>
                        ) : (
                          `${i.label} ${formatFigure(i.value, b.kind)}`
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="py-6 text-center text-sm text-muted">本期暂无记录</p>
              )}
            </figure>
          ))}
        </div>
      </Card>

      {d.children.length > 0 && (
        <Card title="下级对比" description="点击组织名称进入其看板；数字为本期完成数，括号内为年度目标" className="mb-5" bodyClassName="p-0">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[900px] text-sm">
              <caption className="sr-only">下级组织主要指标对比</caption>
              <thead>
                <tr className="border-b border-line bg-gray-50 text-left text-gray-600">
                  <th scope="col" className="sticky left-0 bg-gray-50 px-3 py-2 font-medium">组织</th>
                  {d.columns.map((c) => (
                    <th key={c.key} scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap">
                      {c.name}
                      <span className="block text-xs font-normal text-muted">{c.unit}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.children.map((c) => (
                  <tr key={c.id} className="border-b border-line hover:bg-gray-50/70">
                    <th scope="row" className="sticky left-0 min-w-[11rem] bg-white px-3 py-2 text-left font-normal">
                      <Link href={drill(c.id)} className="text-sky-800 hover:underline">
                        {c.name}
                      </Link>
                    </th>
                    {d.columns.map((col) => {
                      const t = c.targets[col.key];
                      const v = c.values[col.key];
                      const lag = t != null && v != null && v < t && col.kind === "rate";
                      return (
                        <td key={col.key} className={cn("px-3 py-2 text-right tabular-nums whitespace-nowrap", lag && "text-amber-700")}>
                          {formatFigure(v, col.kind)}
                          {t != null && <span className="ml-1 text-xs text-muted">({formatFigure(t, col.kind)})</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
                <tr className="bg-gray-50/60 text-muted">
                  <th scope="row" className="sticky left-0 bg-gray-50 px-3 py-2 text-left font-normal">
                    本级（直属记录）
                  </th>
                  {d.columns.map((col) => (
                    <td key={col.key} className="px-3 py-2 text-right tabular-nums">
                      {col.kind === "rate" ? "" : formatFigure(d.own.values[col.key], col.kind)}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </Card>
      )}

      {d.children.length > 0 && (
        <Card title="录入情况" description="各下级组织最近一次录入记录的日期：据此区分“没有开展”和“没有录入”。超过90天未录入标为橙色。" className="mb-5" bodyClassName="p-0">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[760px] text-sm" aria-label="录入情况">
              <thead>
                <tr className="border-b border-line bg-gray-50 text-left text-gray-600">
                  <th scope="col" className="sticky left-0 bg-gray-50 px-3 py-2 font-medium">组织</th>
                  <th scope="col" className="px-3 py-2 font-medium">最近录入</th>
                  {d.entryColumns.map((c) => (
                    <th key={c} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.children.map((c) => {
                  const age = daysSince(c.lastEntry);
                  return (
                    <tr key={c.id} className="border-b border-line last:border-b-0">
                      <th scope="row" className="sticky left-0 min-w-[11rem] bg-white px-3 py-2 text-left font-normal">
                        <Link href={drill(c.id)} className="text-sky-800 hover:underline">
                          {c.name}
                        </Link>
                      </th>
                      <td className={cn("px-3 py-2 whitespace-nowrap tabular-nums", age == null ? "text-red-700" : age > 90 ? "text-amber-700" : "text-gray-900")}>
                        {c.lastEntry ? `${formatCst(c.lastEntry).slice(0, 10)}（${age === 0 ? "今天" : `${age}天前`}）` : "从未录入"}
                      </td>
                      {d.entryColumns.map((col) => (
                        <td key={col} className="px-3 py-2 whitespace-nowrap tabular-nums text-muted">
                          {c.entries[col] ? formatCst(c.entries[col]).slice(0, 10) : "—"}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
      )}

      <p className="text-xs text-muted">
        口径：各数字均由业务记录计算，点击数字可查看对应记录。流量指标（培训、竞赛、帮扶等）统计期间内至今的记录，同比为上年同期至同日；存量指标（会员、建会率、覆盖率等）为期末时点数。
        {d.source === "rollup" ? " 县级及以上的数字来自定时汇总（最长约10分钟刷新一次），镇级及以下实时计算。" : ""}{" "}
        <Link href={here({ rank: undefined })} className="no-print text-sky-800 hover:underline">
          刷新页面
        </Link>
      </p>
    </div>
  );
}
