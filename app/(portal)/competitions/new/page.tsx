// /competitions/new — record a competition in the current scope.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { CompetitionForm } from "@/components/competitions/competition-form";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "新建竞赛" };

export default async function NewCompetitionPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader title="新建竞赛" description={`在“${scope.name}”范围内登记；保存后可登记或导入参赛选手。`} breadcrumbs={[{ label: "劳动和技能竞赛", href: "/competitions" }, { label: "新建竞赛" }]} />
      <Card>
        {canWrite(actor) ? (
          <CompetitionForm mode="create" scopeId={scope.id} defaultOrg={{ id: String(scope.id), name: scope.name }} />
        ) : (
          <Alert tone="warning">您的账号为只读，不能新建竞赛。</Alert>
        )}
      </Card>
    </>
  );
}
