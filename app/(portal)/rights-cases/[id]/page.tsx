// /rights-cases/{id} — one case: who, what kind, its limits and history; the facts on request; the next step.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { RIGHTS_ACTS, RIGHTS_CHANNEL_LABELS, RIGHTS_KIND_LABELS, RIGHTS_REFERRAL_LABELS, RIGHTS_STATUS_LABELS } from "@/lib/rights-cases/labels";
import { getCase, getParentOf } from "@/lib/rights-cases/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, InfoCard } from "@/components/ui/card";
import { Timeline } from "@/components/ui/timeline";
import { formatDate, text } from "@/components/format";
import { formatYuan } from "@/lib/money";
import { AcceptForm, CloseCaseForm, FollowUpForm, HandoverForm, ReferForm, RevealFacts } from "@/components/rights-cases/case-actions";

export const metadata: Metadata = { title: "维权工单" };

export default async function RightsCasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const r = await orNotFound(getCase(actor, (await params).id));
  const writable = canWrite(actor);
  const can = (act: keyof typeof RIGHTS_ACTS) => writable && (RIGHTS_ACTS[act] as readonly string[]).includes(r.status);
  const parent = can("handover") ? await getParentOf(r.handlingOrgId) : null;
  const title = `${RIGHTS_KIND_LABELS[r.kind]} · ${r.applicantName}`;
  return (
    <>
      <PageHeader
        title={title}
        description={`接收：${r.receivingOrgName} · 办理：${r.handlingOrgName}`}
        badge={r.overdue ? <Badge tone="red">超期</Badge> : <Badge tone={r.closedOn ? "green" : "blue"}>{RIGHTS_STATUS_LABELS[r.status]}</Badge>}
        breadcrumbs={[{ label: "维权服务", href: "/rights-cases" }, { label: title }]}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <InfoCard
          title="工单信息"
          className="lg:col-span-2"
          items={[
            { label: "职工", value: `${r.applicantName}${r.isMember ? "（会员）" : "（非会员）"}` },
            { label: "类别 · 渠道", value: `${RIGHTS_KIND_LABELS[r.kind]} · ${RIGHTS_CHANNEL_LABELS[r.channel]}` },
            { label: "涉及职工", value: `${r.workers} 人` },
            { label: "接收日期", value: formatDate(r.receivedOn) },
            { label: "受理时限", value: `${formatDate(r.acknowledgeBy)} 前${r.acceptedOn ? `（${formatDate(r.acceptedOn)} 已受理）` : ""}` },
            { label: "办结时限", value: `${formatDate(r.resolveBy)} 前` },
            { label: "转办", value: r.referral ? `${RIGHTS_REFERRAL_LABELS[r.referral]}（${r.referralRef}）` : "—" },
            { label: "办结", value: r.closedOn ? `${formatDate(r.closedOn)}，用时 ${r.workingDaysToClose} 个工作日${r.onTime ? "，按时" : "，超时"}` : "—" },
            { label: "追回金额", value: formatYuan(r.moneyRecovered) },
            { label: "回访满意度", value: r.satisfaction ? `${r.satisfaction} 分` : text(null) },
          ]}
        />
        <Card title="办理过程">
          <Timeline label="办理过程" items={r.events.map((e) => ({ date: e.on, text: e.text }))} />
        </Card>
      </div>
      {actor.role !== "LEADER" && (
        <Card title="案情" className="mt-4">
          <RevealFacts caseId={r.id} />
        </Card>
      )}
      {writable && (can("accept") || can("handover") || can("refer") || can("close") || can("followUp")) && (
        <Card title="办理" className="mt-4" bodyClassName="space-y-4 p-5">
          {can("accept") && <AcceptForm caseId={r.id} min={r.receivedOn} />}
          {can("refer") && <ReferForm caseId={r.id} />}
          {can("close") && <CloseCaseForm caseId={r.id} money={r.kind === "WAGE_ARREARS" || r.kind === "DISPUTE_MEDIATION" || r.kind === "WORK_INJURY"} />}
          {can("followUp") && <FollowUpForm caseId={r.id} />}
          {can("handover") && <HandoverForm caseId={r.id} scopeId={actor.orgId} parent={parent} />}
        </Card>
      )}
    </>
  );
}
