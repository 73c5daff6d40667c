// /activities/{id}/edit — correct an activity record.
import type { Metadata } from "next";
import { getActivity, listActivityTypes } from "@/lib/activities/queries";
import { ActivitySchema } from "@/lib/activities/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { ActivityForm } from "@/components/activities/activity-form";
import { pickShape } from "@/components/pick";
import { formatDate } from "@/components/format";
import { getScopeRoot } from "../../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑活动" };

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const r = await orNotFound(getActivity(actor, (await params).id));
  const [scope, types] = await Promise.all([getScopeRoot(actor), listActivityTypes(actor, true)]);
  // A deactivated type stays selectable for the record that already has it.
  const choices = types.filter((t) => t.active || t.id === r.typeId);
  const label = `${r.typeName} · ${formatDate(r.heldOn)}`;
  return (
    <FormPage title={`编辑：${label}`} breadcrumbs={[{ label: "工作台账", href: "/activities" }, { label, href: `/activities/${r.id}` }, { label: "编辑" }]} refusal={readOnlyRefusal(actor, "不能修改活动。")}>
      <ActivityForm mode="edit" activity={pickShape(ActivitySchema, r)} types={choices} scopeId={scope.id} defaultOrg={{ id: String(r.orgId), name: r.orgName }} />
    </FormPage>
  );
}
