// /members/new — register a member (real name, ID number, union).
import type { Metadata } from "next";
import { resolveScopeRoot } from "@/lib/orgs/queries";
import { holdsMembers } from "@/lib/orgs/labels";
import { requireStaff } from "@/lib/auth/session";
import { MemberForm } from "@/components/members/member-form";
import type { PickedOrg } from "@/components/orgs/org-picker";
import { flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "登记会员" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewMemberPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const sp = flattenSearchParams(await searchParams);

  // Prefill the union from ?orgId= (e.g. coming from a union's page) or a member-holding scope.
  let defaultOrg: PickedOrg | null = holdsMembers(scope.level) ? { id: scope.id, name: scope.name } : null;
  if (sp.orgId && /^\d{1,9}$/.test(sp.orgId)) {
    const org = await resolveScopeRoot(actor, Number(sp.orgId)).catch(() => null);
    if (org && holdsMembers(org.level)) defaultOrg = { id: org.id, name: org.name };
  }

  return (
    <FormPage
      title="登记会员"
      description={`在“${scope.name}”范围内登记。所在工会须为基层工会或村（社区）工会。`}
      breadcrumbs={[{ label: "会员管理", href: "/members" }, { label: "登记会员" }]}
      refusal={readOnlyRefusal(actor, "不能登记会员。")}
    >
      <MemberForm mode="create" scopeId={scope.id} defaultOrg={defaultOrg} />
    </FormPage>
  );
}
