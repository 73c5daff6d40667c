// One task: its facts, milestones, the report history with attachments, and
// the history of completion, and the report form for a unit that may report.
// Shared by the staff page and the partner page.
import type { TaskDetail } from "@/lib/reform/schema";
import { TASK_EVENT_LABELS } from "@/lib/reform/labels";
import { Card, InfoList } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar, TaskStatusBadge } from "./status";
import { ReportForm } from "./report-form";

const fileSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export function TaskView({ t }: { t: TaskDetail }) {
  return (
    <div className="space-y-4">
      {t.status === "LATE" && (
        <Alert tone="error" title="已滞后">
          按已过的节点，本任务应达到 {t.expectedPercent}% ，目前为 {t.percent}%。
        </Alert>
      )}
      <Card title="任务信息">
        <InfoList
          items={[
            { label: "所属方案", value: `${t.planOrgName} · ${t.planTitle}` },
            { label: "工程", value: t.areaName },
            { label: "牵头单位", value: t.leadUnit.name },
            { label: "责任单位", value: t.units.length ? t.units.map((u) => u.name).join("、") : "—" },
            { label: "完成时限", value: t.deadline },
            { label: "状态", value: <TaskStatusBadge status={t.status} /> },
            { label: "完成进度", value: <ProgressBar percent={t.percent} expected={t.status === "COMPLETED" ? undefined : t.expectedPercent} late={t.status === "LATE"} /> },
            { label: "目标", value: t.target ?? "—" },
            ...(t.indicator
              ? [{ label: "关联统计指标", value: `${t.indicator.name}：${t.indicator.figure ?? "—"} / ${Number(t.indicator.target)} ${t.indicator.unit}（进度按数据看板口径自动计算）`, wide: true }]
              : []),
            ...(t.pilots.length ? [{ label: "试点单位", value: t.pilots.map((p) => p.name).join("、"), wide: true }] : []),
            { label: "任务内容", value: t.content ?? t.title, wide: true },
          ]}
        />
      </Card>
      <Card title="节点">
        {t.milestones.length ? (
          <ul className="divide-y divide-line text-sm">
            {t.milestones.map((m) => (
              <li key={m.dueOn} className="flex gap-4 py-2">
                <span className="tabular-nums">{m.dueOn}</span>
                <span>应达 {m.percent}%</span>
                {m.description && <span className="text-muted">{m.description}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">未设节点：完成时限前完成即可。</p>
        )}
      </Card>
      {t.canReport && (
        <Card title="填报进展">
          <ReportForm taskId={t.id} lastPercent={t.percent} counted={!!t.indicator} />
        </Card>
      )}
      <Card title="填报记录" description="历次填报均保留">
        {t.reports.length === 0 ? (
          <EmptyState title="尚未填报进展" />
        ) : (
          <ol className="divide-y divide-line" aria-label="填报记录">
            {t.reports.map((r) => (
              <li key={r.id} className="py-3 text-sm">
                <div className="flex flex-wrap items-baseline gap-x-3 text-xs text-muted">
                  <span className="tabular-nums font-medium text-ink">{r.reportedOn}</span>
                  <span>{r.unitName ?? "方案制定单位"}</span>
                  {r.createdByName && <span>{r.createdByName}</span>}
                  {r.percent !== null && <span className="font-medium text-ink">进度 {r.percent}%</span>}
                </div>
                <p className="mt-1 whitespace-pre-wrap">{r.content}</p>
                {r.reason && <p className="mt-1 text-xs text-amber-800">进度下调原因：{r.reason}</p>}
                {r.attachments.length > 0 && (
                  <ul className="mt-1 flex flex-wrap gap-3 text-xs">
                    {r.attachments.map((a) => (
                      <li key={a.id}>
                        <a className="text-brand hover:underline" href={`/api/v1/reform/reports/${r.id}/attachments/${a.id}`}>
                          📎 {a.fileName}
                        </a>{" "}
                        <span className="text-muted">（{fileSize(a.size)}）</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>
      {t.events.length > 0 && (
        <Card title="完成确认记录">
          <ul className="divide-y divide-line text-sm">
            {t.events.map((e) => (
              <li key={e.createdAt} className="py-2">
                <span className="tabular-nums">{e.on}</span> {TASK_EVENT_LABELS[e.action] ?? e.action}
                {e.reason && <span className="text-muted">：{e.reason}</span>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
