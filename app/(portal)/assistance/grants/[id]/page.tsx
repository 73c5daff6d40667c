// /assistance/grants/{id} — one grant: facts, the timeline of its workflow, its
// ledger entries, details on request (audited), and buttons for exactly the
// steps this user may take now.
import type { Metadata } from "next";
import { getGrant, type GrantDetail } from "@/lib/assistance/grants";
import { listPolicies } from "@/lib/assistance/policies";
import { GRANT_CHANNEL_LABELS, GRANT_KIND_LABELS, GRANT_STATUS_LABELS, LEDGER_KIND_LABELS } from "@/lib/assistance/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import type { Column } from "@/components/ui/data-table";
import { RecordList } from "@/components/list/record-list";
import { GrantStatusBadge, Money } from "@/components/assistance/badges";
import { GrantActions } from "@/components/assistance/grant-actions";
import { GrantReveal } from "@/components/assistance/grant-reveal";
import { formatDate, formatDateTime, text } from "@/components/format";
import { RecordLink } from "@/components/list/record-link";
import { memberFacts } from "@/components/members/member-facts";
import { formatYuan } from "@/lib/money";

export const metadata: Metadata = { title: "救助申请" };

type Entry = GrantDetail["entries"][number];

export default async function GrantPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const g = await orNotFound(getGrant(actor, (await params).id));
  const policies = await listPolicies(actor);
  const noticeDays = policies.find((p) => p.kind === g.kind)?.noticeDays ?? 5;
  const canEdit = g.status === "DRAFT" && g.allowedActions.includes("withdraw");
  const actions = g.allowedActions.length > 0 || canEdit;

  const entryColumns: Column<Entry>[] = [
    { key: "id", header: "序号", cell: (e) => <span className="tabular-nums">{e.id}</span> },
    { key: "at", header: "时间", className: "c-num", cell: (e) => formatDateTime(e.createdAt) },
    { key: "kind", header: "类型", cell: (e) => LEDGER_KIND_LABELS[e.kind] },
    { key: "amount", header: "金额", className: "c-amt", cell: (e) => formatYuan(e.amount) },
    { key: "ref", header: "凭证号", cell: (e) => text(e.paymentRef) },
    { key: "note", header: "说明", cell: (e) => text(e.note) },
    { key: "by", header: "经办人", cell: (e) => text(e.createdByName) },
  ];

  return (
    <>
      <PageHeader
        title={`${g.memberName} · ${GRANT_KIND_LABELS[g.kind]}`}
        badge={<GrantStatusBadge status={g.status} />}
        description={
          <>
            <Money value={g.amount} className="font-semibold text-gray-900" /> · {g.year}年 · {g.orgName}
          </>
        }
        breadcrumbs={[{ label: "困难帮扶", href: "/assistance" }, { label: "救助申请", href: "/assistance/grants" }, { label: g.memberName }]}
        actions={
          actions ? (
            <GrantActions grantId={g.id} memberName={g.memberName} amount={g.amount} version={g.version} noticeDays={noticeDays} allowed={g.allowedActions} canEdit={canEdit} />
          ) : undefined
        }
      />
      {g.status === "NOTICE" && !g.allowedActions.includes("disburse") && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          公示期 {g.noticeStartsOn} 至 {g.noticeEndsOn}，期满次日起可以发放。
        </p>
      )}

      <InfoCard
        title="申请信息"
        items={[
          ...memberFacts("救助对象", g),
          { label: "所在工会", value: g.orgName },
          { label: "救助类别", value: GRANT_KIND_LABELS[g.kind] },
          { label: "救助金额", value: <Money value={g.amount} /> },
          { label: "年度", value: `${g.year}年` },
          {
            label: "困难职工档案",
            value: g.fileId ? (
              <RecordLink href={`/assistance/hardship/${g.fileId}`}>查看档案</RecordLink>
            ) : (
              "未关联"
            ),
          },
          { label: "申请渠道", value: GRANT_CHANNEL_LABELS[g.channel] },
          { label: "申请理由", value: g.reason, wide: true },
          { label: "公示期", value: g.noticeStartsOn ? `${g.noticeStartsOn} 至 ${g.noticeEndsOn}` : "—" },
          {
            label: "支出资金",
            value: g.fundId ? (
              <RecordLink href={`/assistance/funds/${g.fundId}`}>{g.fundName}</RecordLink>
            ) : (
              "—"
            ),
          },
          { label: "支付凭证号", value: <span className="font-mono">{text(g.paymentRef)}</span> },
          { label: "发放时间", value: g.disbursedAt ? formatDateTime(g.disbursedAt) : "—" },
          ...(g.decisionReason ? [{ label: g.status === "APPROVED" ? "冲正原因" : "驳回/撤回原因", value: g.decisionReason, wide: true }] : []),
        ]}
      />

      <Card title="申请详情" description="录取信息、医疗费用等加密保存，查看时记入审计日志" className="mt-4">
        {g.hasDetails ? <GrantReveal grantId={g.id} canReveal={actor.role !== "LEADER"} /> : <p className="text-sm text-muted">未填写申请详情。</p>}
      </Card>

      <Card title="办理记录" className="mt-4">
        <ol className="relative space-y-4 border-l-2 border-line pl-5">
          {g.events.map((e) => (
            <li key={e.id} className="relative">
              <span aria-hidden="true" className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand" />
              <p className="text-[15px] text-gray-900">
                {e.fromStatus ? `${GRANT_STATUS_LABELS[e.fromStatus]} → ` : ""}
                <strong>{GRANT_STATUS_LABELS[e.toStatus]}</strong>
                <span className="ml-2 text-sm text-muted">{text(e.actorName)}</span>
              </p>
              <p className="text-xs tabular-nums text-muted">{formatDateTime(e.at)}</p>
              {e.reason && <p className="mt-0.5 text-sm text-gray-700">意见/原因：{e.reason}</p>}
            </li>
          ))}
        </ol>
      </Card>

      <RecordList title="资金台账分录" caption="该申请的台账分录" columns={entryColumns} rows={g.entries} rowKey={(e) => e.id} empty="尚未发放" emptyHint="发放后此处显示台账分录；冲正也以新分录记录。" />
      <p className="mt-3 text-xs text-muted">最近更新 {formatDate(g.updatedAt)}</p>
    </>
  );
}
