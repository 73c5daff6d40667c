// 录入情况: when each child last entered records, to tell "did nothing" from
// "entered nothing". Longest silence first, so a big town's first rows are
// the ones to chase.
import type { Dashboard } from "@/lib/dashboard/schema";
import { cn } from "@/components/ui/cn";
import { daysSince, formatCst } from "../format";
import { ChildOrgCell, ChildrenTable, topN } from "./top-n";

type Props = { d: Dashboard; all: boolean; drill: (id: number) => string; here: (overrides: Record<string, string | undefined>) => string };

export function EntriesSection({ d, all, drill, here }: Props) {
  const sorted = [...d.children].sort((a, b) => (a.lastEntry ?? "").localeCompare(b.lastEntry ?? ""));
  return (
    <ChildrenTable
      title="录入情况"
      description="各下级组织最近一次录入记录的日期，最久未录入的在前：据此区分“没有开展”和“没有录入”。超过90天未录入标为橙色。"
      minWidth="min-w-[760px]"
      label="录入情况"
      head={
        <>
          <th scope="col" className="px-3 py-2 font-medium">最近录入</th>
          {d.entryColumns.map((c) => (
            <th key={c} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              {c}
            </th>
          ))}
        </>
      }
      total={d.children.length}
      all={all}
      here={here}
    >
      {topN(sorted, all).map((c) => {
        const age = daysSince(c.lastEntry);
        return (
          <tr key={c.id} className="border-b border-line last:border-b-0">
            <ChildOrgCell name={c.name} href={drill(c.id)} />
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
    </ChildrenTable>
  );
}
