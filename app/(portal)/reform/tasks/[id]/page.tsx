// /reform/tasks/{id} — one task: facts, milestones, the report history and,
// for a unit that may report, the report form; the plan's organisation
// confirms completion or reopens it with a reason.
import type { Metadata } from "next";
import { getTask } from "@/lib/reform/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { TaskView } from "@/components/reform/task-view";
import { CompletionActions } from "@/components/reform/completion-actions";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "产改任务" };

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const t = await orNotFound(getTask(actor, (await params).id));
  return (
    <>
      <PageHeader
        title={`${t.number}. ${t.title}`}
        description={`${t.areaName} · 牵头单位：${t.leadUnit.name}`}
        breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: t.planTitle, href: `/reform/plans/${t.planId}` }, { label: t.title }]}
        actions={
          t.canManage ? (
            <>
              {t.status !== "COMPLETED" && <ButtonLink href={`/reform/tasks/${t.id}/edit`}>修改任务</ButtonLink>}
              <CompletionActions taskId={t.id} completed={t.status === "COMPLETED"} />
            </>
          ) : undefined
        }
      />
      <TaskView t={t} />
    </>
  );
}
