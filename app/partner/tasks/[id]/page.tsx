// /partner/tasks/{id} — one of the unit's tasks, with the report form.
import type { Metadata } from "next";
import { getTask } from "@/lib/reform/queries";
import { requireActor, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { TaskView } from "@/components/reform/task-view";

export const metadata: Metadata = { title: "产改任务" };

export default async function PartnerTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const t = await orNotFound(getTask(actor, (await params).id));
  return (
    <>
      <PageHeader title={`${t.number}. ${t.title}`} description={`${t.planTitle} · ${t.areaName}`} breadcrumbs={[{ label: "我单位的产改任务", href: "/partner" }, { label: t.title }]} />
      <TaskView t={t} />
    </>
  );
}
