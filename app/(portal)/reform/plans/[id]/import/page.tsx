// /reform/plans/{id}/import — the task list from .xlsx in the shape counties
// already use: template, dry run, all-or-nothing import; unknown units reported.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPlan } from "@/lib/reform/queries";
import type { PlanDto } from "@/lib/reform/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ImportPanel } from "@/components/xlsx/import-panel";

export const metadata: Metadata = { title: "导入任务清单" };

export default async function ImportTasksPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const plan = (await orNotFound(getPlan(actor, (await params).id))) as PlanDto;
  if (!plan.canManage) notFound();
  const api = `/api/v1/reform/plans/${plan.id}`;
  return (
    <>
      <PageHeader title="导入任务清单" description={plan.title} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: plan.title, href: `/reform/plans/${plan.id}` }, { label: "导入任务清单" }]} />
      <Card title="导入任务" description="先试导入检查，再正式导入：有任何一处错误时一条也不写入">
        <ImportPanel
          importUrl={`${api}/import`}
          templateHref={`${api}/import-template`}
          noun="任务"
          matchNote="列：序号、工程、任务内容、牵头单位、责任单位、完成时限、目标；单位须已在协同单位名册中，未登记的单位会逐行报出"
        />
      </Card>
    </>
  );
}
