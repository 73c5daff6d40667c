// /assist-orders/visits — every 劳模工匠助企行 visit counted by the dashboard's card:
// visits recorded on orders and activity records of the type entered before.
import type { Metadata } from "next";
import Link from "next/link";
import { AssistVisitListQuerySchema, type VisitRow } from "@/lib/assist-orders/schema";
import { listVisits } from "@/lib/assist-orders/queries";
import { MODEL_VISIT_ACTIVITY_CODES } from "@/lib/dashboard/indicators";
import { requireStaff } from "@/components/server/guards";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { GetForm } from "@/components/ui/get-form";
import { formatDate, text } from "@/components/format";
import { FilterInput } from "@/components/programmes/filter-fields";
import { listInput } from "@/components/programmes/list-page";
import { runList } from "@/components/programmes/run-list";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "助企行走访明细" };

const PATH = "/assist-orders/visits";
const KEYS = ["orgId", "from", "to"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssistVisitsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = { data: [] as VisitRow[], total: 0, page: 1, pageSize: 20 };
  const { result, problem } = await runList(AssistVisitListQuerySchema, { ...input, orgId: input.orgId ?? String(scope.id) }, (q) => listVisits(actor, q, MODEL_VISIT_ACTIVITY_CODES), empty);
  const columns: Column<VisitRow>[] = [
    { key: "date", header: "服务日期", cell: (r) => <span className="tabular-nums whitespace-nowrap">{formatDate(r.date)}</span> },
    {
      key: "title",
      header: "内容",
      rowHeader: true,
      cell: (r) => (
        <Link href={r.source === "ORDER" ? `/assist-orders/${r.id}` : `/activities/${r.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {r.title}
        </Link>
      ),
    },
    { key: "org", header: "受理单位", cell: (r) => r.orgName },
    { key: "who", header: "服务人员", cell: (r) => text(r.visitors) },
    { key: "source", header: "来源", cell: (r) => (r.source === "ORDER" ? "助企行工单" : "工作台账") },
  ];
  return (
    <>
      <PageHeader title="助企行走访明细" description={`与数据看板“劳模工匠助企行”同口径 · 范围：${scope.name}`} breadcrumbs={[{ label: "劳模工匠助企行", href: "/assist-orders" }, { label: "走访明细" }]} />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="走访明细查询" className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          <FilterInput name="from" label="服务日期（起）" value={input.from} type="date" />
          <FilterInput name="to" label="服务日期（止）" value={input.to} type="date" />
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass("primary")}>
              查询
            </button>
          </div>
        </GetForm>
      </Card>
      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}
      <Card bodyClassName="p-0">
        <DataTable caption="助企行走访" columns={columns} rows={result.data} rowKey={(r) => `${r.source}-${r.id}-${r.date}-${r.visitors ?? ""}`} empty={<EmptyState title="期间内没有助企行走访" />} />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="次" label="走访明细分页" />
        </div>
      </Card>
    </>
  );
}
