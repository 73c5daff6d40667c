// /competitions/{id}/edit — correct a competition.
import type { Metadata } from "next";
import { getCompetition } from "@/lib/competitions/queries";
import { CompetitionSchema } from "@/lib/competitions/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { CompetitionForm } from "@/components/competitions/competition-form";
import { pickShape } from "@/components/pick";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑竞赛" };

export default async function EditCompetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const c = await orNotFound(getCompetition(actor, (await params).id));
  return (
    <FormPage title={`编辑竞赛：${c.name}`} breadcrumbs={[{ label: "劳动和技能竞赛", href: "/competitions" }, { label: c.name, href: `/competitions/${c.id}` }, { label: "编辑" }]} refusal={readOnlyRefusal(actor, "不能修改竞赛信息。")}>
      <CompetitionForm mode="edit" scopeId={actor.orgId} competition={pickShape(CompetitionSchema, c)} />
    </FormPage>
  );
}
