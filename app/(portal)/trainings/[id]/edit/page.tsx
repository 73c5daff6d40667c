// /trainings/{id}/edit — correct a training session.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getTraining } from "@/lib/trainings/queries";
import { TrainingSchema } from "@/lib/trainings/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { TrainingForm } from "@/components/trainings/training-form";
import { pickShape } from "@/components/pick";

export const metadata: Metadata = { title: "编辑培训" };

export default async function EditTrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const t = await orNotFound(getTraining(actor, (await params).id));
  return (
    <>
      <PageHeader title={`编辑培训：${t.title}`} breadcrumbs={[{ label: "技能培训", href: "/trainings" }, { label: t.title, href: `/trainings/${t.id}` }, { label: "编辑" }]} />
      <Card>
        {canWrite(actor) ? (
          <TrainingForm mode="edit" scopeId={actor.orgId} training={pickShape(TrainingSchema, t)} />
        ) : (
          <Alert tone="warning">您的账号为只读，不能修改培训信息。</Alert>
        )}
      </Card>
    </>
  );
}
