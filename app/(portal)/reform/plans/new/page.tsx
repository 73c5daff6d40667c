// /reform/plans/new — a new 产改 plan of the current scope's organisation.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { cstYear } from "@/lib/dates";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { PlanForm } from "@/components/reform/plan-form";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "新建产改方案" };

export default async function NewPlanPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title="新建产改方案" description={`制定单位：${scope.name}`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: "新建方案" }]} />
      <Card>{canWrite(actor) ? <PlanForm mode="create" orgId={scope.id} orgName={scope.name} year={cstYear()} /> : <Alert tone="warning">您的账号为只读，不能建立方案。</Alert>}</Card>
    </>
  );
}
