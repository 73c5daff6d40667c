// /contracts/{id}/edit — correct a contract's parties, terms or coverage while still being negotiated.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getContract } from "@/lib/contracts/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ContractForm } from "@/components/contracts/contract-form";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "修改集体合同" };

export default async function EditContractPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const c = await orNotFound(getContract(actor, (await params).id));
  const scope = await getScopeRoot(actor);
  let body: React.ReactNode;
  if (!canWrite(actor)) body = <Alert tone="warning">您的账号为只读，不能修改集体合同。</Alert>;
  else if (!c.editable) body = <Alert tone="warning">合同已提交职代会审议，不能再修改；如需变更请重新协商或续订。</Alert>;
  else body = <ContractForm mode="edit" scopeId={scope.id} contract={c} />;
  return (
    <>
      <PageHeader title={`修改合同：${c.title}`} breadcrumbs={[{ label: "集体合同", href: "/contracts" }, { label: c.title, href: `/contracts/${c.id}` }, { label: "修改" }]} />
      <Card>{body}</Card>
    </>
  );
}
