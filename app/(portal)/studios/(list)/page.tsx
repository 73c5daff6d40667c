// /studios — innovation studios (劳模/工匠创新工作室、技能大师工作室) in the current scope.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { StudioListQuerySchema, type StudioDto } from "@/lib/studios/schema";
import { listStudios } from "@/lib/studios/queries";
import { STUDIO_KINDS, STUDIO_KIND_LABELS, STUDIO_LEVELS, STUDIO_LEVEL_LABELS, STUDIO_STATUSES, STUDIO_STATUS_LABELS } from "@/lib/studios/labels";
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
import { formatDate, formatNumber } from "@/components/format";
import { FilterInput, FilterSelect, optionsOf } from "@/components/programmes/filter-fields";
import { listInput } from "@/components/programmes/list-page";
import { runList } from "@/components/programmes/run-list";
import { Stats } from "@/components/programmes/stats";
import { formatYuan } from "@/lib/money";
import { StudioStatusBadge } from "@/components/studios/badges";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "创新工作室" };

const PATH = "/studios";
const KEYS = ["q", "kind", "level", "status", "foundedFrom", "foundedTo", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StudiosPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = { data: [] as StudioDto[], total: 0, page: 1, pageSize: 20, totals: { count: 0, achievements: 0, benefitTotal: "0.00", mentorships: 0 } };
  const { query, result, problem } = await runList(StudioListQuerySchema, { ...input, orgId: input.orgId ?? String(scope.id) }, (q) => listStudios(actor, q), empty);
  const hasFilters = KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  const exportHref = buildHref("/api/v1/studios/export", { ...state, orgId: input.orgId ?? scope.id, sort: undefined });

  const columns: Column<StudioDto>[] = [
    {
      key: "name",
      header: "工作室",
      rowHeader: true,
      sort: { asc: "name", desc: "name" },
      className: "min-w-[14rem]",
      cell: (s) => (
        <Link href={`/studios/${s.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {s.name}
        </Link>
      ),
    },
    { key: "kind", header: "类别", cell: (s) => STUDIO_KIND_LABELS[s.kind] },
    { key: "level", header: "级别", sort: { asc: "level", desc: "level" }, cell: (s) => STUDIO_LEVEL_LABELS[s.level] },
    { key: "lead", header: "领衔人", cell: (s) => s.leadName },
    { key: "foundedOn", header: "命名日期", sort: { asc: "foundedOn", desc: "-foundedOn" }, cell: (s) => <span className="tabular-nums whitespace-nowrap">{formatDate(s.foundedOn)}</span> },
    { key: "status", header: "状态", cell: (s) => <StudioStatusBadge status={s.status} /> },
    { key: "ach", header: "成果", className: "text-right", cell: (s) => <span className="tabular-nums">{s.achievementCount}</span> },
    { key: "benefit", header: "经济效益", className: "text-right", cell: (s) => <span className="tabular-nums whitespace-nowrap">{formatYuan(s.benefitTotal)}</span> },
    { key: "pairs", header: "师徒", className: "text-right", cell: (s) => <span className="tabular-nums">{s.mentorshipCount}</span> },
  ];

  return (
    <>
      <PageHeader
        title="创新工作室"
        description={`劳模创新工作室、工匠创新工作室、技能大师工作室 · 范围：${scope.name}`}
        actions={
          <>
            <a href={exportHref} className={buttonClass("secondary")} download>
              导出 Excel
            </a>
            {canWrite(actor) && (
              <ButtonLink href="/studios/new" variant="primary">
                命名工作室
              </ButtonLink>
            )}
          </>
        }
      />
      <Stats
        items={[
          { label: "工作室", value: formatNumber(result.totals.count), unit: "个" },
          { label: "创新成果", value: formatNumber(result.totals.achievements), unit: "项" },
          { label: "经济效益合计", value: formatYuan(result.totals.benefitTotal) },
          { label: "师徒结对", value: formatNumber(result.totals.mentorships), unit: "对" },
        ]}
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="工作室查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <FilterInput name="q" label="搜索" value={input.q} type="search" placeholder="工作室名称 / 领衔人" />
          <FilterSelect name="kind" label="类别" value={input.kind} all="全部类别" options={optionsOf(STUDIO_KINDS, STUDIO_KIND_LABELS)} />
          <FilterSelect name="level" label="级别" value={input.level} all="全部级别" options={optionsOf(STUDIO_LEVELS, STUDIO_LEVEL_LABELS)} />
          <FilterSelect name="status" label="状态" value={input.status} all="全部状态" options={optionsOf(STUDIO_STATUSES, STUDIO_STATUS_LABELS)} />
          <FilterInput name="foundedFrom" label="命名日期（起）" value={input.foundedFrom} type="date" />
          <FilterInput name="foundedTo" label="命名日期（止）" value={input.foundedTo} type="date" />
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
          caption="创新工作室"
          columns={columns}
          rows={result.data}
          rowKey={(s) => s.id}
          sort={{ current: query?.sort ?? "-foundedOn", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-foundedOn" ? undefined : s, page: undefined }) }}
          empty={<EmptyState title={hasFilters ? "没有符合条件的工作室" : "暂无创新工作室"} description={hasFilters ? "请调整搜索词或筛选条件。" : undefined} />}
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="个" label="工作室分页" />
        </div>
      </Card>
    </>
  );
}
