// /orgs/{id}/edit — edit an organisation's facts (level and kind are fixed).
import type { Metadata } from "next";
import { getOrganisation } from "@/lib/orgs/queries";
import { OrgSchema } from "@/lib/orgs/schema";
import { requireStaff, orNotFound, intId } from "@/lib/auth/session";
import { OrgForm } from "@/components/orgs/org-form";
import { pickShape } from "@/components/pick";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑组织" };

export default async function EditOrgPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const org = await orNotFound(getOrganisation(actor, intId((await params).id)));
  const crumbs = [...org.breadcrumbs.map((b) => ({ label: b.name, href: `/orgs/${b.id}` })), { label: "编辑" }];
  const plain = pickShape(OrgSchema, org); // just the Org fields, for the client form
  const refusal = readOnlyRefusal(actor, "不能修改组织信息。") ?? (actor.role === "ADMIN" || org.id !== actor.orgId ? null : "本级组织信息由上级工会维护，您不能修改。");
  return (
    <FormPage title={`编辑：${org.name}`} breadcrumbs={crumbs} refusal={refusal}>
      <OrgForm mode="edit" org={plain} />
    </FormPage>
  );
}
