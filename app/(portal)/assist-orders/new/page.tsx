// /assist-orders/new — enter an enterprise's need (企业下单).
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { AssistOrderForm } from "@/components/assist-orders/order-form";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "登记企业需求" };

export default async function NewAssistOrderPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title="登记企业需求" description="保存后系统推荐领域相符、距离最近的劳模工匠和工作室，供派单。" breadcrumbs={[{ label: "劳模工匠助企行", href: "/assist-orders" }, { label: "登记企业需求" }]} refusal={readOnlyRefusal(actor, "不能登记需求。")}>
      <AssistOrderForm scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} />
    </FormPage>
  );
}
