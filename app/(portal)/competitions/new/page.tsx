// /competitions/new — record a competition in the current scope.
import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/session";
import { CompetitionForm } from "@/components/competitions/competition-form";
import { getScopeRoot } from "../../scope";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "新建竞赛" };

export default async function NewCompetitionPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <FormPage title="新建竞赛" description={`在“${scope.name}”范围内登记；保存后可登记或导入参赛选手。`} breadcrumbs={[{ label: "劳动和技能竞赛", href: "/competitions" }, { label: "新建竞赛" }]} refusal={readOnlyRefusal(actor, "不能新建竞赛。")}>
      <CompetitionForm mode="create" scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} />
    </FormPage>
  );
}
