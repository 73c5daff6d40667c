// /assistance/hardship/new — open a hardship file for a member in scope (one open file per person).
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { HardshipForm } from "@/components/assistance/hardship-form";
import { getScopeRoot } from "../../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "建立困难职工档案" };

export default async function NewHardshipPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage
      title="建立困难职工档案"
      description="建档后状态为“待核实”，入户走访核实后转为“在档”。"
      breadcrumbs={[{ label: "困难帮扶", href: "/assistance" }, { label: "困难职工档案", href: "/assistance/hardship" }, { label: "建立档案" }]}
      refusal={readOnlyRefusal(actor, "不能建立档案。")}
    >
      <HardshipForm mode="create" scopeId={scope.id} />
    </FormPage>
  );
}
