// /competitions — labour and skills competitions in the current scope: filters and sort
// in the URL (the API's query schema), totals of the filtered set, export.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { CompetitionListQuerySchema, type CompetitionDto } from "@/lib/competitions/schema";
import { listCompetitions } from "@/lib/competitions/queries";
import { COMPETITION_KINDS, COMPETITION_KIND_LABELS, COMPETITION_LEVELS, COMPETITION_LEVEL_LABELS } from "@/lib/competitions/labels";
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
import { FilterInput, FilterSelect, optionsOf } from "@/components/programmes/filter-fields";
import { listInput } from "@/components/programmes/list-page";
import { runList } from "@/components/programmes/run-list";
import { Stats } from "@/components/programmes/stats";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "劳动和技能竞赛" };

const PATH = "/competitions";
const KEYS = ["q", "kind", "level", "from", "to", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompetitionsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = { data: [] as CompetitionDto[], total: 0, page: 1, pageSize: 20, totals: { competitions: 0, entries: 0, awarded: 0, firstPlaces: 0, nominations: 0 } };
  const { query, result, problem } = await runList(CompetitionListQuerySchema, { ...input, orgId: input.orgId ?? String(scope.id) }, (q) => listCompetitions(actor, q), empty);
  const hasFilters = KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  const exportHref = buildHref("/api/v1/competitions/export", { ...state, orgId: input.orgId ?? scope.id, sort: undefined });
  const t = result.totals;

  const columns: Column<CompetitionDto>[] = [
    {
      key: "name",
      header: "竞赛名称",
      rowHeader: true,
      sort: { asc: "name", desc: "-name" },
      className: "min-w-[16rem]",
      cell: (c) => (
        <Link href={`/competitions/${c.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {c.name}
        </Link>
      ),
    },
    { key: "kind", header: "类别", cell: (c) => <Badge tone="blue">{COMPETITION_KIND_LABELS[c.kind]}</Badge> },
    { key: "level", header: "级别", cell: (c) => <span className="whitespace-nowrap">{COMPETITION_LEVEL_LABELS[c.level]}</span> },
    { key: "org", header: "举办组织", cell: (c) => <span className="block max-w-[11rem] truncate" title={c.orgName}>{c.orgName}</span> },
    {
      key: "startsOn",
      header: "竞赛日期",
      sort: { asc: "startsOn", desc: "-startsOn" },
      cell: (c) => (
        <span className="tabular-nums whitespace-nowrap">
          {formatDate(c.startsOn)}
          {c.endsOn !== c.startsOn && <span className="text-muted"> 至 {formatDate(c.endsOn).slice(5)}</span>}
        </span>
      ),
    },
    { key: "trades", header: "工种", cell: (c) => <span className="block max-w-[10rem] truncate" title={c.trades.join("、")}>{c.trades.length ? `${c.trades.length} 个` : "—"}</span> },
    { key: "entries", header: "参赛", className: "text-right", cell: (c) => <span className="tabular-nums">{formatNumber(c.entryCount)}</span> },
    { key: "awards", header: "获奖", className: "text-right", cell: (c) => <span className="tabular-nums">{formatNumber(c.awardCount)}</span> },
    { key: "nominations", header: "推荐", className: "text-right", cell: (c) => <span className="tabular-nums">{c.nominationCount ? formatNumber(c.nominationCount) : "—"}</span> },
  ];

  return (
    <>
      <PageHeader
        title="劳动和技能竞赛"
        description={`职业技能竞赛、重点工程劳动竞赛、安康杯 · 范围：${scope.name}`}
        actions={
          <>
            <a href={exportHref} className={buttonClass("secondary")} download>
              导出 Excel
            </a>
            {canWrite(actor) && (
              <ButtonLink href="/competitions/new" variant="primary">
                新建竞赛
              </ButtonLink>
            )}
          </>
        }
      />
      <Stats
        items={[
          { label: "竞赛", value: formatNumber(t.competitions), unit: "项" },
          { label: "参赛人次", value: formatNumber(t.entries), unit: "人次" },
          { label: "获奖人次", value: formatNumber(t.awarded), unit: "人次" },
          { label: "第一名 / 推荐荣誉", value: `${formatNumber(t.firstPlaces)} / ${formatNumber(t.nominations)}` },
        ]}
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="竞赛查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <FilterInput name="q" label="搜索" value={input.q} type="search" placeholder="竞赛名称 / 主办单位 / 工种" />
          <FilterSelect name="kind" label="竞赛类别" value={input.kind} all="全部类别" options={optionsOf(COMPETITION_KINDS, COMPETITION_KIND_LABELS)} />
          <FilterSelect name="level" label="级别" value={input.level} all="全部级别" options={optionsOf(COMPETITION_LEVELS, COMPETITION_LEVEL_LABELS)} />
          <div className="hidden lg:block" />
          <FilterInput name="from" label="开始日期（起）" value={input.from} type="date" />
          <FilterInput name="to" label="开始日期（止）" value={input.to} type="date" />
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass("primary")}>
              查询
            </button>
            <Link href={input.orgId ? buildHref(PATH, { orgId: input.orgId }) : PATH} className={buttonClass("secondary")}>
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
          caption="劳动和技能竞赛"
          columns={columns}
          rows={result.data}
          rowKey={(c) => c.id}
          sort={{ current: query?.sort ?? "-startsOn", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-startsOn" ? undefined : s, page: undefined }) }}
          empty={
            <EmptyState
              title={problem ? "无法查询" : hasFilters ? "没有符合条件的竞赛" : "暂无竞赛记录"}
              description={problem ? "请修改查询条件后重试。" : hasFilters ? "请调整搜索词或筛选条件。" : "本范围内还没有登记劳动和技能竞赛。"}
            />
          }
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="项" label="竞赛分页" />
        </div>
      </Card>
    </>
  );
}
