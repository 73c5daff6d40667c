// /studios/new — name an innovation studio.
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { StudioForm } from "@/components/studios/studio-form";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "命名工作室" };

export default async function NewStudioPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title="命名创新工作室" breadcrumbs={[{ label: "创新工作室", href: "/studios" }, { label: "命名工作室" }]} refusal={readOnlyRefusal(actor, "不能命名工作室。")}>
      <StudioForm mode="create" scopeId={scope.id} />
    </FormPage>
  );
}
