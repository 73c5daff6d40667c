// /enterprises/{id}/edit — correct an enterprise's facts, location or union.
import type { Metadata } from "next";
import { getEnterprise } from "@/lib/enterprises/queries";
import { EnterpriseSchema } from "@/lib/enterprises/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { EnterpriseForm } from "@/components/enterprises/enterprise-form";
import { pickShape } from "@/components/pick";
import { getScopeRoot } from "../../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑企业" };

export default async function EditEnterprisePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const e = await orNotFound(getEnterprise(actor, (await params).id));
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title={`编辑企业：${e.name}`} breadcrumbs={[{ label: "企业名录", href: "/enterprises" }, { label: e.name, href: `/enterprises/${e.id}` }, { label: "编辑" }]} refusal={readOnlyRefusal(actor, "不能修改企业信息。")}>
      <EnterpriseForm mode="edit" scopeId={scope.id} enterprise={pickShape(EnterpriseSchema, e)} />
    </FormPage>
  );
}
