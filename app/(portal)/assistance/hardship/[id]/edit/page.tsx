// /assistance/hardship/{id}/edit — correct an open file's facts (the narrative is replaced, never shown here).
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getHardshipFile } from "@/lib/hardship/queries";
import { HardshipFileSchema } from "@/lib/hardship/schema";
import { isOpen } from "@/lib/hardship/workflow";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { HardshipForm } from "@/components/assistance/hardship-form";
import { pickShape } from "@/components/pick";

export const metadata: Metadata = { title: "编辑困难职工档案" };

export default async function EditHardshipPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const f = await orNotFound(getHardshipFile(actor, (await params).id));
  let body: React.ReactNode;
  if (!canWrite(actor)) body = <Alert tone="warning">您的账号为只读，不能修改档案。</Alert>;
  else if (!isOpen(f.status)) body = <Alert tone="warning">已解困或已关闭的档案不能修改。</Alert>;
  else body = <HardshipForm mode="edit" file={pickShape(HardshipFileSchema, f)} />;
  return (
    <>
      <PageHeader
        title={`编辑档案：${f.memberName}`}
        breadcrumbs={[{ label: "困难帮扶", href: "/assistance" }, { label: "困难职工档案", href: "/assistance/hardship" }, { label: f.memberName, href: `/assistance/hardship/${f.id}` }, { label: "编辑" }]}
      />
      <Card>{body}</Card>
    </>
  );
}
