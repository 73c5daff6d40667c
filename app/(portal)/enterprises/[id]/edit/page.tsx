// /enterprises/{id}/edit — correct an enterprise's facts, location or union.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getEnterprise } from "@/lib/enterprises/queries";
import { EnterpriseSchema } from "@/lib/enterprises/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { EnterpriseForm } from "@/components/enterprises/enterprise-form";
import { pickShape } from "@/components/pick";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "编辑企业" };

export default async function EditEnterprisePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const e = await orNotFound(getEnterprise(actor, (await params).id));
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title={`编辑企业：${e.name}`} breadcrumbs={[{ label: "企业名录", href: "/enterprises" }, { label: e.name, href: `/enterprises/${e.id}` }, { label: "编辑" }]} />
      <Card>
        {canWrite(actor) ? (
          <EnterpriseForm mode="edit" scopeId={scope.id} enterprise={pickShape(EnterpriseSchema, e)} />
        ) : (
          <Alert tone="warning">您的账号为只读，不能修改企业信息。</Alert>
        )}
      </Card>
    </>
  );
}
