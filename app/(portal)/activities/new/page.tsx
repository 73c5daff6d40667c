// /activities/new — record an activity (工作台账).
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { listActivityTypes } from "@/lib/activities/queries";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ActivityForm } from "@/components/activities/activity-form";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "登记活动" };

export default async function NewActivityPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const types = await listActivityTypes(actor);
  return (
    <>
      <PageHeader title="登记活动" description="保存后可上传签到表、照片等附件。" breadcrumbs={[{ label: "工作台账", href: "/activities" }, { label: "登记活动" }]} />
      <Card>
        {canWrite(actor) ? (
          <ActivityForm mode="create" types={types} scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} />
        ) : (
          <Alert tone="warning">您的账号为只读，不能登记活动。</Alert>
        )}
      </Card>
    </>
  );
}
