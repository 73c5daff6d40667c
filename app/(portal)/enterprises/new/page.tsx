// /enterprises/new — register an enterprise (location, union or none, staff size).
import type { Metadata } from "next";
import { resolveScopeRoot } from "@/lib/orgs/queries";
import { requireStaff } from "@/lib/auth/session";
import { EnterpriseForm } from "@/components/enterprises/enterprise-form";
import type { PickedOrg } from "@/components/orgs/org-picker";
import { flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "登记企业" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewEnterprisePage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const sp = flattenSearchParams(await searchParams);
  // Prefill the location from a town/village scope, and the union from ?unionOrgId=.
  const defaultArea: PickedOrg | null = scope.level === "TOWN" || scope.level === "VILLAGE" ? { id: scope.id, name: scope.name } : null;
  let defaultUnion: PickedOrg | null = null;
  if (sp.unionOrgId && /^\d{1,9}$/.test(sp.unionOrgId)) {
    const org = await resolveScopeRoot(actor, Number(sp.unionOrgId)).catch(() => null);
    if (org && (org.kind === "INDEPENDENT" || org.kind === "JOINT")) defaultUnion = { id: org.id, name: org.name };
  }
  return (
    <FormPage
      title="登记企业"
      description={`在“${scope.name}”范围内登记。所在地须为镇（街道）或村（社区）；尚未建会的企业不选所属工会。`}
      breadcrumbs={[{ label: "企业名录", href: "/enterprises" }, { label: "登记企业" }]}
      refusal={readOnlyRefusal(actor, "不能登记企业。")}
    >
      <EnterpriseForm mode="create" scopeId={scope.id} defaultArea={defaultArea} defaultUnion={defaultUnion} />
    </FormPage>
  );
}
