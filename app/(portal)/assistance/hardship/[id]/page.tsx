// /assistance/hardship/{id} — one file: household facts, status with its
// allowed moves, verification visits, grants received; narratives on request.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getHardshipFile, type HardshipFileDetail } from "@/lib/hardship/queries";
import { HARDSHIP_CATEGORY_LABELS, HARDSHIP_CAUSE_LABELS, HARDSHIP_STATUS_LABELS, VISIT_CONCLUSION_LABELS } from "@/lib/hardship/labels";
import { GRANT_KIND_LABELS, GRANT_STATUS_LABELS, type GrantKind, type GrantStatus } from "@/lib/assistance/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import type { Column } from "@/components/ui/data-table";
import { RecordList } from "@/components/list/record-list";
import { FileStatusBadge, Money } from "@/components/assistance/badges";
import { HardshipActions } from "@/components/assistance/hardship-actions";
import { HardshipReveal } from "@/components/assistance/hardship-reveal";
import { formatDate } from "@/components/format";
import { RecordLink } from "@/components/list/record-link";
import { memberFacts } from "@/components/members/member-facts";
import { formatYuan } from "@/lib/money";

export const metadata: Metadata = { title: "困难职工档案" };

type Visit = HardshipFileDetail["visits"][number];
type GrantRow = HardshipFileDetail["grants"][number];

export default async function HardshipFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const f = await orNotFound(getHardshipFile(actor, (await params).id));
  const visitColumns: Column<Visit>[] = [
    { key: "date", header: "走访日期", className: "c-num", cell: (v) => formatDate(v.visitedOn) },
    { key: "who", header: "走访人员", cell: (v) => v.visitors },
    { key: "conclusion", header: "核实结论", cell: (v) => VISIT_CONCLUSION_LABELS[v.conclusion] },
    { key: "findings", header: "核实情况", cell: (v) => (v.hasFindings ? <span className="text-muted">已加密保存</span> : "—") },
  ];
  const grantColumns: Column<GrantRow>[] = [
    { key: "kind", header: "类别", cell: (g) => <RecordLink href={`/assistance/grants/${g.id}`}>{GRANT_KIND_LABELS[g.kind as GrantKind]}</RecordLink> },
    { key: "year", header: "年度", cell: (g) => g.year },
    { key: "amount", header: "金额", className: "c-amt", cell: (g) => formatYuan(g.amount) },
    { key: "status", header: "状态", cell: (g) => GRANT_STATUS_LABELS[g.status as GrantStatus] },
  ];
  return (
    <>
      <PageHeader
        title={f.memberName}
        badge={<FileStatusBadge status={f.status} reviewDue={f.reviewDue} />}
        description={`${HARDSHIP_CATEGORY_LABELS[f.category]} · ${HARDSHIP_CAUSE_LABELS[f.cause]} · ${f.orgName}`}
        breadcrumbs={[{ label: "困难帮扶", href: "/assistance" }, { label: "困难职工档案", href: "/assistance/hardship" }, { label: f.memberName }]}
        actions={canWrite(actor) ? <HardshipActions fileId={f.id} memberName={f.memberName} status={f.status} version={f.version} /> : undefined}
      />
      {f.reviewDue && (
        <p className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900">
          该档案末次核实为 {f.lastVerifiedOn ?? "—"}，已超过12个月，请入户复核并登记走访记录。
        </p>
      )}
      <InfoCard
        title="档案信息"
        items={[
          ...memberFacts("职工", f),
          { label: "困难类别", value: HARDSHIP_CATEGORY_LABELS[f.category] },
          { label: "致困原因", value: HARDSHIP_CAUSE_LABELS[f.cause] },
          { label: "家庭人口", value: `${f.householdSize} 人` },
          { label: "家庭年收入", value: <Money value={f.householdIncome} /> },
          { label: "状态", value: `${HARDSHIP_STATUS_LABELS[f.status]}${f.statusOn ? `（${f.statusOn}）` : ""}` },
          { label: "末次核实 / 下次复核", value: `${formatDate(f.lastVerifiedOn)} / ${formatDate(f.nextReviewOn)}` },
          ...(f.statusReason ? [{ label: "状态原因", value: f.statusReason, wide: true }] : []),
        ]}
      />
      <Card title="困难情况与核实情况" description="加密保存，查看时记入审计日志" className="mt-4">
        {f.hasDetails || f.visits.some((v) => v.hasFindings) ? (
          <HardshipReveal fileId={f.id} canReveal={actor.role !== "LEADER"} visits={f.visits.map((v) => ({ id: v.id, visitedOn: v.visitedOn, conclusion: v.conclusion }))} />
        ) : (
          <p className="text-sm text-muted">未填写困难情况说明。</p>
        )}
      </Card>
      <RecordList title="走访核实记录" columns={visitColumns} rows={f.visits} rowKey={(v) => v.id} empty="尚无走访记录" emptyHint="核实建档前须入户走访。" />
      <RecordList title="帮扶救助记录" columns={grantColumns} rows={f.grants} rowKey={(g) => g.id} empty="暂无帮扶救助记录" />
      <p className="mt-3 text-xs text-muted">
        建档 {formatDate(f.createdAt)} · 最近更新 {formatDate(f.updatedAt)}
      </p>
    </>
  );
}
