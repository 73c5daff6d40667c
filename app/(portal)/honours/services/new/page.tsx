// /honours/services/new — record a service to a model worker.
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { ServiceForm } from "@/components/honours/service-form";
import { getScopeRoot } from "../../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "登记劳模服务" };

export default async function NewServicePage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title="登记劳模服务" breadcrumbs={[{ label: "劳模工匠", href: "/honours" }, { label: "劳模服务", href: "/honours/services" }, { label: "登记服务" }]} refusal={readOnlyRefusal(actor, "不能登记服务。")}>
      <ServiceForm mode="create" scopeId={scope.id} />
    </FormPage>
  );
}
