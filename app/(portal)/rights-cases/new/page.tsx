// /rights-cases/new — receive a worker's request (来访、来电、网上).
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { CaseForm } from "@/components/rights-cases/case-form";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "登记维权诉求" };

export default async function NewRightsCasePage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title="登记维权诉求" description="受理时限1个工作日；法律咨询3个工作日内答复，其他15个工作日内办结或转办。" breadcrumbs={[{ label: "维权服务", href: "/rights-cases" }, { label: "登记诉求" }]} />
      <Card>{canWrite(actor) ? <CaseForm scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} /> : <Alert tone="warning">您的账号为只读，不能登记诉求。</Alert>}</Card>
    </>
  );
}
