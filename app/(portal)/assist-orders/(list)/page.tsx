// /assist-orders — 劳模工匠助企行 orders (企业下单、劳模接单、工会送单) in the current scope.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { AssistListQuerySchema, type AssistOrderDto } from "@/lib/assist-orders/schema";
import { listOrders } from "@/lib/assist-orders/queries";
import { ASSIST_STATUSES, ASSIST_STATUS_LABELS, ASSIST_TRADES, ASSIST_TRADE_LABELS, ASSIST_URGENCY_LABELS } from "@/lib/assist-orders/labels";
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
import { StatusBadge } from "@/components/assist-orders/status-badge";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "劳模工匠助企行" };

const PATH = "/assist-orders";
const KEYS = ["q", "status", "trade", "requestedFrom", "requestedTo", "closedFrom", "closedTo", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssistOrdersPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = { data: [] as AssistOrderDto[], total: 0, page: 1, pageSize: 20, totals: { count: 0, visits: 0, problemsSolved: 0, workersTrained: 0, benefit: "0.00" } };
  const { query, result, problem } = await runList(AssistListQuerySchema, { ...input, orgId: input.orgId ?? String(scope.id) }, (q) => listOrders(actor, q), empty);
  const hasFilters = KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);

  const columns: Column<AssistOrderDto>[] = [
    { key: "requestedOn", header: "下单日期", sort: { asc: "requestedOn", desc: "-requestedOn" }, cell: (r) => <span className="tabular-nums whitespace-nowrap">{formatDate(r.requestedOn)}</span> },
    {
      key: "title",
      header: "需求",
      rowHeader: true,
      cell: (r) => (
        <Link href={`/assist-orders/${r.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {r.title}
        </Link>
      ),
    },
    { key: "enterprise", header: "企业", cell: (r) => <span className="block max-w-[14rem] truncate" title={r.enterpriseName}>{r.enterpriseName}</span> },
    { key: "trade", header: "领域", cell: (r) => ASSIST_TRADE_LABELS[r.trade] },
    { key: "urgency", header: "紧急程度", cell: (r) => (r.urgency === "NORMAL" ? ASSIST_URGENCY_LABELS[r.urgency] : <Badge tone="amber">{ASSIST_URGENCY_LABELS[r.urgency]}</Badge>) },
    { key: "assignee", header: "接单", cell: (r) => (r.assignee ? r.assignee.name : "—") },
    { key: "status", header: "状态", cell: (r) => <StatusBadge status={r.status} /> },
    { key: "visits", header: "走访", className: "text-right", cell: (r) => <span className="tabular-nums">{r.visitCount}</span> },
    { key: "benefit", header: "经济效益", sort: { asc: "-benefit", desc: "-benefit" }, className: "text-right", cell: (r) => <span className="tabular-nums whitespace-nowrap">{formatYuan(r.benefit)}</span> },
  ];

  return (
    <>
      <PageHeader
        title="劳模工匠助企行"
        description={`企业下单、劳模接单、工会送单 · 范围：${scope.name}`}
        actions={
          <>
            <ButtonLink href={buildHref("/assist-orders/visits", { orgId: input.orgId })}>走访明细</ButtonLink>
            {canWrite(actor) && (
              <ButtonLink href="/assist-orders/new" variant="primary">
                登记企业需求
              </ButtonLink>
            )}
          </>
        }
      />
      <Stats
        items={[
          { label: "工单", value: formatNumber(result.totals.count), unit: "个" },
          { label: "上门服务", value: formatNumber(result.totals.visits), unit: "次" },
          { label: "解决问题", value: formatNumber(result.totals.problemsSolved), unit: "个" },
          { label: "培训职工", value: formatNumber(result.totals.workersTrained), unit: "人" },
          { label: "经济效益", value: formatYuan(result.totals.benefit) },
        ]}
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="助企行工单查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          {input.closedFrom && <input type="hidden" name="closedFrom" value={input.closedFrom} />}
          {input.closedTo && <input type="hidden" name="closedTo" value={input.closedTo} />}
          <FilterInput name="q" label="搜索" value={input.q} type="search" placeholder="需求 / 领域 / 企业名称" />
          <FilterSelect name="status" label="状态" value={input.status} all="全部状态" options={ASSIST_STATUSES.map((s) => ({ value: s, label: ASSIST_STATUS_LABELS[s] }))} />
          <FilterSelect name="trade" label="技术领域" value={input.trade} all="全部领域" options={ASSIST_TRADES.map((t) => ({ value: t, label: ASSIST_TRADE_LABELS[t] }))} />
          <FilterInput name="requestedFrom" label="下单日期（起）" value={input.requestedFrom} type="date" />
          <FilterInput name="requestedTo" label="下单日期（止）" value={input.requestedTo} type="date" />
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
      {(input.closedFrom || input.closedTo) && (
        <Alert tone="info" className="mb-4">
          办结日期 {formatDate(input.closedFrom ?? null)} 至 {formatDate(input.closedTo ?? null)}（来自数据看板）
        </Alert>
      )}
      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}
      <Card bodyClassName="p-0">
        <DataTable
          caption="助企行工单"
          columns={columns}
          rows={result.data}
          rowKey={(r) => r.id}
          sort={{ current: query?.sort ?? "-requestedOn", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-requestedOn" ? undefined : s, page: undefined }) }}
          empty={<EmptyState title={hasFilters ? "没有符合条件的工单" : "暂无助企行工单"} description={hasFilters ? "请调整搜索词或筛选条件。" : "企业提出技术需求后，在此登记并派单给劳模工匠。"} />}
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="个" label="助企行工单分页" />
        </div>
      </Card>
    </>
  );
}
