// 下级排名: the children on one indicator, by the figure or by completion
// against each child's target (a 本级 target against its own records).
import Link from "next/link";
import type { Dashboard, RankBy } from "@/lib/dashboard/schema";
import { INDICATORS, indicatorByKey } from "@/lib/dashboard/indicators";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { RankingChart } from "../charts";
import { formatChange, formatFigure } from "../format";
import { TONE_TEXT, progressTone } from "../tone";
import { SortForm } from "./sort-form";
import { TopNFooter, topN } from "./top-n";
import { drillHref } from "../../list/drill";

type Props = {
  d: Dashboard;
  timeProgress: number | null;
  keep: Record<string, string | undefined>;
  all: boolean;
  drill: (id: number) => string;
  here: (overrides: Record<string, string | undefined>) => string;
  /** The dashboard as shown, carried to the records behind a figure. */
  back: string;
};

export function RankingSection({ d, timeProgress, keep, all, drill, here, back }: Props) {
  const ind = indicatorByKey(d.ranking.indicator.key)!;
  const rankBy: RankBy = d.ranking.rankBy;
  const rows = topN(d.ranking.rows, all);
  const drillFigure = (orgId: number) => {
    const href = ind.drill?.({ orgId, from: d.period.from, end: d.period.end, year: Number(d.period.end.slice(0, 4)) });
    return href ? drillHref(href, back) : null;
  };
  return (
    <Card
      title={`下级排名：${d.ranking.indicator.name}${rankBy === "progress" ? "（按目标完成率）" : ""}`}
      description="点击柱条进入该组织的看板；绿色为已达标，橙色为落后于进度"
      className="mb-5 print:break-inside-avoid"
      actions={
        <SortForm
          label="排名指标"
          keep={keep}
          keyName="rank"
          keyOptions={INDICATORS.map((i) => ({ key: i.key, name: i.name }))}
          keyValue={d.ranking.indicator.key}
          byName="rankBy"
          byValue={rankBy}
          submit="排名"
        />
      }
    >
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <RankingChart
          rows={rows.map((r) => ({ id: r.id, name: r.name, value: r.value, progress: r.progress, href: drill(r.id) }))}
          unit={d.ranking.indicator.unit}
          label={d.ranking.indicator.name}
          timeProgress={timeProgress}
        />
        <div className="overflow-x-auto">
          <table className="w-full min-w-[420px] text-sm">
            <caption className="sr-only">{d.ranking.indicator.name}排名</caption>
            <thead>
              <tr className="border-b border-line bg-gray-50 text-left text-gray-700">
                <th scope="col" className="px-2 py-1.5 font-medium">名次</th>
                <th scope="col" className="px-2 py-1.5 font-medium">组织</th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">本期</th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">同比</th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">完成率</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const href = r.value != null ? drillFigure(r.id) : null;
                return (
                  <tr key={r.id} className="border-b border-line last:border-b-0">
                    <td className="px-2 py-1.5 tabular-nums">{r.rank}</td>
                    <th scope="row" className="px-2 py-1.5 text-left font-normal">
                      <Link href={drill(r.id)} className="link">
                        {r.name}
                      </Link>
                    </th>
                    <td className="px-2 py-1.5 text-right tabular-nums">
                      {href ? (
                        <Link href={href} className="hover:underline">
                          {formatFigure(r.value, d.ranking.indicator.kind)}
                        </Link>
                      ) : (
                        formatFigure(r.value, d.ranking.indicator.kind)
                      )}
                    </td>
                    <td className="px-2 py-1.5 text-right tabular-nums text-muted">{formatChange(r.change.delta, r.change.pct, d.ranking.indicator.kind)}</td>
                    <td className={cn("px-2 py-1.5 text-right tabular-nums", TONE_TEXT[progressTone(r.progress, timeProgress)])} title={r.targetScope === "OWN" ? "本级目标：按本组织自身的记录计算" : undefined}>
                      {r.progress.pct != null ? `${r.progress.pct}%` : "—"}
                      {r.targetScope === "OWN" && <span className="ml-1 text-xs">（本级）</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <TopNFooter total={d.ranking.rows.length} all={all} href={(a) => here({ all: a ? "1" : undefined })} />
        </div>
      </div>
    </Card>
  );
}
