// /assistance/grants/{id}/edit — edit a draft (only drafts, only the side that asks).
import type { Metadata } from "next";
import { getGrant } from "@/lib/assistance/grants";
import { listPolicies } from "@/lib/assistance/policies";
import { GrantSchema } from "@/lib/assistance/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { GrantForm } from "@/components/assistance/grant-form";
import { pickShape } from "@/components/pick";
import { FormPage } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑救助申请" };

export default async function EditGrantPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const g = await orNotFound(getGrant(actor, (await params).id));
  const policies = await listPolicies(actor);
  const editable = g.status === "DRAFT" && g.allowedActions.includes("withdraw");
  const refusal = editable ? null : g.status === "DRAFT" ? "只有申请方（录入、提交人员或会员所在工会）可以修改草稿。" : "只有草稿可以修改；已提交的申请请按流程审核或撤回。";
  return (
    <FormPage
      title={`编辑申请：${g.memberName}`}
      breadcrumbs={[{ label: "困难帮扶", href: "/assistance" }, { label: "救助申请", href: "/assistance/grants" }, { label: g.memberName, href: `/assistance/grants/${g.id}` }, { label: "编辑" }]}
      refusal={refusal}
    >
      <GrantForm mode="edit" grant={pickShape(GrantSchema, g)} policies={policies} />
    </FormPage>
  );
}
