// /rights-cases/new — receive a worker's request (来访、来电、网上).
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { CaseForm } from "@/components/rights-cases/case-form";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "登记维权诉求" };

export default async function NewRightsCasePage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title="登记维权诉求" description="受理时限1个工作日；法律咨询3个工作日内答复，其他15个工作日内办结或转办。" breadcrumbs={[{ label: "维权服务", href: "/rights-cases" }, { label: "登记诉求" }]} refusal={readOnlyRefusal(actor, "不能登记诉求。")}>
      <CaseForm scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} />
    </FormPage>
  );
}
