// /reform/plans/{id}/tasks/new — a new task of the plan (?areaId= preselects its area).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { allPlanTasks, getPlan } from "@/lib/reform/queries";
import { planFormOptions } from "@/lib/reform/form-options";
import type { PlanDto } from "@/lib/reform/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { TaskForm } from "@/components/reform/task-form";
import { FormPage } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "新增产改任务" };

export default async function NewTaskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ areaId?: string }> }) {
  const actor = await requireStaff();
  const plan = (await orNotFound(getPlan(actor, (await params).id))) as PlanDto;
  if (!plan.canManage) notFound();
  const [tasks, options] = await Promise.all([allPlanTasks(actor, plan.id), planFormOptions(actor, plan.orgId)]);
  const wanted = (await searchParams).areaId;
  const areaId = plan.areas.find((a) => String(a.id) === wanted)?.id;
  const number = Math.max(0, ...tasks.map((t) => t.number)) + 1;
  return (
    <FormPage title="新增任务" description={`${plan.title}`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: plan.title, href: `/reform/plans/${plan.id}` }, { label: "新增任务" }]}>
      <TaskForm mode="create" plan={plan} number={number} areaId={areaId} {...options} />
    </FormPage>
  );
}
