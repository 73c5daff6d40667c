// /assistance/hardship/{id}/edit — correct an open file's facts (the narrative is replaced, never shown here).
import type { Metadata } from "next";
import { getHardshipFile } from "@/lib/hardship/queries";
import { HardshipFileSchema } from "@/lib/hardship/schema";
import { isOpen } from "@/lib/hardship/workflow";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { HardshipForm } from "@/components/assistance/hardship-form";
import { pickShape } from "@/components/pick";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑困难职工档案" };

export default async function EditHardshipPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const f = await orNotFound(getHardshipFile(actor, (await params).id));
  const refusal = readOnlyRefusal(actor, "不能修改档案。") ?? (isOpen(f.status) ? null : "已解困或已关闭的档案不能修改。");
  return (
    <FormPage
      title={`编辑档案：${f.memberName}`}
      breadcrumbs={[{ label: "困难帮扶", href: "/assistance" }, { label: "困难职工档案", href: "/assistance/hardship" }, { label: f.memberName, href: `/assistance/hardship/${f.id}` }, { label: "编辑" }]}
      refusal={refusal}
    >
      <HardshipForm mode="edit" file={pickShape(HardshipFileSchema, f)} />
    </FormPage>
  );
}
