// /trainings/{id}/edit — correct a training session.
import type { Metadata } from "next";
import { getTraining } from "@/lib/trainings/queries";
import { TrainingSchema } from "@/lib/trainings/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { TrainingForm } from "@/components/trainings/training-form";
import { pickShape } from "@/components/pick";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑培训" };

export default async function EditTrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const t = await orNotFound(getTraining(actor, (await params).id));
  return (
    <FormPage title={`编辑培训：${t.title}`} breadcrumbs={[{ label: "技能培训", href: "/trainings" }, { label: t.title, href: `/trainings/${t.id}` }, { label: "编辑" }]} refusal={readOnlyRefusal(actor, "不能修改培训信息。")}>
      <TrainingForm mode="edit" scopeId={actor.orgId} training={pickShape(TrainingSchema, t)} />
    </FormPage>
  );
}
