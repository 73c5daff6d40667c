// /honours/services/new — record a service to a model worker.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ServiceForm } from "@/components/honours/service-form";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "登记劳模服务" };

export default async function NewServicePage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title="登记劳模服务" breadcrumbs={[{ label: "劳模工匠", href: "/honours" }, { label: "劳模服务", href: "/honours/services" }, { label: "登记服务" }]} />
      <Card>{canWrite(actor) ? <ServiceForm mode="create" scopeId={scope.id} /> : <Alert tone="warning">您的账号为只读，不能登记服务。</Alert>}</Card>
    </>
  );
}
