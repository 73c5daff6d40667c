// /assist-orders/{id} — one order: the need, its timeline, visits and outcome, and the next step.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getOrder } from "@/lib/assist-orders/queries";
import { proposeCandidates } from "@/lib/assist-orders/matching";
import { ASSIST_TRADE_LABELS, ASSIST_URGENCY_LABELS } from "@/lib/assist-orders/labels";
import { STUDIO_KIND_LABELS } from "@/lib/studios/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import { Timeline } from "@/components/ui/timeline";
import { formatDate, formatNumber, text } from "@/components/format";
import { formatYuan } from "@/lib/money";
import { StatusBadge } from "@/components/assist-orders/status-badge";
import { CancelButton, CloseForm, DispatchPanel, VisitForm } from "@/components/assist-orders/order-actions";

export const metadata: Metadata = { title: "助企行工单" };

export default async function AssistOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const r = await orNotFound(getOrder(actor, (await params).id));
  const writable = canWrite(actor);
  const open = r.status === "OPEN" || r.status === "DISPATCHED";
  const candidates = writable && open ? await proposeCandidates(actor, r.id) : [];
  return (
    <>
      <PageHeader
        title={r.title}
        description={`${r.enterpriseName} · 受理：${r.orgName}`}
        badge={<StatusBadge status={r.status} />}
        breadcrumbs={[{ label: "劳模工匠助企行", href: "/assist-orders" }, { label: r.title }]}
        actions={writable && open ? <CancelButton orderId={r.id} /> : undefined}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <InfoCard
          title="企业需求"
          className="lg:col-span-2"
          items={[
            { label: "企业", value: r.enterpriseName },
            { label: "技术领域", value: `${ASSIST_TRADE_LABELS[r.trade]} · ${r.field}` },
            { label: "紧急程度", value: ASSIST_URGENCY_LABELS[r.urgency] },
            { label: "希望的工作室类型", value: r.preferredStudioKind ? STUDIO_KIND_LABELS[r.preferredStudioKind] : "不限" },
            { label: "联系人", value: `${r.contactName} ${r.contactPhone}` },
            { label: "下单日期", value: formatDate(r.requestedOn) },
            { label: "接单", value: r.assignee ? `${r.assignee.name}（${r.assignee.orgName}）` : "尚未派单" },
            { label: "派单说明", value: text(r.dispatchNote) },
            { label: "问题描述", value: r.description, wide: true },
          ]}
        />
        <Card title="时间线">
          <Timeline label="工单时间线" items={r.timeline} />
        </Card>
      </div>
      {r.status === "CLOSED" && (
        <InfoCard
          title="服务成效"
          className="mt-4"
          columns={3}
          items={[
            { label: "解决问题", value: `${formatNumber(r.problemsSolved)} 个` },
            { label: "培训职工", value: `${formatNumber(r.workersTrained)} 人` },
            { label: "经济效益", value: formatYuan(r.benefit) },
            { label: "企业评价", value: `${r.rating ?? "—"} 分` },
            { label: "办结日期", value: formatDate(r.closedOn) },
            { label: "成效说明", value: text(r.outcomeNote) },
          ]}
        />
      )}
      {r.status === "CANCELLED" && (
        <Card title="已撤销" className="mt-4">
          <p className="text-sm">{text(r.cancelReason)}</p>
        </Card>
      )}
      <Card title="上门服务记录" className="mt-4" description={`共 ${r.visits.length} 次`}>
        {r.visits.length === 0 ? (
          <p className="text-sm text-muted">暂无上门服务记录。</p>
        ) : (
          <ul className="divide-y divide-line">
            {r.visits.map((v) => (
              <li key={v.id} className="py-2 text-sm">
                <span className="tabular-nums text-muted">{formatDate(v.visitedOn)}</span> · {v.visitors} · {v.hours} 小时{v.content ? ` · ${v.content}` : ""}
              </li>
            ))}
          </ul>
        )}
        {writable && r.status === "DISPATCHED" && (
          <div className="mt-4 border-t border-line pt-4">
            <VisitForm orderId={r.id} team={r.team} />
          </div>
        )}
      </Card>
      {writable && r.status === "DISPATCHED" && r.visits.length > 0 && (
        <Card title="办结" className="mt-4" description="记录解决的问题、培训的职工、经济效益和企业评价">
          <CloseForm orderId={r.id} />
        </Card>
      )}
      {writable && open && (
        <Card title={r.status === "OPEN" ? "派单" : "改派"} className="mt-4" description="领域相符者优先，再按同镇（街道）、同县（区）、同市由近及远；只推荐本单位范围内的人员">
          <DispatchPanel orderId={r.id} candidates={candidates} minDate={r.requestedOn} />
        </Card>
      )}
    </>
  );
}
