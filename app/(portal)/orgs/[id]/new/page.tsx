// /orgs/{id}/new — create an organisation under {id}.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getOrganisation } from "@/lib/orgs/queries";
import { requireStaff, orNotFound, intId } from "@/lib/auth/session";
import { OrgForm } from "@/components/orgs/org-form";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "新增下级组织" };

export default async function NewOrgPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const parent = await orNotFound(getOrganisation(actor, intId((await params).id)));
  if (parent.level === "GRASSROOTS") notFound();
  const crumbs = [...parent.breadcrumbs.map((b) => ({ label: b.name, href: `/orgs/${b.id}` })), { label: "新增下级组织" }];
  return (
    <FormPage title="新增下级组织" description={`上级组织：${parent.name}`} breadcrumbs={crumbs} refusal={readOnlyRefusal(actor, "不能新增组织。")}>
      <OrgForm mode="create" parent={{ id: parent.id, name: parent.name, level: parent.level }} />
    </FormPage>
  );
}
