// /reform/tasks/{id}/edit — a task's facts, for the plan's organisation; a
// completed task is read-only until it is reopened with a reason.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPlan, getTask } from "@/lib/reform/queries";
import { planFormOptions } from "@/lib/reform/form-options";
import type { PlanDto } from "@/lib/reform/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { TaskForm } from "@/components/reform/task-form";
import { FormPage } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "修改产改任务" };

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const t = await orNotFound(getTask(actor, (await params).id));
  if (!t.canManage) notFound();
  const plan = (await getPlan(actor, t.planId)) as PlanDto;
  const crumbs = [{ label: "产改任务", href: "/reform" }, { label: t.planTitle, href: `/reform/plans/${t.planId}` }, { label: t.title, href: `/reform/tasks/${t.id}` }, { label: "修改" }];
  if (t.status === "COMPLETED") {
    return (
      <>
        <PageHeader title={`修改任务：${t.title}`} breadcrumbs={crumbs} />
        <Alert tone="warning" title="任务已确认完成">
          已完成的任务只读。如需修改，请先在任务页“重新打开”并说明原因。 <ButtonLink href={`/reform/tasks/${t.id}`} size="sm">返回任务</ButtonLink>
        </Alert>
      </>
    );
  }
  const options = await planFormOptions(actor, plan.orgId);
  return (
    <FormPage title={`修改任务：${t.title}`} description={t.planTitle} breadcrumbs={crumbs}>
      <TaskForm mode="edit" plan={plan} task={t} {...options} />
    </FormPage>
  );
}
