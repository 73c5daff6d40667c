// /trainings/new — record a training session in the current scope.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { TrainingForm } from "@/components/trainings/training-form";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "新建培训" };

export default async function NewTrainingPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title="新建培训" description={`在“${scope.name}”范围内登记一期培训；保存后可登记或导入学员。`} breadcrumbs={[{ label: "技能培训", href: "/trainings" }, { label: "新建培训" }]} />
      <Card>
        {canWrite(actor) ? (
          <TrainingForm mode="create" scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} />
        ) : (
          <Alert tone="warning">您的账号为只读，不能新建培训。</Alert>
        )}
      </Card>
    </>
  );
}
