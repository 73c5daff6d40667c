// /assistance/grants/new — a new grant (saved as a draft) for a member in scope.
import type { Metadata } from "next";
import { listPolicies } from "@/lib/assistance/policies";
import { requireStaff } from "@/lib/auth/session";
import { GrantForm } from "@/components/assistance/grant-form";
import { getScopeRoot } from "../../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "新建救助申请" };

export default async function NewGrantPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const policies = await listPolicies(actor);
  return (
    <FormPage
      title="新建救助申请"
      description={`在“${scope.name}”范围内为在会会员申请；保存为草稿后提交。`}
      breadcrumbs={[{ label: "困难帮扶", href: "/assistance" }, { label: "救助申请", href: "/assistance/grants" }, { label: "新建" }]}
      refusal={readOnlyRefusal(actor, "不能新建申请。")}
    >
      <GrantForm mode="create" scopeId={scope.id} policies={policies} />
    </FormPage>
  );
}
