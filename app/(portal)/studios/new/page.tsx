// /studios/new — name an innovation studio.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { StudioForm } from "@/components/studios/studio-form";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "命名工作室" };

export default async function NewStudioPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title="命名创新工作室" breadcrumbs={[{ label: "创新工作室", href: "/studios" }, { label: "命名工作室" }]} />
      <Card>{canWrite(actor) ? <StudioForm mode="create" scopeId={scope.id} /> : <Alert tone="warning">您的账号为只读，不能命名工作室。</Alert>}</Card>
    </>
  );
}
