// /activities/new — record an activity (工作台账).
import type { Metadata } from "next";
import { listActivityTypes } from "@/lib/activities/queries";
import { requireStaff } from "@/lib/auth/session";
import { ActivityForm } from "@/components/activities/activity-form";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "登记活动" };

export default async function NewActivityPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const types = await listActivityTypes(actor);
  return (
    <FormPage title="登记活动" description="保存后可上传签到表、照片等附件。" breadcrumbs={[{ label: "工作台账", href: "/activities" }, { label: "登记活动" }]} refusal={readOnlyRefusal(actor, "不能登记活动。")}>
      <ActivityForm mode="create" types={types} scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} />
    </FormPage>
  );
}
