// /assist-orders/visits — every 劳模工匠助企行 visit counted by the dashboard's card:
// visits recorded on orders and activity records of the type entered before.
import type { Metadata } from "next";
import { AssistVisitListQuerySchema, type VisitRow } from "@/lib/assist-orders/schema";
import { listVisits } from "@/lib/assist-orders/queries";
import { MODEL_VISIT_ACTIVITY_CODES } from "@/lib/dashboard/indicators";
import { requireStaff } from "@/lib/auth/session";
import { formatDate, text } from "@/components/format";
import { ListPage, type Column, type FilterDef } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "助企行走访明细" };

const LIST = { path: "/assist-orders/visits", schema: AssistVisitListQuerySchema, keys: ["orgId", "from", "to"] } as const;

const FILTERS: FilterDef[] = [
  { name: "from", label: "服务日期（起）", type: "date" },
  { name: "to", label: "服务日期（止）", type: "date" },
];

const COLUMNS: Column<VisitRow>[] = [
  { key: "date", header: "服务日期", className: "c-num", cell: (r) => formatDate(r.date) },
  {
    key: "title",
    header: "内容",
    rowHeader: true,
    className: "min-w-[14rem]",
    cell: (r) => <RecordLink href={r.source === "ORDER" ? `/assist-orders/${r.id}` : `/activities/${r.id}`}>{r.title}</RecordLink>,
  },
  { key: "org", header: "受理单位", cell: (r) => r.orgName },
  { key: "who", header: "服务人员", cell: (r) => text(r.visitors) },
  { key: "source", header: "来源", cell: (r) => (r.source === "ORDER" ? "助企行工单" : "工作台账") },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssistVisitsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listVisits(actor, q, MODEL_VISIT_ACTIVITY_CODES), {});
  return (
    <ListPage
      list={list}
      title="助企行走访明细"
      description="与数据看板“劳模工匠助企行”同口径"
      breadcrumbs={[{ label: "劳模工匠助企行", href: "/assist-orders" }, { label: "走访明细" }]}
      filters={FILTERS}
      columns={COLUMNS}
      rowKey={(r) => `${r.source}-${r.id}-${r.date}-${r.visitors ?? ""}`}
      unit="次"
      empty={{ none: "暂无助企行走访", filtered: "期间内没有助企行走访" }}
    />
  );
}
