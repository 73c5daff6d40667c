// 下级对比: the children's main figures with their targets. Ordered as the
// organisation tree, or by one column's figure or completion against target
// (?sort=<indicator>&by=value|progress); a big town's shows its first rows.
import type { Dashboard, RankBy } from "@/lib/dashboard/schema";
import { cn } from "@/components/ui/cn";
import { formatFigure } from "../format";
import { TONE_TEXT, progressTone } from "../tone";
import { SortForm } from "./sort-form";
import { ChildOrgCell, ChildrenTable, topN } from "./top-n";

type Row = Dashboard["children"][number];

/** Highest first; rows without the figure (or without a target, by progress) last. */
export function sortChildren(rows: Row[], key: string | null, by: RankBy): Row[] {
  if (!key) return rows;
  const v = (r: Row) => (by === "progress" ? r.progress[key] : r.values[key]) ?? null;
  return [...rows].sort((a, b) => {
    const va = v(a);
    const vb = v(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return vb - va;
  });
}

type Props = {
  d: Dashboard;
  sort: string | null;
  by: RankBy;
  all: boolean;
  keep: Record<string, string | undefined>;
  drill: (id: number) => string;
  here: (overrides: Record<string, string | undefined>) => string;
};

export function CompareSection({ d, sort, by, all, keep, drill, here }: Props) {
  const sorted = sortChildren(d.children, sort, by);
  const rows = topN(sorted, all);
  return (
    <ChildrenTable
      title="下级对比"
      description="点击组织名称进入其看板；数字为本期完成数，括号内为年度目标（“本级”目标只按该组织自身的记录计算）"
      actions={
        <SortForm label="下级对比排序" keep={keep} keyName="sort" keyOptions={d.columns} keyValue={sort ?? d.columns[0]?.key ?? ""} byName="by" byValue={by} submit="排序" />
      }
      minWidth="min-w-[900px]"
      caption="下级组织主要指标对比"
      head={d.columns.map((c) => (
        <th key={c.key} scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap" aria-sort={sort === c.key ? "descending" : undefined}>
          {c.name}
          <span className="block text-xs font-normal text-muted">{c.unit}</span>
        </th>
      ))}
      total={d.children.length}
      all={all}
      here={here}
    >
      {rows.map((c) => (
        <tr key={c.id} className="border-b border-line hover:bg-gray-50/70">
          <ChildOrgCell name={c.name} href={drill(c.id)} />
          {d.columns.map((col) => {
            const t = c.targets[col.key];
            const tone = t != null ? progressTone({ pct: c.progress[col.key], met: (c.progress[col.key] ?? 0) >= 100 }, col.timeProgress) : "none";
            return (
              <td key={col.key} className={cn("px-3 py-2 text-right tabular-nums whitespace-nowrap", t != null && TONE_TEXT[tone])}>
                {formatFigure(c.values[col.key], col.kind)}
                {t != null && (
                  <span className="ml-1 text-xs text-muted">
                    ({c.targetScopes[col.key] === "OWN" ? "本级 " : ""}
                    {formatFigure(t, col.kind)})
                  </span>
                )}
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
    </ChildrenTable>
  );
}
