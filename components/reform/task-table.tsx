// Tasks as table rows: number, title, lead unit, deadline, status, progress, last report.
import Link from "next/link";
import type { TaskRow } from "@/lib/reform/schema";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ProgressBar, TaskStatusBadge } from "./status";

/** The columns, shared by the plan's sections and the kit's list of a subtree's tasks (/reform/tasks). */
export function taskColumns(taskHref: (id: string) => string, showArea = false): Column<TaskRow>[] {
  return [
    { key: "number", header: "序号", className: "w-12 tabular-nums", cell: (t) => t.number },
    {
      key: "title",
      header: "任务",
      rowHeader: true,
      cell: (t) => (
        <div>
          <Link href={taskHref(t.id)} className="font-medium text-brand hover:underline">
            {t.title}
          </Link>
          {showArea && <div className="text-xs text-muted">{t.areaName}</div>}
          {t.units.length > 0 && <div className="text-xs text-muted">责任单位：{t.units.map((u) => u.name).join("、")}</div>}
        </div>
      ),
    },
    { key: "lead", header: "牵头单位", cell: (t) => t.leadUnit.name },
    { key: "deadline", header: "完成时限", className: "whitespace-nowrap tabular-nums", cell: (t) => (
      <span>
        {t.deadline}
        {t.dueSoon && <span className="ml-1 text-xs text-amber-700">（7天内到期）</span>}
      </span>
    ) },
    { key: "status", header: "状态", cell: (t) => <TaskStatusBadge status={t.status} /> },
    { key: "progress", header: "进度", cell: (t) => <ProgressBar percent={t.percent} expected={t.status === "COMPLETED" ? undefined : t.expectedPercent} late={t.status === "LATE"} /> },
    {
      key: "last",
      header: "最近填报",
      cell: (t) =>
        t.lastReportOn ? (
          <div className="max-w-64">
            <div className="text-xs tabular-nums text-muted">{t.lastReportOn}</div>
            <div className="text-xs">{t.lastReport}</div>
          </div>
        ) : (
          <span className="text-xs text-muted">尚未填报</span>
        ),
    },
  ];
}

export function TaskTable({ rows, taskHref, caption, empty, showArea = false }: { rows: TaskRow[]; taskHref: (id: string) => string; caption: string; empty?: string; showArea?: boolean }) {
  return <DataTable columns={taskColumns(taskHref, showArea)} rows={rows} rowKey={(t) => t.id} caption={caption} empty={empty ?? "没有任务"} />;
}
