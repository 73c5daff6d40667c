// /honours/{id}/edit — correct an honour (the holder stays; a wrong holder is deleted and entered again).
import type { Metadata } from "next";
import { getHonour } from "@/lib/honours/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { HonourForm } from "@/components/honours/honour-form";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑荣誉" };

export default async function EditHonourPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const h = await orNotFound(getHonour(actor, (await params).id));
  const label = `${h.memberName ?? h.teamName} · ${h.titleText}`;
  return (
    <FormPage title={`编辑荣誉：${label}`} breadcrumbs={[{ label: "劳模工匠", href: "/honours" }, { label, href: `/honours/${h.id}` }, { label: "编辑" }]} refusal={readOnlyRefusal(actor, "不能修改荣誉。")}>
      <HonourForm mode="edit" honour={h} />
    </FormPage>
  );
}
