// /assist-orders — 劳模工匠助企行 orders (企业下单、劳模接单、工会送单) in the current scope.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { AssistListQuerySchema, type AssistOrderDto } from "@/lib/assist-orders/schema";
import { listOrders } from "@/lib/assist-orders/queries";
import { ASSIST_STATUSES, ASSIST_STATUS_LABELS, ASSIST_TRADES, ASSIST_TRADE_LABELS, ASSIST_URGENCY_LABELS } from "@/lib/assist-orders/labels";
import { formatYuan } from "@/lib/money";
import { requireStaff } from "@/lib/auth/session";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { buildHref } from "@/components/url";
import { formatDate, formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, clip, type Column, type FilterDef } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { StatusBadge } from "@/components/assist-orders/status-badge";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "劳模工匠助企行" };

const LIST = {
  path: "/assist-orders",
  schema: AssistListQuerySchema,
  keys: ["q", "status", "trade", "requestedFrom", "requestedTo", "closedFrom", "closedTo", "orgId", "sort"],
  defaultSort: "-requestedOn",
} as const;

const FILTERS: FilterDef[] = [
  { name: "q", label: "搜索", type: "search", placeholder: "需求 / 领域 / 企业名称" },
  { name: "status", label: "状态", all: "全部状态", options: optionsOf(ASSIST_STATUSES, ASSIST_STATUS_LABELS) },
  { name: "trade", label: "技术领域", all: "全部领域", options: optionsOf(ASSIST_TRADES, ASSIST_TRADE_LABELS) },
  { name: "requestedFrom", label: "下单日期（起）", type: "date" },
  { name: "requestedTo", label: "下单日期（止）", type: "date" },
  // From the dashboard's outcome cards: orders closed in the period.
  { name: "closedFrom", label: "办结日期（起）", hidden: true },
  { name: "closedTo", label: "办结日期（止）", hidden: true },
];

const COLUMNS: Column<AssistOrderDto>[] = [
  { key: "requestedOn", header: "下单日期", sort: { asc: "requestedOn", desc: "-requestedOn" }, className: "c-num", cell: (r) => formatDate(r.requestedOn) },
  { key: "title", header: "需求", rowHeader: true, className: "min-w-[12rem]", cell: (r) => <RecordLink href={`/assist-orders/${r.id}`}>{r.title}</RecordLink> },
  { key: "enterprise", header: "企业", cell: (r) => clip(r.enterpriseName) },
  { key: "trade", header: "领域", cell: (r) => ASSIST_TRADE_LABELS[r.trade] },
  { key: "urgency", header: "紧急程度", cell: (r) => (r.urgency === "NORMAL" ? ASSIST_URGENCY_LABELS[r.urgency] : <Badge tone="amber">{ASSIST_URGENCY_LABELS[r.urgency]}</Badge>) },
  { key: "assignee", header: "接单", className: "c-nowrap", cell: (r) => (r.assignee ? r.assignee.name : "—") },
  { key: "status", header: "状态", cell: (r) => <StatusBadge status={r.status} /> },
  { key: "visits", header: "走访", className: "c-amt", cell: (r) => r.visitCount },
  { key: "benefit", header: "经济效益", sort: { asc: "-benefit", desc: "-benefit" }, className: "c-amt", cell: (r) => formatYuan(r.benefit) },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssistOrdersPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listOrders(actor, q), {
    totals: { count: 0, visits: 0, problemsSolved: 0, workersTrained: 0, benefit: "0.00" },
  });
  const t = list.result.totals;
  return (
    <ListPage
      list={list}
      title="劳模工匠助企行"
      description="企业下单、劳模接单、工会送单"
      actions={
        <>
          <ButtonLink href={buildHref("/assist-orders/visits", { orgId: list.input.orgId })}>走访明细</ButtonLink>
          {canWrite(actor) && (
            <ButtonLink href="/assist-orders/new" variant="primary">
              登记企业需求
            </ButtonLink>
          )}
        </>
      }
      stats={t && [
        { label: "工单", value: formatNumber(t.count), unit: "个" },
        { label: "上门服务", value: formatNumber(t.visits), unit: "次" },
        { label: "解决问题 / 培训职工", value: `${formatNumber(t.problemsSolved)} / ${formatNumber(t.workersTrained)}` },
        { label: "经济效益", value: formatYuan(t.benefit) },
      ]}
      filters={FILTERS}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      unit="个"
      empty={{ none: "暂无助企行工单", noneHint: "企业提出技术需求后，在此登记并派单给劳模工匠。", filtered: "没有符合条件的工单" }}
    />
  );
}
