// /honours — honours (个人与集体) in the current scope, including nominations from
// competitions: search, filters, sorting, totals, pagination and .xlsx export.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { HonourListQuerySchema, type HonourDto } from "@/lib/honours/schema";
import { listHonours } from "@/lib/honours/queries";
import { HOLDER_KINDS, HOLDER_KIND_LABELS, HONOUR_LEVELS, HONOUR_LEVEL_LABELS, HONOUR_STATUSES, HONOUR_STATUS_LABELS, HONOUR_TITLES, HONOUR_TITLE_LABELS } from "@/lib/honours/labels";
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
import { formatNumber } from "@/components/format";
import { FilterInput, FilterSelect, optionsOf } from "@/components/programmes/filter-fields";
import { listInput } from "@/components/programmes/list-page";
import { runList } from "@/components/programmes/run-list";
import { Stats } from "@/components/programmes/stats";
import { TabLinks } from "@/components/programmes/tabs";
import { formatYuan } from "@/lib/money";
import { HONOUR_TABS, HonourStatusBadge } from "@/components/honours/badges";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "劳模工匠" };

const PATH = "/honours";
const KEYS = ["q", "title", "level", "status", "holder", "yearFrom", "yearTo", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HonoursPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = { data: [] as HonourDto[], total: 0, page: 1, pageSize: 20, totals: { count: 0, awardTotal: "0.00", nominated: 0, persons: 0 } };
  const { query, result, problem } = await runList(HonourListQuerySchema, { ...input, orgId: input.orgId ?? String(scope.id) }, (q) => listHonours(actor, q), empty);
  const hasFilters = KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  const exportHref = buildHref("/api/v1/honours/export", { ...state, orgId: input.orgId ?? scope.id, sort: undefined });

  const columns: Column<HonourDto>[] = [
    { key: "year", header: "年度", sort: { asc: "year", desc: "-year" }, cell: (h) => <span className="tabular-nums">{h.year}</span> },
    {
      key: "holder",
      header: "获得者",
      rowHeader: true,
      cell: (h) => (
        <Link href={`/honours/${h.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {h.memberName ?? h.teamName}
          {h.holder === "TEAM" && <span className="ml-1 text-xs text-muted">（集体）</span>}
        </Link>
      ),
    },
    { key: "title", header: "荣誉称号", sort: { asc: "title", desc: "title" }, className: "whitespace-nowrap", cell: (h) => h.titleText },
    { key: "level", header: "级别", sort: { asc: "level", desc: "level" }, className: "whitespace-nowrap", cell: (h) => HONOUR_LEVEL_LABELS[h.level] },
    { key: "amount", header: "奖励金额", sort: { asc: "-awardAmount", desc: "-awardAmount" }, className: "text-right", cell: (h) => <span className="tabular-nums">{formatYuan(h.awardAmount)}</span> },
    {
      key: "status",
      header: "状态",
      cell: (h) => (
        <span className="flex flex-col gap-0.5">
          <HonourStatusBadge status={h.status} />
          {h.source && <span className="text-xs text-muted">来自：{h.source.competitionName}</span>}
        </span>
      ),
    },
    { key: "org", header: "所属工会", cell: (h) => <span className="block max-w-[16rem] truncate" title={h.orgName}>{h.orgName}</span> },
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
            {canWrite(actor) && (
              <ButtonLink href="/honours/new" variant="primary">
                登记荣誉
              </ButtonLink>
            )}
          </>
        }
      />
      <TabLinks items={HONOUR_TABS} current={PATH} label="劳模工匠分类" />
      <Stats
        items={[
          { label: "荣誉记录", value: formatNumber(result.totals.count), unit: "项" },
          { label: "获得荣誉的个人", value: formatNumber(result.totals.persons), unit: "人" },
          { label: "奖励金额合计", value: formatYuan(result.totals.awardTotal) },
          { label: "待确认的提名", value: formatNumber(result.totals.nominated), unit: "项" },
        ]}
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="荣誉查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <FilterInput name="q" label="搜索" value={input.q} type="search" placeholder="姓名 / 集体名称 / 称号" />
          <FilterSelect name="title" label="荣誉称号" value={input.title} all="全部称号" options={optionsOf(HONOUR_TITLES, HONOUR_TITLE_LABELS)} />
          <FilterSelect name="level" label="级别" value={input.level} all="全部级别" options={optionsOf(HONOUR_LEVELS, HONOUR_LEVEL_LABELS)} />
          <FilterSelect name="status" label="状态" value={input.status} all="全部状态" options={optionsOf(HONOUR_STATUSES, HONOUR_STATUS_LABELS)} />
          <FilterSelect name="holder" label="个人 / 集体" value={input.holder} all="全部" options={optionsOf(HOLDER_KINDS, HOLDER_KIND_LABELS)} />
          <FilterInput name="yearFrom" label="起始年度" value={input.yearFrom} type="number" placeholder="如 2025" />
          <FilterInput name="yearTo" label="截止年度" value={input.yearTo} type="number" placeholder="如 2026" />
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
          caption="荣誉名录"
          columns={columns}
          rows={result.data}
          rowKey={(h) => h.id}
          sort={{ current: query?.sort ?? "-year", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-year" ? undefined : s, page: undefined }) }}
          empty={<EmptyState title={hasFilters ? "没有符合条件的荣誉" : "暂无荣誉记录"} description={hasFilters ? "请调整搜索词或筛选条件。" : "本范围内还没有登记荣誉。"} />}
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="项" label="荣誉名录分页" />
        </div>
      </Card>
    </>
  );
}
