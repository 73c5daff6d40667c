// The dashboard's two 产改 cards for the scope and year on screen: completion
// rate and late tasks, each drilling down to the tasks behind it.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { reformSummary } from "@/lib/reform/queries";
import { buildHref } from "../url";
import { drillHref } from "../list/drill";

export async function ReformCards({ actor, orgId, year, back }: { actor: Actor; orgId: number; year: number; back: string }) {
  const s = await reformSummary(actor, { orgId, year });
  const drill = (status: string) => drillHref(buildHref("/reform/tasks", { orgId, year, status }), back);
  return (
    <section aria-label="产改任务" className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5 print:grid-cols-4">
      <Link href={drill("COMPLETED")} className="rounded-lg border border-line bg-white px-4 py-3 hover:border-brand">
        <div className="text-xs text-muted">产改任务 · {year}年</div>
        <div className="text-sm font-medium">产改任务完成率</div>
        <div className="mt-1 text-2xl font-semibold tabular-nums">{s.completionRate === null ? "—" : `${s.completionRate}%`}</div>
        <div className="text-xs text-muted">
          已完成 {s.completed} / {s.total} 项
        </div>
      </Link>
      <Link href={drill("LATE")} className="rounded-lg border border-line bg-white px-4 py-3 hover:border-brand">
        <div className="text-xs text-muted">产改任务 · {year}年</div>
        <div className="text-sm font-medium">滞后任务数</div>
        <div className={`mt-1 text-2xl font-semibold tabular-nums ${s.late ? "text-red-700" : ""}`}>{s.late}</div>
        <div className="text-xs text-muted">已过节点或时限而进度未达要求</div>
      </Link>
    </section>
  );
}
