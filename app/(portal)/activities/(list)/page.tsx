// /activities — activity records (工作台账): 双进宣讲, 法律援助, 送清凉, 招聘会 … in the current scope.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { ActivityListQuerySchema, type ActivityDto } from "@/lib/activities/schema";
import { listActivities, listActivityTypes } from "@/lib/activities/queries";
import { requireStaff } from "@/components/server/guards";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { GetForm } from "@/components/ui/get-form";
import { buildHref } from "@/components/url";
import { formatDate, formatNumber, text } from "@/components/format";
import { FilterInput, FilterSelect } from "@/components/programmes/filter-fields";
import { listInput } from "@/components/programmes/list-page";
import { runList } from "@/components/programmes/run-list";
import { Stats } from "@/components/programmes/stats";
import { formatYuan } from "@/lib/money";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "工作台账" };

const PATH = "/activities";
const KEYS = ["q", "typeId", "heldFrom", "heldTo", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActivitiesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = { data: [] as ActivityDto[], total: 0, page: 1, pageSize: 20, totals: { count: 0, participants: 0, amountTotal: "0.00" } };
  const [{ query, result, problem }, types] = await Promise.all([
    runList(ActivityListQuerySchema, { ...input, orgId: input.orgId ?? String(scope.id) }, (q) => listActivities(actor, q), empty),
    listActivityTypes(actor, true),
  ]);
  const hasFilters = KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  const exportHref = buildHref("/api/v1/activities/export", { ...state, orgId: input.orgId ?? scope.id, sort: undefined });

  const columns: Column<ActivityDto>[] = [
    { key: "heldOn", header: "活动日期", sort: { asc: "heldOn", desc: "-heldOn" }, cell: (r) => <span className="tabular-nums whitespace-nowrap">{formatDate(r.heldOn)}</span> },
    {
      key: "type",
      header: "活动类型",
      rowHeader: true,
      cell: (r) => (
        <Link href={`/activities/${r.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {r.typeName}
        </Link>
      ),
    },
    { key: "org", header: "开展单位", cell: (r) => <span className="block max-w-[14rem] truncate" title={r.orgName}>{r.orgName}</span> },
    { key: "place", header: "地点", cell: (r) => <span className="block max-w-[12rem] truncate">{text(r.place)}</span> },
    { key: "people", header: "参与人数", sort: { asc: "-participants", desc: "-participants" }, className: "text-right", cell: (r) => <span className="tabular-nums">{formatNumber(r.participants)}</span> },
    { key: "amount", header: "支出金额", sort: { asc: "-amountSpent", desc: "-amountSpent" }, className: "text-right", cell: (r) => <span className="tabular-nums whitespace-nowrap">{formatYuan(r.amountSpent)}</span> },
    { key: "att", header: "附件", className: "text-right", cell: (r) => (r.attachmentCount ? <span className="tabular-nums">{r.attachmentCount}</span> : "—") },
  ];

  return (
    <>
      <PageHeader
        title="工作台账"
        description={`各类活动记录 · 范围：${scope.name}`}
        actions={
          <>
            {actor.role === "ADMIN" && <ButtonLink href="/activities/types">活动类型</ButtonLink>}
            <a href={exportHref} className={buttonClass("secondary")} download>
              导出 Excel
            </a>
            {canWrite(actor) && (
              <ButtonLink href="/activities/new" variant="primary">
                登记活动
              </ButtonLink>
            )}
          </>
        }
      />
      <Stats
        items={[
          { label: "活动记录", value: formatNumber(result.totals.count), unit: "条" },
          { label: "参与人次", value: formatNumber(result.totals.participants), unit: "人次" },
          { label: "支出合计", value: formatYuan(result.totals.amountTotal) },
          { label: "活动类型", value: query?.typeId ? (types.find((t) => t.id === query.typeId)?.name ?? "—") : "全部" },
        ]}
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="工作台账查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <FilterInput name="q" label="搜索" value={input.q} type="search" placeholder="地点 / 活动内容" />
          <FilterSelect name="typeId" label="活动类型" value={input.typeId} all="全部类型" options={types.map((t) => ({ value: String(t.id), label: t.active ? t.name : `${t.name}（已停用）` }))} />
          <FilterInput name="heldFrom" label="活动日期（起）" value={input.heldFrom} type="date" />
          <FilterInput name="heldTo" label="活动日期（止）" value={input.heldTo} type="date" />
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
      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}
      <Card bodyClassName="p-0">
        <DataTable
          caption="工作台账"
          columns={columns}
          rows={result.data}
          rowKey={(r) => r.id}
          sort={{ current: query?.sort ?? "-heldOn", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-heldOn" ? undefined : s, page: undefined }) }}
          empty={<EmptyState title={hasFilters ? "没有符合条件的活动" : "暂无活动记录"} description={hasFilters ? "请调整搜索词或筛选条件。" : undefined} />}
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="条" label="工作台账分页" />
        </div>
      </Card>
    </>
  );
}
