// /reform/plans/{id}/meetings — joint meetings (联席会议) with their decisions, each tracked (督办).
import type { Metadata } from "next";
import { getPlan, listMeetings } from "@/lib/reform/queries";
import type { PlanDto } from "@/lib/reform/schema";
import { DECISION_STATUS_LABELS } from "@/lib/reform/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { DecisionDone } from "@/components/reform/decision-done";
import { PlanTabs } from "../plan-nav";

export const metadata: Metadata = { title: "联席会议" };

export default async function MeetingsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const plan = (await orNotFound(getPlan(actor, id))) as PlanDto;
  const { data } = await listMeetings(actor, id);
  return (
    <>
      <PageHeader title={plan.title} description={`${plan.orgName} · ${plan.year}年`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: plan.title, href: `/reform/plans/${id}` }, { label: "联席会议" }]} actions={plan.canManage ? <ButtonLink href={`/reform/plans/${id}/meetings/new`} variant="primary">记录会议</ButtonLink> : undefined} />
      <PlanTabs id={id} current="meetings" />
      {data.length === 0 ? (
        <EmptyState title="暂无联席会议记录" description={plan.canManage ? "点击“记录会议”登记会议纪要和议定事项，议定事项列入督办。" : "制定单位记录的联席会议和议定事项将显示在这里。"} />
      ) : (
        data.map((m) => (
          <Card key={m.id} title={m.title} description={`${m.heldOn} · 参会单位 ${m.attendees.length} 个`} className="mb-4">
            {m.minutes && <p className="mb-3 whitespace-pre-wrap text-sm">{m.minutes}</p>}
            <p className="mb-2 text-xs text-muted">参会单位：{m.attendees.map((u) => u.name).join("、") || "—"}</p>
            <h3 className="mb-1 text-sm font-medium">议定事项</h3>
            {m.decisions.length === 0 ? (
              <p className="text-sm text-muted">无</p>
            ) : (
              <ul className="divide-y divide-line text-sm">
                {m.decisions.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center gap-x-3 py-2">
                    <Badge tone={d.status === "DONE" ? "green" : d.status === "LATE" ? "red" : "blue"}>{DECISION_STATUS_LABELS[d.status]}</Badge>
                    <span className="flex-1">{d.content}</span>
                    <span className="text-muted">{d.ownerUnit.name}</span>
                    <span className="tabular-nums text-muted">{d.doneOn ? `${d.doneOn} 办结` : `${d.dueOn} 前`}</span>
                    {plan.canManage && <DecisionDone id={d.id} done={!!d.doneOn} content={d.content} />}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))
      )}
    </>
  );
}
