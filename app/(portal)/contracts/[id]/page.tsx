// /contracts/{id} — one collective contract: parties and dates, the enterprises
// it covers, its history, and the lifecycle steps the user may take now.
import type { Metadata } from "next";
import Link from "next/link";
import { getContract } from "@/lib/contracts/queries";
import { CONTRACT_KIND_LABELS, CONTRACT_STATUS_LABELS } from "@/lib/contracts/labels";
import { todayCST } from "@/lib/dates";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { clip, type Column } from "@/components/ui/data-table";
import { RecordList } from "@/components/list/record-list";
import { ContractKindBadge, ContractStatusBadge, ExpiryTag } from "@/components/contracts/contract-badges";
import { ContractActions } from "@/components/contracts/contract-actions";
import { LifecycleSteps } from "@/components/contracts/lifecycle-steps";
import { formatDate, formatNumber, text } from "@/components/format";
import type { ContractDetail } from "@/lib/contracts/schema";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "集体合同详情" };

type Covered = ContractDetail["coverage"][number];

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const c = await orNotFound(getContract(actor, (await params).id));
  const today = todayCST();

  const columns: Column<Covered>[] = [
    {
      key: "name",
      header: "企业名称",
      rowHeader: true,
      className: "min-w-[14rem]",
      cell: (e) =>
        e.visible ? (
          <RecordLink href={`/enterprises/${e.enterpriseId}`}>{e.name}</RecordLink>
        ) : (
          e.name
        ),
    },
    { key: "code", header: "统一社会信用代码", className: "c-mono", cell: (e) => text(e.creditCode) },
    { key: "area", header: "所在地", cell: (e) => <span className="block max-w-[12rem] truncate" title={e.areaName}>{e.areaName}</span> },
    { key: "union", header: "所属工会", cell: (e) => clip(e.unionName) },
    { key: "workers", header: "职工人数（签订时）", className: "c-amt", cell: (e) => formatNumber(e.workerCount) },
  ];

  const votes = c.votesFor !== null ? `赞成 ${c.votesFor} 票，反对 ${c.votesAgainst} 票，弃权 ${c.votesAbstain} 票` : null;

  return (
    <>
      <PageHeader
        title={c.title}
        badge={
          <>
            <ContractKindBadge kind={c.kind} />
            <ContractStatusBadge status={c.status} lapsed={c.lapsed} />
            {c.expiringSoon && <ExpiryTag effectiveTo={c.effectiveTo} today={today} />}
          </>
        }
        description={`${CONTRACT_KIND_LABELS[c.kind]} · ${c.orgName} 与 ${c.employerParty}`}
        breadcrumbs={[{ label: "集体合同", href: "/contracts" }, { label: c.title }]}
        actions={
          <>
            {c.editable && <ButtonLink href={`/contracts/${c.id}/edit`}>编辑</ButtonLink>}
            <ContractActions id={c.id} title={c.title} status={c.status} version={c.version} transitions={c.transitions} />
          </>
        }
      />

      <Card className="mb-4" aria-label="办理进度">
        <LifecycleSteps status={c.status} />
        {c.lapsed && (
          <Alert tone="warning" className="mt-3">
            合同期限已于 {c.effectiveTo} 届满，已不再计入覆盖率。请办理续订，或标记为已到期。
          </Alert>
        )}
        {c.status === "RENEWED" && c.inForce && (
          <Alert tone="info" className="mt-3">
            已启动续订；本合同在期限（至 {c.effectiveTo}）内继续有效并计入覆盖率。
          </Alert>
        )}
      </Card>

      <InfoCard
        title="合同信息"
        items={[
          { label: "合同类型", value: CONTRACT_KIND_LABELS[c.kind] },
          { label: "当前状态", value: c.lapsed ? "已过期限（待标记为已到期）" : CONTRACT_STATUS_LABELS[c.status] },
          {
            label: "工会方",
            value: (
              <RecordLink href={`/orgs/${c.orgId}`}>{c.orgName}</RecordLink>
            ),
          },
          { label: "企业方（用人单位方）", value: c.employerParty },
          { label: "要约日期", value: formatDate(c.offeredOn) },
          { label: "职代会审议", value: c.congressOn ? `${formatDate(c.congressOn)}，${votes}` : "—" },
          { label: "签订日期", value: formatDate(c.signedOn) },
          { label: "报送审查日期", value: formatDate(c.submittedOn) },
          {
            label: "合同期限",
            value: c.effectiveFrom ? (
              <span className="inline-flex flex-wrap items-center gap-2">
                {formatDate(c.effectiveFrom)} 至 {formatDate(c.effectiveTo)}
                {c.inForce ? <Badge tone="green">今天在有效期内</Badge> : <Badge tone="neutral">今天不在有效期内</Badge>}
              </span>
            ) : (
              "—"
            ),
          },
          { label: "覆盖范围", value: `${formatNumber(c.enterpriseCount)} 家企业，职工 ${formatNumber(c.workerCount)} 人` },
          {
            label: "续订关系",
            wide: true,
            value:
              c.renewedFromId || c.renewalId ? (
                <span className="flex flex-wrap gap-4">
                  {c.renewedFromId && (
                    <Link href={`/contracts/${c.renewedFromId}`} className="link">
                      ← 上一期合同
                    </Link>
                  )}
                  {c.renewalId && (
                    <Link href={`/contracts/${c.renewalId}`} className="link">
                      续订合同 →
                    </Link>
                  )}
                </span>
              ) : (
                "—"
              ),
          },
        ]}
      />

      <RecordList
        title="覆盖企业"
        description={`${formatNumber(c.enterpriseCount)} 家，职工 ${formatNumber(c.workerCount)} 人`}
        caption={`${c.title}覆盖的企业`}
        columns={columns}
        rows={c.coverage}
        rowKey={(e) => e.enterpriseId}
        empty="没有覆盖企业"
      />

      <Card title="办理记录" className="mt-4">
        {c.events.length === 0 ? (
          <p className="text-sm text-muted">暂无办理记录。</p>
        ) : (
          <ol className="relative space-y-4 border-l border-line pl-5" aria-label="办理记录">
            {c.events.map((ev) => (
              <li key={ev.id} className="relative">
                <span aria-hidden="true" className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand" />
                <p className="text-[15px] text-gray-900">
                  <span className="tabular-nums">{formatDate(ev.on)}</span>
                  <span className="ml-2 font-medium">
                    {ev.fromStatus ? `${CONTRACT_STATUS_LABELS[ev.fromStatus]} → ${CONTRACT_STATUS_LABELS[ev.toStatus]}` : CONTRACT_STATUS_LABELS[ev.toStatus]}
                  </span>
                </p>
                {ev.note && <p className="mt-0.5 text-sm text-gray-700">{ev.note}</p>}
                <p className="mt-0.5 text-xs text-muted">{ev.actorName ? `经办：${ev.actorName}` : "历史记录"}</p>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </>
  );
}
