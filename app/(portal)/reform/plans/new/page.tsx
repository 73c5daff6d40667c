// /reform/plans/new — a new 产改 plan of the current scope's organisation.
import type { Metadata } from "next";
import { cstYear } from "@/lib/dates";
import { requireStaff } from "@/lib/auth/session";
import { PlanForm } from "@/components/reform/plan-form";
import { getScopeRoot } from "../../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "新建产改方案" };

export default async function NewPlanPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title="新建产改方案" description={`制定单位：${scope.name}`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: "新建方案" }]} refusal={readOnlyRefusal(actor, "不能建立方案。")}>
      <PlanForm mode="create" orgId={scope.id} orgName={scope.name} year={cstYear()} />
    </FormPage>
  );
}
