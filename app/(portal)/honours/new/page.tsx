// /honours/new — record an honour (personal or collective).
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { HonourForm } from "@/components/honours/honour-form";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "登记荣誉" };

export default async function NewHonourPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title="登记荣誉" description={`在“${scope.name}”范围内登记个人或集体荣誉。`} breadcrumbs={[{ label: "劳模工匠", href: "/honours" }, { label: "登记荣誉" }]} refusal={readOnlyRefusal(actor, "不能登记荣誉。")}>
      <HonourForm mode="create" scopeId={scope.id} />
    </FormPage>
  );
}
