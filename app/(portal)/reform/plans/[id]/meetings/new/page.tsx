// /reform/plans/{id}/meetings/new — record a joint meeting and its decisions.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPlan } from "@/lib/reform/queries";
import { planFormOptions } from "@/lib/reform/form-options";
import type { PlanDto } from "@/lib/reform/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { MeetingForm } from "@/components/reform/meeting-form";
import { FormPage } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "记录联席会议" };

export default async function NewMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const plan = (await orNotFound(getPlan(actor, (await params).id))) as PlanDto;
  if (!plan.canManage) notFound();
  const { units } = await planFormOptions(actor, plan.orgId);
  return (
    <FormPage
      title="记录联席会议"
      description={plan.title}
      breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: plan.title, href: `/reform/plans/${plan.id}` }, { label: "联席会议", href: `/reform/plans/${plan.id}/meetings` }, { label: "记录会议" }]}
    >
      <MeetingForm planId={plan.id} units={units} />
    </FormPage>
  );
}
