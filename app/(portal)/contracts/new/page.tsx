// /contracts/new — start a collective contract at the offer to negotiate (要约).
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { ContractForm } from "@/components/contracts/contract-form";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "新建集体合同" };

export default async function NewContractPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage
      title="新建集体合同"
      description={`在“${scope.name}”范围内登记。合同从要约开始，之后依次办理协商、职代会审议、签订、报送审查和生效。`}
      breadcrumbs={[{ label: "集体合同", href: "/contracts" }, { label: "新建合同" }]}
      refusal={readOnlyRefusal(actor, "不能新建集体合同。")}
    >
      <ContractForm mode="create" scopeId={scope.id} />
    </FormPage>
  );
}
