// /enterprises/{id} — one enterprise: facts, its union, and the collective contracts covering it.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getEnterprise, type EnterpriseDetail } from "@/lib/enterprises/queries";
import { CONTRACT_KIND_LABELS } from "@/lib/contracts/labels";
import { ORG_KIND_LABELS } from "@/lib/orgs/labels";
import { OWNERSHIP_LABELS } from "@/lib/yearbook/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoList } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, clip, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ContractStatusBadge } from "@/components/contracts/contract-badges";
import { formatDate, formatNumber, text } from "@/components/format";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "企业详情" };

type Covering = EnterpriseDetail["contracts"][number];

export default async function EnterprisePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const e = await orNotFound(getEnterprise(actor, (await params).id));

  const columns: Column<Covering>[] = [
    {
      key: "title",
      header: "合同名称",
      rowHeader: true,
      className: "min-w-[16rem]",
      cell: (c) =>
        c.visible ? (
          <RecordLink href={`/contracts/${c.id}`}>{c.title}</RecordLink>
        ) : (
          <span title="由上级或其他单位工会签订">{c.title}</span>
        ),
    },
    { key: "kind", header: "类型", cell: (c) => CONTRACT_KIND_LABELS[c.kind] },
    { key: "party", header: "工会方", cell: (c) => clip(c.orgName) },
    {
      key: "term",
      header: "期限",
      className: "c-num",
      cell: (c) => (c.effectiveFrom ? `${formatDate(c.effectiveFrom)} 至 ${formatDate(c.effectiveTo)}` : "—"),
    },
    { key: "status", header: "状态", cell: (c) => (c.inForce ? <Badge tone="green">有效期内</Badge> : <ContractStatusBadge status={c.status} />) },
    { key: "workers", header: "覆盖职工", className: "c-amt", cell: (c) => formatNumber(c.workerCount) },
  ];

  const inForce = e.contracts.filter((c) => c.inForce).length;

  return (
    <>
      <PageHeader
        title={e.name}
        badge={e.unionOrgId ? <Badge tone="green">已建会</Badge> : <Badge tone="amber">未建会</Badge>}
        description={e.areaPath.map((p) => p.name.replace(/(总工会|工会联合会|工会)$/, "")).join(" · ")}
        breadcrumbs={[{ label: "企业名录", href: "/enterprises" }, { label: e.name }]}
        actions={canWrite(actor) ? <ButtonLink href={`/enterprises/${e.id}/edit`}>编辑</ButtonLink> : undefined}
      />
      <Card title="企业信息">
        <InfoList
          items={[
            { label: "企业名称", value: e.name },
            { label: "统一社会信用代码", value: <span className="font-mono">{text(e.creditCode)}</span> },
            { label: "职工人数", value: `${formatNumber(e.workerCount)} 人` },
            { label: "单位性质", value: e.ownership ? OWNERSHIP_LABELS[e.ownership] : "未填写（工会统计年报需要）" },
            { label: "所在地", value: e.areaName },
            {
              label: "所属工会",
              value: e.unionOrgId ? (
                <>
                  <RecordLink href={`/orgs/${e.unionOrgId}`}>{e.unionName}</RecordLink>
                  {e.unionKind && <span className="ml-2 text-sm text-muted">{ORG_KIND_LABELS[e.unionKind]}</span>}
                </>
              ) : (
                "尚未建会"
              ),
            },
            { label: "集体合同", value: inForce ? `${inForce} 份在有效期内` : "目前没有有效期内的集体合同" },
          ]}
        />
        <p className="mt-4 border-t border-line pt-3 text-xs text-muted">
          登记时间 {formatDate(e.createdAt)} · 最近更新 {formatDate(e.updatedAt)}
        </p>
      </Card>
      <Card title="覆盖本企业的集体合同" className="mt-4" bodyClassName="p-0">
        <DataTable
          caption={`覆盖${e.name}的集体合同`}
          columns={columns}
          rows={e.contracts}
          rowKey={(c) => c.id}
          empty={<EmptyState title="暂无集体合同" description="本企业尚未被任何集体合同覆盖。" />}
        />
      </Card>
    </>
  );
}
