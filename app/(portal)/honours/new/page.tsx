// /honours/new — record an honour (personal or collective).
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { HonourForm } from "@/components/honours/honour-form";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "登记荣誉" };

export default async function NewHonourPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title="登记荣誉" description={`在“${scope.name}”范围内登记个人或集体荣誉。`} breadcrumbs={[{ label: "劳模工匠", href: "/honours" }, { label: "登记荣誉" }]} />
      <Card>{canWrite(actor) ? <HonourForm mode="create" scopeId={scope.id} /> : <Alert tone="warning">您的账号为只读，不能登记荣誉。</Alert>}</Card>
    </>
  );
}
