// /partner — the tasks of the caller's unit, by plan: 滞后 first.
import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listPlanTasks, listPlans } from "@/lib/reform/queries";
import { TaskListQuerySchema } from "@/lib/reform/schema";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TaskTable } from "@/components/reform/task-table";

export const metadata: Metadata = { title: "我单位的产改任务" };

const taskHref = (id: string) => `/partner/tasks/${id}`;

export default async function PartnerHome() {
  const actor = await requireActor();
  const plans = (await listPlans(actor, { page: 1, pageSize: 20 })).data;
  const q = TaskListQuerySchema.parse({ pageSize: 100 });
  const lists = await Promise.all(plans.map(async (p) => ({ plan: p, tasks: await listPlanTasks(actor, p.id, q) })));
  return (
    <>
      <PageHeader title="我单位的产改任务" description="本单位牵头或参与的产业工人队伍建设改革任务：请按节点填报进展" />
      {lists.length === 0 && <EmptyState title="暂无任务" description="本单位目前没有牵头或参与的产改任务。" />}
      {lists.map(({ plan, tasks }) => (
        <section key={plan.id} aria-labelledby={`p-${plan.id}`} className="mb-6">
          <h2 id={`p-${plan.id}`} className="mb-2 text-lg font-semibold">
            {plan.title} <span className="text-sm font-normal text-muted">{plan.orgName} · {plan.year}年</span>
          </h2>
          {tasks.late.length > 0 && (
            <Card title={`已滞后（${tasks.late.length}）`} className="mb-3">
              <TaskTable rows={tasks.late} taskHref={taskHref} caption="已滞后的任务" showArea />
            </Card>
          )}
          <Card title={`全部任务（${tasks.total}）`}>
            <TaskTable rows={tasks.data} taskHref={taskHref} caption="全部任务" showArea />
          </Card>
        </section>
      ))}
    </>
  );
}
