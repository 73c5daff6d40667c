// /reform/units/{id}/edit — a partner unit of the current scope's register.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listUnits } from "@/lib/reform/queries";
import { requireStaff, intId } from "@/lib/auth/session";
import { UnitForm } from "@/components/reform/unit-form";
import { getScopeRoot } from "../../../../scope";
import { FormPage } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "修改协同单位" };

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const id = intId((await params).id);
  const scope = await getScopeRoot(actor);
  const register = await listUnits(actor, { orgId: scope.id });
  const unit = register.data.find((u) => u.id === id);
  if (!unit || !register.canManage) notFound();
  return (
    <FormPage title={`修改：${unit.name}`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: "协同单位名册", href: "/reform/units" }, { label: unit.name }]}>
      <UnitForm mode="edit" unit={unit} scopeId={scope.id} />
    </FormPage>
  );
}
