// /studios/{id}/edit — correct a studio's facts (status changes are made on the studio page).
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getStudio } from "@/lib/studios/queries";
import { StudioSchema } from "@/lib/studios/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { StudioForm } from "@/components/studios/studio-form";
import { pickShape } from "@/components/pick";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "编辑工作室" };

export default async function EditStudioPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const s = await orNotFound(getStudio(actor, (await params).id));
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title={`编辑：${s.name}`} breadcrumbs={[{ label: "创新工作室", href: "/studios" }, { label: s.name, href: `/studios/${s.id}` }, { label: "编辑" }]} />
      <Card>{canWrite(actor) ? <StudioForm mode="edit" scopeId={scope.id} studio={pickShape(StudioSchema, s)} /> : <Alert tone="warning">您的账号为只读，不能修改工作室。</Alert>}</Card>
    </>
  );
}
