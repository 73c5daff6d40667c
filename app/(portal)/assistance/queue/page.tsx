// /assistance/queue — 待办: what awaits this user's action in the current scope:
// grants to submit, review, approve, put on notice or pay (as the workflow
// table allows them), and hardship files due for re-check or verification.
import type { Metadata } from "next";
import { getQueue } from "@/lib/assistance/queue";
import { PENDING_LABELS } from "@/lib/assistance/grant-workflow";
import { GRANT_KIND_LABELS } from "@/lib/assistance/labels";
import { HARDSHIP_CATEGORY_LABELS } from "@/lib/hardship/labels";
import type { GrantDto } from "@/lib/assistance/schema";
import type { HardshipFileDto } from "@/lib/hardship/schema";
import { canWrite } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { GrantStatusBadge } from "@/components/assistance/badges";
import { formatDate } from "@/components/format";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";
import { formatYuan } from "@/lib/money";

export const metadata: Metadata = { title: "待办" };

const HINTS: Record<string, string> = {
  submit: "草稿，提交后由镇（街道）工会审核",
  review: "已提交，待镇（街道）及以上工会审核",
  approve: "已审核，待县（区）总工会审批",
  "start-notice": "已审批，待开始公示",
  disburse: "公示期满，可以发放",
};

export default async function QueuePage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const q = await getQueue(actor, { orgId: scope.id });

  const grantColumns = (action: string): Column<GrantDto>[] => [
    { key: "member", header: "救助对象", rowHeader: true, cell: (g) => <RecordLink href={`/assistance/grants/${g.id}`}>{g.memberName}</RecordLink> },
    { key: "kind", header: "类别", className: "c-nowrap", cell: (g) => GRANT_KIND_LABELS[g.kind] },
    { key: "amount", header: "金额", className: "c-amt", cell: (g) => formatYuan(g.amount) },
    { key: "org", header: "所在工会", cell: (g) => <span className="block max-w-[16rem] truncate" title={g.orgName}>{g.orgName}</span> },
    { key: "status", header: "状态", cell: (g) => <GrantStatusBadge status={g.status} /> },
    { key: "since", header: action === "disburse" ? "公示截止" : "等待自", className: "c-num", cell: (g) => action === "disburse" ? g.noticeEndsOn : formatDate(g.updatedAt) },
  ];
  const fileColumns: Column<HardshipFileDto>[] = [
    { key: "member", header: "姓名", rowHeader: true, cell: (f) => <RecordLink href={`/assistance/hardship/${f.id}`}>{f.memberName}</RecordLink> },
    { key: "category", header: "类别", cell: (f) => HARDSHIP_CATEGORY_LABELS[f.category] },
    { key: "org", header: "所在工会", cell: (f) => <span className="block max-w-[16rem] truncate" title={f.orgName}>{f.orgName}</span> },
    { key: "verified", header: "末次核实", cell: (f) => <span className="tabular-nums">{formatDate(f.lastVerifiedOn)}</span> },
    { key: "next", header: "应复核日期", cell: (f) => <span className="tabular-nums">{formatDate(f.nextReviewOn ?? f.createdAt)}</span> },
  ];
  const total = q.grants.reduce((s, g) => s + g.total, 0) + q.reviewDue.total + q.pendingVerification.total;

  return (
    <>
      <PageHeader title="待办" description={`${scope.name} · 截至 ${q.today}，需要您办理的事项共 ${total} 件`} />
      {!canWrite(actor) && <Alert className="mb-4">您的账号为只读，没有需要办理的事项。</Alert>}
      {q.inNotice > 0 && <p className="mb-4 text-sm text-muted">另有 {q.inNotice} 件申请正在公示，公示期满后出现在“待发放”中。</p>}
      <div className="space-y-4">
        {q.grants
          .filter((g) => g.total > 0)
          .map((g) => (
            <Card key={g.action} title={`${PENDING_LABELS[g.action]}（${g.total}）`} description={HINTS[g.action]} bodyClassName="p-0">
              <DataTable caption={`${PENDING_LABELS[g.action]}的申请`} columns={grantColumns(g.action)} rows={g.data} rowKey={(x) => x.id} />
              {g.total > g.data.length && <p className="border-t border-line px-5 py-2 text-sm text-muted">仅显示最早的 {g.data.length} 件。</p>}
            </Card>
          ))}
        {q.reviewDue.total > 0 && (
          <Card title={`复核到期（${q.reviewDue.total}）`} description="在档超过12个月未核实的困难职工档案，请入户复核" bodyClassName="p-0">
            <DataTable caption="复核到期的档案" columns={fileColumns} rows={q.reviewDue.data} rowKey={(f) => f.id} />
          </Card>
        )}
        {q.pendingVerification.total > 0 && (
          <Card title={`待核实建档（${q.pendingVerification.total}）`} description="新建档案，入户走访核实后转为在档" bodyClassName="p-0">
            <DataTable caption="待核实的档案" columns={fileColumns} rows={q.pendingVerification.data} rowKey={(f) => f.id} />
          </Card>
        )}
        {total === 0 && (
          <Card>
            <EmptyState title="暂无待办事项" description="需要您提交、审核、审批、公示或发放的申请，以及到期复核的档案会出现在这里。" />
          </Card>
        )}
      </div>
    </>
  );
}
