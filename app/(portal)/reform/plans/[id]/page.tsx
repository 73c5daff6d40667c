// /reform/plans/{id} — the plan: 滞后 and 7 天内到期 first, then the areas as
// sections with their tasks; filters by area, unit and status (a GET form).
import type { Metadata } from "next";
import { getPlan, listOpenDecisions, listPlanTasks } from "@/lib/reform/queries";
import { TaskListQuerySchema, type PlanDto, type TaskRow } from "@/lib/reform/schema";
import { TASK_STATUSES, TASK_STATUS_LABELS, DECISION_STATUS_LABELS } from "@/lib/reform/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { GetForm } from "@/components/ui/get-form";
import { Field, selectClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { StatTiles } from "@/components/ui/stat-tiles";
import { TaskTable } from "@/components/reform/task-table";
import { PlanTabs } from "./plan-nav";

export const metadata: Metadata = { title: "产改方案" };

const taskHref = (id: string) => `/reform/tasks/${id}`;

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const plan = (await orNotFound(getPlan(actor, id))) as PlanDto;
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([k, v]) => v && ["areaId", "unitId", "status"].includes(k)));
  const parsed = TaskListQuerySchema.safeParse({ ...raw, pageSize: 100 });
  const q = parsed.success ? parsed.data : TaskListQuerySchema.parse({ pageSize: 100 });
  const [tasks, decisions] = await Promise.all([listPlanTasks(actor, id, q), listOpenDecisions(actor, id)]);
  const all = await listPlanTasks(actor, id, TaskListQuerySchema.parse({ pageSize: 100 }));
  const units = new Map<number, string>();
  for (const t of all.data) [t.leadUnit, ...t.units].forEach((u) => units.set(u.id, u.name));
  const byArea = plan.areas.map((a) => ({ area: a, rows: tasks.data.filter((t: TaskRow) => t.areaId === a.id) })).filter((s) => s.rows.length);
  const filtered = Object.keys(raw).length > 0;
  return (
    <>
      <PageHeader
        title={plan.title}
        description={`${plan.orgName} · ${plan.year}年`}
        breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: plan.title }]}
        actions={
          <>
            {plan.canManage && (
              <>
                <ButtonLink href={`/reform/plans/${id}/tasks/new`} variant="primary">新增任务</ButtonLink>
                <ButtonLink href={`/reform/plans/${id}/import`}>导入任务清单</ButtonLink>
                <ButtonLink href={`/reform/plans/${id}/edit`}>修改方案</ButtonLink>
              </>
            )}
            <ButtonLink href={`/api/v1/reform/plans/${id}/export`}>导出 Excel</ButtonLink>
            <ButtonLink href={`/reform/plans/${id}/print`}>打印（A4）</ButtonLink>
          </>
        }
      />
      <PlanTabs id={id} current="tasks" />
      <StatTiles
        label="任务概况"
        className="mb-4"
        items={[
          { label: "任务", value: plan.counts.total, unit: "项" },
          { label: "已完成", value: plan.counts.completed, unit: "项", tone: "good" },
          { label: "推进中", value: plan.counts.inProgress, unit: "项" },
          { label: "未启动", value: plan.counts.notStarted, unit: "项" },
          { label: "已滞后", value: plan.counts.late, unit: "项", tone: plan.counts.late ? "bad" : undefined },
        ]}
      />
      {!parsed.success && <Alert tone="warning" className="mb-4">筛选条件有误，已显示全部任务。</Alert>}
      <section aria-labelledby="late-h" className="mb-4">
        <Card title={<span id="late-h">滞后任务（{all.late.length}）</span>} description="已过节点或完成时限而进度未达要求的任务">
          <TaskTable rows={all.late} taskHref={taskHref} caption="滞后任务" empty="没有滞后任务" showArea />
        </Card>
      </section>
      <section aria-labelledby="soon-h" className="mb-4">
        <Card title={<span id="soon-h">7 天内到期（{all.dueSoon.length}）</span>}>
          <TaskTable rows={all.dueSoon} taskHref={taskHref} caption="7天内到期的任务" empty="7 天内没有到期的任务" showArea />
        </Card>
      </section>
      {decisions.length > 0 && (
        <Card title="联席会议督办事项" className="mb-4">
          <ul className="divide-y divide-line text-sm">
            {decisions.map((d) => (
              <li key={d.id} className="flex flex-wrap gap-x-3 py-2">
                <span className={d.status === "LATE" ? "font-medium text-red-700" : ""}>{DECISION_STATUS_LABELS[d.status]}</span>
                <span className="flex-1">{d.content}</span>
                <span className="text-muted">{d.ownerUnit.name}</span>
                <span className="tabular-nums text-muted">{d.dueOn} 前</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title="筛选" className="mb-4 no-print">
        <GetForm action={`/reform/plans/${id}`} role="search" aria-label="任务筛选" className="grid grid-cols-1 gap-3 sm:grid-cols-4">
          <Field id="f-area" label="工程">
            <select id="f-area" name="areaId" defaultValue={raw.areaId ?? ""} className={selectClass}>
              <option value="">全部工程</option>
              {plan.areas.map((a) => (
                <option key={a.id} value={a.id}>{a.name}</option>
              ))}
            </select>
          </Field>
          <Field id="f-unit" label="单位">
            <select id="f-unit" name="unitId" defaultValue={raw.unitId ?? ""} className={selectClass}>
              <option value="">全部单位</option>
              {[...units].sort((a, b) => a[1].localeCompare(b[1], "zh-CN")).map(([uid, name]) => (
                <option key={uid} value={uid}>{name}</option>
              ))}
            </select>
          </Field>
          <Field id="f-status" label="状态">
            <select id="f-status" name="status" defaultValue={raw.status ?? ""} className={selectClass}>
              <option value="">全部状态</option>
              {TASK_STATUSES.map((s) => (
                <option key={s} value={s}>{TASK_STATUS_LABELS[s]}</option>
              ))}
            </select>
          </Field>
          <div className="flex items-end gap-2">
            <Button type="submit" variant="primary">筛选</Button>
            {filtered && <ButtonLink href={`/reform/plans/${id}`}>清除</ButtonLink>}
          </div>
        </GetForm>
      </Card>
      {byArea.length === 0 ? (
        <Card title="任务清单"><p className="text-sm text-muted">{filtered ? "没有符合条件的任务" : plan.canManage ? "本方案还没有任务，请点击“新增任务”或导入任务清单" : "本方案还没有任务"}</p></Card>
      ) : (
        byArea.map(({ area, rows }) => (
          <section key={area.id} aria-labelledby={`area-${area.id}`} className="mb-4">
            <Card title={<span id={`area-${area.id}`}>{area.name}（{rows.length}）</span>}>
              <TaskTable rows={rows} taskHref={taskHref} caption={area.name} />
            </Card>
          </section>
        ))
      )}
    </>
  );
}
