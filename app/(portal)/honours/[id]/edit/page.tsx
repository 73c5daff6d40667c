// /honours/{id}/edit — correct an honour (the holder stays; a wrong holder is deleted and entered again).
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getHonour } from "@/lib/honours/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { HonourForm } from "@/components/honours/honour-form";

export const metadata: Metadata = { title: "编辑荣誉" };

export default async function EditHonourPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const h = await orNotFound(getHonour(actor, (await params).id));
  const label = `${h.memberName ?? h.teamName} · ${h.titleText}`;
  return (
    <>
      <PageHeader title={`编辑荣誉：${label}`} breadcrumbs={[{ label: "劳模工匠", href: "/honours" }, { label, href: `/honours/${h.id}` }, { label: "编辑" }]} />
      <Card>{canWrite(actor) ? <HonourForm mode="edit" honour={h} /> : <Alert tone="warning">您的账号为只读，不能修改荣誉。</Alert>}</Card>
    </>
  );
}
