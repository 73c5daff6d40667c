// /reform/plans/{id}/edit — the plan's title and its areas, for the plan's organisation.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPlan } from "@/lib/reform/queries";
import type { PlanDto } from "@/lib/reform/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PlanForm } from "@/components/reform/plan-form";
import { FormPage } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "修改产改方案" };

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const plan = (await orNotFound(getPlan(actor, (await params).id))) as PlanDto;
  if (!plan.canManage) notFound();
  return (
    <FormPage title="修改方案" description={`${plan.orgName} · ${plan.year}年`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: plan.title, href: `/reform/plans/${plan.id}` }, { label: "修改" }]}>
      <PlanForm mode="edit" plan={plan} />
    </FormPage>
  );
}
