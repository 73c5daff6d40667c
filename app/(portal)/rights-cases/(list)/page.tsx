// /rights-cases — 维权服务工单 in the current scope; ?queue=mine is the union's own queue.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { RightsListQuerySchema, type RightsCaseDto } from "@/lib/rights-cases/schema";
import { listCases } from "@/lib/rights-cases/queries";
import { RIGHTS_CHANNEL_LABELS, RIGHTS_KINDS, RIGHTS_KIND_LABELS, RIGHTS_STATUSES, RIGHTS_STATUS_LABELS } from "@/lib/rights-cases/labels";
import { requireStaff } from "@/components/server/guards";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { GetForm } from "@/components/ui/get-form";
import { buildHref } from "@/components/url";
import { formatDate, formatNumber } from "@/components/format";
import { FilterInput, FilterSelect } from "@/components/programmes/filter-fields";
import { listInput } from "@/components/programmes/list-page";
import { runList } from "@/components/programmes/run-list";
import { Stats } from "@/components/programmes/stats";
import { formatYuan } from "@/lib/money";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "维权服务" };

const PATH = "/rights-cases";
const KEYS = ["q", "kind", "status", "queue", "overdue", "receivedFrom", "receivedTo", "closedFrom", "closedTo", "orgId"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RightsCasesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = { data: [] as RightsCaseDto[], total: 0, page: 1, pageSize: 20, totals: { count: 0, closed: 0, overdue: 0, onTimeRate: null, moneyRecovered: "0.00", avgSatisfaction: null } };
  const scoped = input.queue ? input : { ...input, orgId: input.orgId ?? (scope.id === actor.orgId ? undefined : String(scope.id)) };
  const { result, problem } = await runList(RightsListQuerySchema, Object.fromEntries(Object.entries(scoped).filter(([, v]) => v !== undefined)) as Record<string, string>, (q) => listCases(actor, q), empty);
  const hasFilters = KEYS.some((k) => k !== "orgId" && input[k]);
  const columns: Column<RightsCaseDto>[] = [
    { key: "receivedOn", header: "接收日期", cell: (r) => <span className="tabular-nums whitespace-nowrap">{formatDate(r.receivedOn)}</span> },
    {
      key: "who",
      header: "职工",
      rowHeader: true,
      cell: (r) => (
        <Link href={`/rights-cases/${r.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {r.applicantName}
          {r.isMember ? "" : "（非会员）"}
        </Link>
      ),
    },
    { key: "kind", header: "类别", cell: (r) => RIGHTS_KIND_LABELS[r.kind] },
    { key: "channel", header: "渠道", cell: (r) => RIGHTS_CHANNEL_LABELS[r.channel] },
    { key: "handling", header: "办理工会", cell: (r) => <span className="block max-w-[12rem] truncate">{r.handlingOrgName}</span> },
    { key: "status", header: "状态", cell: (r) => (r.overdue ? <Badge tone="red">超期 · {RIGHTS_STATUS_LABELS[r.status]}</Badge> : <Badge tone={r.closedOn ? "green" : "blue"}>{RIGHTS_STATUS_LABELS[r.status]}</Badge>) },
    { key: "limit", header: "办结时限", cell: (r) => <span className="tabular-nums">{formatDate(r.resolveBy)}</span> },
    { key: "days", header: "用时（工作日）", className: "text-right", cell: (r) => (r.workingDaysToClose === null ? "—" : <span className="tabular-nums">{r.workingDaysToClose}</span>) },
    { key: "money", header: "追回金额", className: "text-right", cell: (r) => <span className="tabular-nums whitespace-nowrap">{formatYuan(r.moneyRecovered)}</span> },
  ];
  return (
    <>
      <PageHeader
        title="维权服务"
        description={`欠薪、劳动合同、工伤、社保、争议调解、法律咨询 · 范围：${scope.name}`}
        actions={
          <>
            <ButtonLink href={buildHref(PATH, { queue: "mine" })}>本单位待办</ButtonLink>
            <ButtonLink href={buildHref(PATH, { overdue: "true" })}>超期工单</ButtonLink>
            {canWrite(actor) && (
              <ButtonLink href="/rights-cases/new" variant="primary">
                登记诉求
              </ButtonLink>
            )}
          </>
        }
      />
      <Stats
        items={[
          { label: "工单", value: formatNumber(result.totals.count), unit: "件" },
          { label: "已办结", value: formatNumber(result.totals.closed), unit: "件" },
          { label: "超期", value: formatNumber(result.totals.overdue), unit: "件" },
          { label: "按时办结率", value: result.totals.onTimeRate === null ? "—" : `${result.totals.onTimeRate}%` },
          { label: "追回金额", value: formatYuan(result.totals.moneyRecovered) },
          { label: "平均满意度", value: result.totals.avgSatisfaction === null ? "—" : `${result.totals.avgSatisfaction} 分` },
        ]}
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="维权工单查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {(["orgId", "queue", "overdue", "closedFrom", "closedTo"] as const).map((k) => input[k] && <input key={k} type="hidden" name={k} value={input[k]} />)}
          {actor.role !== "LEADER" && <FilterInput name="q" label="姓名" value={input.q} type="search" placeholder="姓名开头" />}
          <FilterSelect name="kind" label="类别" value={input.kind} all="全部类别" options={RIGHTS_KINDS.map((k) => ({ value: k, label: RIGHTS_KIND_LABELS[k] }))} />
          <FilterSelect name="status" label="状态" value={input.status} all="全部状态" options={RIGHTS_STATUSES.map((s) => ({ value: s, label: RIGHTS_STATUS_LABELS[s] }))} />
          <FilterInput name="receivedFrom" label="接收日期（起）" value={input.receivedFrom} type="date" />
          <FilterInput name="receivedTo" label="接收日期（止）" value={input.receivedTo} type="date" />
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass("primary")}>
              查询
            </button>
            <Link href={PATH} className={buttonClass("secondary")}>
              重置
            </Link>
          </div>
        </GetForm>
      </Card>
      {input.queue && (
        <Alert tone="info" className="mb-4">
          本单位办理中的工单，以及直属下级工会的超期工单。
        </Alert>
      )}
      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}
      <Card bodyClassName="p-0">
        <DataTable caption="维权工单" columns={columns} rows={result.data} rowKey={(r) => r.id} empty={<EmptyState title={hasFilters ? "没有符合条件的工单" : "暂无维权工单"} />} />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="件" label="维权工单分页" />
        </div>
      </Card>
    </>
  );
}
