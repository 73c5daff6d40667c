// /honours/services — services to model workers (体检、疗休养、服务卡、走访慰问) per person and year.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { ServiceListQuerySchema, type ServiceDto } from "@/lib/honours/schema";
import { listServices } from "@/lib/honours/queries";
import { SERVICE_KINDS, SERVICE_KIND_LABELS } from "@/lib/honours/labels";
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
import { FilterInput, FilterSelect, optionsOf } from "@/components/programmes/filter-fields";
import { listInput } from "@/components/programmes/list-page";
import { runList } from "@/components/programmes/run-list";
import { Stats } from "@/components/programmes/stats";
import { TabLinks } from "@/components/programmes/tabs";
import { formatYuan } from "@/lib/money";
import { HONOUR_TABS } from "@/components/honours/badges";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "劳模服务" };

const PATH = "/honours/services";
const KEYS = ["q", "year", "kind", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ServicesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = { data: [] as ServiceDto[], total: 0, page: 1, pageSize: 20, totals: { count: 0, persons: 0, amountTotal: "0.00" } };
  const { query, result, problem } = await runList(ServiceListQuerySchema, { ...input, orgId: input.orgId ?? String(scope.id) }, (q) => listServices(actor, q), empty);
  const hasFilters = KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  const exportHref = buildHref("/api/v1/model-worker-services/export", { ...state, orgId: input.orgId ?? scope.id, sort: undefined });
  const writable = canWrite(actor);
  const thisYear = new Date().getFullYear();

  const columns: Column<ServiceDto>[] = [
    { key: "servedOn", header: "服务日期", sort: { asc: "servedOn", desc: "-servedOn" }, cell: (s) => <span className="tabular-nums whitespace-nowrap">{formatDate(s.servedOn)}</span> },
    {
      key: "member",
      header: "姓名",
      rowHeader: true,
      cell: (s) => (
        <Link href={`/honours/services/${s.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {s.memberName}
        </Link>
      ),
    },
    { key: "kind", header: "服务项目", sort: { asc: "kind", desc: "kind" }, cell: (s) => SERVICE_KIND_LABELS[s.kind] },
    { key: "year", header: "年度", cell: (s) => s.year },
    { key: "amount", header: "费用", className: "text-right", cell: (s) => <span className="tabular-nums">{formatYuan(s.amount)}</span> },
    { key: "org", header: "所在工会", cell: (s) => <span className="block max-w-[16rem] truncate" title={s.orgName}>{s.orgName}</span> },
    { key: "notes", header: "备注", cell: (s) => <span className="block max-w-[14rem] truncate">{text(s.notes)}</span> },
  ];

  return (
    <>
      <PageHeader
        title="劳模工匠"
        description={`荣誉与劳模服务 · 范围：${scope.name}`}
        actions={
          <>
            <a href={exportHref} className={buttonClass("secondary")} download>
              导出 Excel
            </a>
            {writable && (
              <ButtonLink href="/honours/services/new" variant="primary">
                登记服务
              </ButtonLink>
            )}
          </>
        }
      />
      <TabLinks items={HONOUR_TABS} current={PATH} label="劳模工匠分类" />
      <Stats
        items={[
          { label: "服务记录", value: formatNumber(result.totals.count), unit: "人次" },
          { label: "服务人数", value: formatNumber(result.totals.persons), unit: "人" },
          { label: "费用合计", value: formatYuan(result.totals.amountTotal) },
          { label: "年度", value: query?.year ? `${query.year}` : "全部" },
        ]}
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="劳模服务查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <FilterInput name="q" label="姓名" value={input.q} type="search" placeholder="姓名（前几个字）" />
          <FilterSelect name="kind" label="服务项目" value={input.kind} all="全部项目" options={optionsOf(SERVICE_KINDS, SERVICE_KIND_LABELS)} />
          <FilterSelect
            name="year"
            label="年度"
            value={input.year}
            all="全部年度"
            options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: `${y}年` }))}
          />
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
          caption="劳模服务记录"
          columns={columns}
          rows={result.data}
          rowKey={(s) => s.id}
          sort={{ current: query?.sort ?? "-servedOn", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-servedOn" ? undefined : s, page: undefined }) }}
          empty={<EmptyState title={hasFilters ? "没有符合条件的服务记录" : "暂无劳模服务记录"} description={hasFilters ? "请调整筛选条件。" : undefined} />}
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="条" label="劳模服务分页" />
        </div>
      </Card>
    </>
  );
}
