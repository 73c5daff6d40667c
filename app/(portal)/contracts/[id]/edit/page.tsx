// /contracts/{id}/edit — correct a contract's parties, terms or coverage while still being negotiated.
import type { Metadata } from "next";
import { getContract } from "@/lib/contracts/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { ContractForm } from "@/components/contracts/contract-form";
import { getScopeRoot } from "../../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "修改集体合同" };

export default async function EditContractPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const c = await orNotFound(getContract(actor, (await params).id));
  const scope = await getScopeRoot(actor);
  const refusal = readOnlyRefusal(actor, "不能修改集体合同。") ?? (c.editable ? null : "合同已提交职代会审议，不能再修改；如需变更请重新协商或续订。");
  return (
    <FormPage title={`修改合同：${c.title}`} breadcrumbs={[{ label: "集体合同", href: "/contracts" }, { label: c.title, href: `/contracts/${c.id}` }, { label: "修改" }]} refusal={refusal}>
      <ContractForm mode="edit" scopeId={scope.id} contract={c} />
    </FormPage>
  );
}
