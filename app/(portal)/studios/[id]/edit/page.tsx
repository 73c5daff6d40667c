// /studios/{id}/edit — correct a studio's facts (status changes are made on the studio page).
import type { Metadata } from "next";
import { getStudio } from "@/lib/studios/queries";
import { StudioSchema } from "@/lib/studios/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { StudioForm } from "@/components/studios/studio-form";
import { pickShape } from "@/components/pick";
import { getScopeRoot } from "../../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑工作室" };

export default async function EditStudioPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const s = await orNotFound(getStudio(actor, (await params).id));
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title={`编辑：${s.name}`} breadcrumbs={[{ label: "创新工作室", href: "/studios" }, { label: s.name, href: `/studios/${s.id}` }, { label: "编辑" }]} refusal={readOnlyRefusal(actor, "不能修改工作室。")}>
      <StudioForm mode="edit" scopeId={scope.id} studio={pickShape(StudioSchema, s)} />
    </FormPage>
  );
}
