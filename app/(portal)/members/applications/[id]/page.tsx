// /members/applications/{id} — one 网上入会 application: accept (choosing the union) or decline.
import type { Metadata } from "next";
import { getApplication } from "@/lib/members/join";
import { MEMBER_APPLICATION_STATUS_LABELS } from "@/lib/members/labels";
import { orNotFound, requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { GroupTags } from "@/components/members/member-badges";
import { ApplicationDecision } from "@/components/members/application-decision";
import { formatDate } from "@/components/format";
import Link from "next/link";

export const metadata: Metadata = { title: "网上入会申请" };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const a = await orNotFound(getApplication(actor, (await params).id));
  return (
    <>
      <PageHeader
        title={`入会申请 ${a.number}`}
        badge={<Badge tone={a.status === "PENDING" ? "amber" : a.status === "ACCEPTED" ? "green" : "neutral"}>{MEMBER_APPLICATION_STATUS_LABELS[a.status]}</Badge>}
        breadcrumbs={[{ label: "会员管理", href: "/members" }, { label: "网上入会申请", href: "/members/applications" }, { label: a.name }]}
      />
      <InfoCard
        title="申请信息"
        className="mb-4"
        items={[
          { label: "姓名", value: a.name },
          { label: "身份证号", value: <span className="font-mono">{a.idMasked}</span> },
          { label: "手机号", value: a.phone },
          { label: "工作单位或平台", value: a.employer },
          { label: "人员类别", value: <GroupTags groups={a.groups} /> },
          { label: "工作所在镇（街道）", value: a.townName },
          { label: "受理工会", value: a.orgName },
          { label: "提交时间", value: formatDate(a.submittedAt.slice(0, 10)) },
          ...(a.decidedAt ? [{ label: "办理时间", value: formatDate(a.decidedAt.slice(0, 10)) }] : []),
          ...(a.declineReason ? [{ label: "不同意的原因", value: a.declineReason }] : []),
          ...(a.memberId ? [{ label: "会员档案", value: <Link href={`/members/${a.memberId}`} className="text-sky-800 underline">查看会员档案</Link> }] : []),
        ]}
      />
      {a.canDecide && (
        <Card title="办理">
          <ApplicationDecision id={a.id} name={a.name} queue={{ id: a.orgId, name: a.orgName }} />
        </Card>
      )}
    </>
  );
}
