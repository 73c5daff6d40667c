// /members/transfers — 会籍接转: requests to the caller's unions (转入, to accept)
// and from them (转出), by status; accept or cancel with a confirmation.
import type { Metadata } from "next";
import { AppError } from "@/lib/errors";
import { TRANSFER_REQUEST_STATUS_LABELS, TRANSFER_REQUEST_STATUSES, TransferRequestListQuerySchema, type TransferRequestDto } from "@/lib/members/transfer-schema";
import { listTransferRequests } from "@/lib/members/transfers";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DataTable, clip, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { TabLinks } from "@/components/programmes/tabs";
import { TransferRequestActions } from "@/components/members/transfer-request-actions";
import { formatDate } from "@/components/format";
import { buildHref, flattenSearchParams } from "@/components/url";

export const metadata: Metadata = { title: "会籍接转" };

const PATH = "/members/transfers";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TONES = { PENDING: "amber", ACCEPTED: "green", CANCELLED: "neutral", EXPIRED: "neutral" } as const;

export default async function TransfersPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const raw = flattenSearchParams(await searchParams);
  const input = Object.fromEntries(Object.entries(raw).filter(([k]) => ["direction", "status", "page"].includes(k)));
  const parsed = TransferRequestListQuerySchema.safeParse(input);
  const q = parsed.success ? parsed.data : TransferRequestListQuerySchema.parse({});
  let problem = parsed.success ? null : "查询条件有误，已显示全部转入申请。";
  let page: Awaited<ReturnType<typeof listTransferRequests>> = { data: [], total: 0, page: 1, pageSize: 20 };
  try {
    page = await listTransferRequests(actor, q);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    problem = e.message;
  }
  const state: Record<string, string> = { direction: q.direction, ...(q.status ? { status: q.status } : {}) };
  const incoming = q.direction === "in";

  const columns: Column<TransferRequestDto>[] = [
    { key: "member", header: "会员", rowHeader: true, cell: (r) => <span>{r.memberName}</span> },
    { key: "id", header: "身份证号", className: "c-mono", cell: (r) => r.memberIdMasked },
    { key: "from", header: "转出工会", cell: (r) => clip(r.fromOrgName) },
    { key: "to", header: "转入工会", cell: (r) => clip(r.toOrgName) },
    { key: "requested", header: "发起日期", className: "c-num", cell: (r) => <>{formatDate(r.requestedAt.slice(0, 10))}{r.byMember ? "（本人）" : ""}</> },
    { key: "status", header: "状态", cell: (r) => <Badge tone={TONES[r.status]}>{TRANSFER_REQUEST_STATUS_LABELS[r.status]}</Badge> },
    { key: "reason", header: "原因", cell: (r) => <span className="block max-w-[12rem] truncate" title={r.reason ?? ""}>{r.reason ?? "—"}</span> },
    {
      key: "act",
      header: "操作",
      cell: (r) => <TransferRequestActions id={r.id} memberName={r.memberName} toOrgName={r.toOrgName} canAccept={r.canAccept} canCancel={r.canCancel} />,
    },
  ];

  return (
    <>
      <PageHeader
        title="会籍接转"
        description="跨县（区）转会：转出方发起，转入工会或其上级工会的干部接收后会籍才转移；待接收期间双方都可撤销，30天未接收自动失效。"
        breadcrumbs={[{ label: "会员管理", href: "/members" }, { label: "会籍接转" }]}
      />
      <TabLinks
        label="转入与转出"
        current={buildHref(PATH, { direction: q.direction })}
        items={[
          { href: buildHref(PATH, { direction: "in" }), label: "转入（待本方接收）" },
          { href: buildHref(PATH, { direction: "out" }), label: "转出（本方发起）" },
        ]}
      />
      <nav aria-label="按状态筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
        {[undefined, ...TRANSFER_REQUEST_STATUSES].map((s) => (
          <a
            key={s ?? "all"}
            href={buildHref(PATH, { direction: q.direction, status: s })}
            aria-current={q.status === s ? "page" : undefined}
            className={q.status === s ? "rounded-full bg-brand px-3 py-1 text-white" : "rounded-full border border-line px-3 py-1 text-gray-700 hover:bg-gray-50"}
          >
            {s ? TRANSFER_REQUEST_STATUS_LABELS[s] : "全部"}
          </a>
        ))}
      </nav>
      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}
      <Card bodyClassName="p-0">
        <DataTable
          caption={incoming ? "转入申请" : "转出申请"}
          columns={columns}
          rows={page.data}
          rowKey={(r) => r.id}
          empty={
            <EmptyState
              title={incoming ? "没有转入申请" : "没有转出申请"}
              description={incoming ? "其他工会向本方发起转会时，会显示在这里。" : "在会员详情页点击“跨县转出”发起转会。"}
            />
          }
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={page.page} pageSize={page.pageSize} total={page.total} unit="条" label="会籍接转分页" />
        </div>
      </Card>
    </>
  );
}
