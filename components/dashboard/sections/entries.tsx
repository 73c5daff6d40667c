// 录入情况: when each child last entered records, to tell "did nothing" from
// "entered nothing". Longest silence first, so a big town's first rows are
// the ones to chase.
import Link from "next/link";
import type { Dashboard } from "@/lib/dashboard/schema";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { daysSince, formatCst } from "../format";
import { TopNFooter, topN } from "./top-n";

type Props = { d: Dashboard; all: boolean; drill: (id: number) => string; here: (overrides: Record<string, string | undefined>) => string };

export function EntriesSection({ d, all, drill, here }: Props) {
  const sorted = [...d.children].sort((a, b) => (a.lastEntry ?? "").localeCompare(b.lastEntry ?? ""));
  return (
    <Card title="录入情况" description="各下级组织最近一次录入记录的日期，最久未录入的在前：据此区分“没有开展”和“没有录入”。超过90天未录入标为橙色。" className="mb-5" bodyClassName="p-0">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[760px] text-sm" aria-label="录入情况">
          <thead>
            <tr className="border-b border-line bg-gray-50 text-left text-gray-700">
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
            {topN(sorted, all).map((c) => {
              const age = daysSince(c.lastEntry);
              return (
                <tr key={c.id} className="border-b border-line last:border-b-0">
                  <th scope="row" className="sticky left-0 min-w-[11rem] bg-white px-3 py-2 text-left font-normal">
                    <Link href={drill(c.id)} className="text-sky-800 hover:underline">
                      {c.name}
                    </Link>
                  </th>
                  <td className={cn("px-3 py-2 whitespace-nowrap tabular-nums", age == null ? "text-red-700" : age > 90 ? "text-amber-800" : "text-gray-900")}>
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
      <TopNFooter total={d.children.length} all={all} href={(a) => here({ all: a ? "1" : undefined })} />
    </Card>
  );
}
