// /trainings/new — record a training session in the current scope.
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { TrainingForm } from "@/components/trainings/training-form";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "新建培训" };

export default async function NewTrainingPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title="新建培训" description={`在“${scope.name}”范围内登记一期培训；保存后可登记或导入学员。`} breadcrumbs={[{ label: "技能培训", href: "/trainings" }, { label: "新建培训" }]} refusal={readOnlyRefusal(actor, "不能新建培训。")}>
      <TrainingForm mode="create" scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} />
    </FormPage>
  );
}
