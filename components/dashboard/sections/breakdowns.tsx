// 分类构成: each breakdown as a chart, with its categories as links to the records.
import Link from "next/link";
import type { Dashboard } from "@/lib/dashboard/schema";
import { Card } from "@/components/ui/card";
import { BreakdownChart } from "../charts";
import { formatFigure } from "../format";
import { drillHref } from "../../list/drill";

export function BreakdownsSection({ breakdowns, back }: { breakdowns: Dashboard["breakdowns"]; back: string }) {
  return (
    <Card title="分类构成" description="点击类别查看对应记录" className="mb-5">
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
        {breakdowns.map((b) => (
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
                        <Link href={drillHref(i.href, back)} className="link">
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
  );
}
