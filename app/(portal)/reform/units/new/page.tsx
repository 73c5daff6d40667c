// /reform/units/new — register a partner unit of the current scope's organisation.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listUnits } from "@/lib/reform/queries";
import { requireStaff } from "@/lib/auth/session";
import { UnitForm } from "@/components/reform/unit-form";
import { getScopeRoot } from "../../../scope";
import { FormPage } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "登记协同单位" };

export default async function NewUnitPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  if (!(await listUnits(actor, { orgId: scope.id })).canManage) notFound();
  return (
    <FormPage title="登记协同单位" description={`${scope.name}的协同单位名册`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: "协同单位名册", href: "/reform/units" }, { label: "登记单位" }]}>
      <UnitForm mode="create" orgId={scope.id} scopeId={scope.id} />
    </FormPage>
  );
}
