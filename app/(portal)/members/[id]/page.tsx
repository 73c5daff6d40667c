// /members/{id} — one member: facts (ID number masked, reveal audited), transfers, actions.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { getMember, type MemberDetail } from "@/lib/members/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoList } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { GroupTags, MemberStatusBadge } from "@/components/members/member-badges";
import { RevealIdNumber } from "@/components/members/reveal-id-number";
import { MemberActions } from "@/components/members/member-actions";
import { RetainMembership } from "@/components/members/retain-membership";
import { TransferOut } from "@/components/members/transfer-out";
import { ActivationCodeButton } from "@/components/self-service/activation-code-button";
import { formatDate, sexLabel, text } from "@/components/format";
import { MemberHonoursSection } from "@/components/honours/member-honours-section";

export const metadata: Metadata = { title: "会员详情" };

type Transfer = MemberDetail["transfers"][number];

export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const m = await orNotFound(getMember(actor, (await params).id));
  const writable = canWrite(actor);

  const transferColumns: Column<Transfer>[] = [
    { key: "date", header: "转会日期", className: "c-num", cell: (t) => formatDate(t.transferredOn) },
    { key: "from", header: "转出工会", className: "min-w-[12rem]", cell: (t) => text(t.fromOrgName) },
    { key: "to", header: "转入工会", className: "min-w-[12rem]", cell: (t) => text(t.toOrgName) },
    { key: "reason", header: "原因", cell: (t) => text(t.reason) },
  ];

  return (
    <>
      <PageHeader
        title={m.name}
        badge={<MemberStatusBadge status={m.status} />}
        description={`${sexLabel(m.sex)} · ${m.orgName}`}
        breadcrumbs={[{ label: "会员管理", href: "/members" }, { label: m.name }]}
        actions={
          writable ? (
            <>
              <MemberActions memberId={m.id} memberName={m.name} orgId={m.orgId} orgName={m.orgName} active={m.status === "ACTIVE"} />
              {m.status === "ACTIVE" && <TransferOut memberId={m.id} memberName={m.name} orgId={m.orgId} orgName={m.orgName} />}
              {m.status === "ACTIVE" && <RetainMembership memberId={m.id} memberName={m.name} />}
            </>
          ) : undefined
        }
      />

      <Card title="会员信息">
        <InfoList
          items={[
            { label: "姓名", value: m.name },
            { label: "性别", value: sexLabel(m.sex) },
            { label: "出生年份", value: `${m.birthYear}年` },
            { label: "身份证号", value: <RevealIdNumber memberId={m.id} masked={m.idMasked} canReveal={writable} /> },
            { label: "手机号", value: <span className="tabular-nums">{m.phone}</span> },
            {
              label: "所在工会",
              value: (
                <Link href={`/orgs/${m.orgId}`} className="text-sky-800 hover:text-brand hover:underline">
                  {m.orgName}
                </Link>
              ),
            },
            { label: "入会日期", value: formatDate(m.joinedOn) },
            { label: "状态", value: m.retainedOn ? <><MemberStatusBadge status={m.status} /> {formatDate(m.retainedOn)}退休</> : <MemberStatusBadge status={m.status} /> },
            { label: "群体", value: <GroupTags groups={m.groups} /> },
            { label: "会员服务卡号", value: <span className="font-mono">{text(m.cardNo)}</span> },
            {
              label: "退会信息",
              value: m.leftOn ? `${formatDate(m.leftOn)} 退会${m.leftReason ? `，原因：${m.leftReason}` : ""}` : "—",
              wide: true,
            },
          ]}
        />
        <p className="mt-4 border-t border-line pt-3 text-xs text-muted">
          登记时间 {formatDate(m.createdAt)} · 最近更新 {formatDate(m.updatedAt)}
        </p>
      </Card>

      {writable && m.status === "ACTIVE" && (
        <Card title="会员网上服务" className="mt-4">
          <ActivationCodeButton memberId={m.id} memberName={m.name} />
        </Card>
      )}

      <Card title="转会记录" className="mt-4" bodyClassName="p-0">
        <DataTable
          caption={`${m.name}的转会记录`}
          columns={transferColumns}
          rows={m.transfers}
          rowKey={(t) => t.id}
          empty={<EmptyState title="暂无转会记录" />}
        />
      </Card>

      <MemberHonoursSection actor={actor} memberId={m.id} />
    </>
  );
}
