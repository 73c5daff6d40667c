// /competitions — labour and skills competitions in the current scope: filters and sort
// in the URL (the API's query schema), totals of the filtered set, export.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { CompetitionListQuerySchema, type CompetitionDto } from "@/lib/competitions/schema";
import { listCompetitions } from "@/lib/competitions/queries";
import { COMPETITION_KINDS, COMPETITION_KIND_LABELS, COMPETITION_LEVELS, COMPETITION_LEVEL_LABELS } from "@/lib/competitions/labels";
import { requireStaff } from "@/lib/auth/session";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { formatDate, formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, clip, type Column, type FilterDef } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "劳动和技能竞赛" };

const LIST = { path: "/competitions", schema: CompetitionListQuerySchema, keys: ["q", "kind", "level", "from", "to", "orgId", "sort"], defaultSort: "-startsOn" } as const;

const FILTERS: FilterDef[] = [
  { name: "q", label: "搜索", type: "search", placeholder: "竞赛名称 / 主办单位 / 工种" },
  { name: "kind", label: "竞赛类别", all: "全部类别", options: optionsOf(COMPETITION_KINDS, COMPETITION_KIND_LABELS) },
  { name: "level", label: "级别", all: "全部级别", options: optionsOf(COMPETITION_LEVELS, COMPETITION_LEVEL_LABELS) },
  { name: "from", label: "开始日期（起）", type: "date" },
  { name: "to", label: "开始日期（止）", type: "date" },
];

const COLUMNS: Column<CompetitionDto>[] = [
  {
    key: "name",
    header: "竞赛名称",
    rowHeader: true,
    sort: { asc: "name", desc: "-name" },
    className: "min-w-[16rem]",
    cell: (c) => <RecordLink href={`/competitions/${c.id}`}>{c.name}</RecordLink>,
  },
  { key: "kind", header: "类别", cell: (c) => <Badge tone="blue">{COMPETITION_KIND_LABELS[c.kind]}</Badge> },
  { key: "level", header: "级别", className: "c-nowrap", cell: (c) => COMPETITION_LEVEL_LABELS[c.level] },
  { key: "org", header: "举办组织", cell: (c) => clip(c.orgName, "sm") },
  {
    key: "startsOn",
    header: "竞赛日期",
    sort: { asc: "startsOn", desc: "-startsOn" },
    className: "c-num",
    cell: (c) => (
      <>
        {formatDate(c.startsOn)}
        {c.endsOn !== c.startsOn && <span className="text-muted"> 至 {formatDate(c.endsOn).slice(5)}</span>}
      </>
    ),
  },
  { key: "trades", header: "工种", cell: (c) => <span className="block max-w-[10rem] truncate" title={c.trades.join("、")}>{c.trades.length ? `${c.trades.length} 个` : "—"}</span> },
  { key: "entries", header: "参赛", className: "c-amt", cell: (c) => formatNumber(c.entryCount) },
  { key: "awards", header: "获奖", className: "c-amt", cell: (c) => formatNumber(c.awardCount) },
  { key: "nominations", header: "推荐", className: "c-amt", cell: (c) => c.nominationCount ? formatNumber(c.nominationCount) : "—" },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompetitionsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listCompetitions(actor, q), {
    totals: { competitions: 0, entries: 0, awarded: 0, firstPlaces: 0, nominations: 0 },
  });
  const t = list.result.totals;
  return (
    <ListPage
      list={list}
      title="劳动和技能竞赛"
      description="职业技能竞赛、重点工程劳动竞赛、安康杯"
      exportPath="/api/v1/competitions/export"
      actions={canWrite(actor) && <ButtonLink href="/competitions/new" variant="primary">新建竞赛</ButtonLink>}
      stats={
        t && [
          { label: "竞赛", value: formatNumber(t.competitions), unit: "项" },
          { label: "参赛人次", value: formatNumber(t.entries), unit: "人次" },
          { label: "获奖人次", value: formatNumber(t.awarded), unit: "人次" },
          { label: "第一名 / 推荐荣誉", value: `${formatNumber(t.firstPlaces)} / ${formatNumber(t.nominations)}` },
        ]
      }
      filters={FILTERS}
      columns={COLUMNS}
      rowKey={(c) => c.id}
      unit="项"
      empty={{ none: "暂无竞赛记录", noneHint: "本范围内还没有登记劳动和技能竞赛。", filtered: "没有符合条件的竞赛" }}
    />
  );
}
