// /competitions/{id} — one competition: facts, per-trade figures, the entries
// (trade, score, rank, award, nomination) with filters and paging in the URL,
// adding and importing entries, the 五一劳动奖章 nomination of first places,
// exports. Leaders see the same page without write controls.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { getCompetition, listEntries } from "@/lib/competitions/queries";
import { EntryListQuerySchema, type EntryDto } from "@/lib/competitions/schema";
import { COMPETITION_AWARD_LABELS, COMPETITION_AWARDS, COMPETITION_KIND_LABELS, COMPETITION_LEVEL_LABELS } from "@/lib/competitions/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { formatDate, formatNumber, text } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { loadList } from "@/components/list/load";
import { ListSection } from "@/components/list/list-section";
import type { Column, FilterDef } from "@/components/list/list-page";
import { StatTiles } from "@/components/ui/stat-tiles";
import { DeleteButton } from "@/components/programmes/delete-button";
import { AwardBadge, NominationBadge } from "@/components/competitions/badges";
import { AddEntryButton, EntryRowActions, NominateButton, type CompetitionRef } from "@/components/competitions/entry-actions";
import { ImportPanel } from "@/components/xlsx/import-panel";

export const metadata: Metadata = { title: "竞赛详情" };

const KEYS = ["q", "trade", "award", "sort"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompetitionPage({ params, searchParams }: Props) {
  const actor = await requireStaff();
  const c = await orNotFound(getCompetition(actor, (await params).id));
  const path = `/competitions/${c.id}`;
  const writable = canWrite(actor);
  const list = await loadList(
    { path, schema: EntryListQuerySchema, keys: KEYS, scoped: false, defaultSort: "rank" },
    searchParams,
    { actor, scope: { id: c.orgId, name: c.orgName } },
    (q) => listEntries(actor, c.id, q),
    {},
  );
  const ref: CompetitionRef = { id: c.id, orgId: c.orgId, name: c.name, trades: c.trades, level: c.level, organiser: c.organiser, year: Number(c.endsOn.slice(0, 4)) };
  const api = `/api/v1/competitions/${c.id}/entries`;
  const filters: FilterDef[] = [
    { name: "q", label: "搜索选手", type: "search", placeholder: "姓名 / 完整身份证号" },
    { name: "trade", label: "工种", all: "全部工种", options: c.tradeStats.map((t) => ({ value: t.trade, label: `${t.trade}（${t.entries}）` })) },
    { name: "award", label: "奖项", all: "全部", options: optionsOf(COMPETITION_AWARDS, COMPETITION_AWARD_LABELS) },
  ];

  const columns: Column<EntryDto>[] = [
    {
      key: "name",
      header: "姓名",
      rowHeader: true,
      sort: { asc: "name", desc: "name" },
      cell: (e) => (
        <Link href={`/members/${e.memberId}`} className="whitespace-nowrap text-sky-800 hover:text-brand hover:underline">
          {e.memberName}
        </Link>
      ),
    },
    { key: "org", header: "所在工会", cell: (e) => <span className="block max-w-[13rem] truncate" title={e.memberOrgName}>{e.memberOrgName}</span> },
    { key: "trade", header: "工种", className: "c-nowrap", cell: (e) => e.trade },
    { key: "score", header: "成绩", className: "c-amt", sort: { asc: "-score", desc: "-score" }, cell: (e) => e.score ?? "—" },
    { key: "rank", header: "名次", className: "c-amt", sort: { asc: "rank", desc: "rank" }, cell: (e) => e.rank ?? "—" },
    { key: "award", header: "奖项", cell: (e) => (e.award ? <AwardBadge award={e.award} /> : "—") },
    {
      key: "nomination",
      header: "荣誉推荐",
      cell: (e) =>
        e.nomination ? <NominationBadge nomination={e.nomination} /> : writable && e.rank === 1 ? <NominateButton competition={ref} entry={e} /> : "—",
    },
    ...(writable ? [{ key: "act", header: <span className="sr-only">操作</span>, cell: (e: EntryDto) => <EntryRowActions competition={ref} entry={e} /> }] : []),
  ];

  return (
    <>
      <PageHeader
        title={c.name}
        badge={<Badge tone="blue">{COMPETITION_KIND_LABELS[c.kind]}</Badge>}
        description={`${COMPETITION_LEVEL_LABELS[c.level]} · ${c.orgName} · ${formatDate(c.startsOn)}${c.endsOn !== c.startsOn ? ` 至 ${formatDate(c.endsOn)}` : ""}`}
        breadcrumbs={[{ label: "劳动和技能竞赛", href: "/competitions" }, { label: c.name }]}
        actions={
          writable ? (
            <>
              <ButtonLink href={`${path}/edit`}>编辑</ButtonLink>
              <DeleteButton url={`/api/v1/competitions/${c.id}`} title="删除竞赛" then="/competitions">
                <p>确定删除“{c.name}”吗？删除后该竞赛及其 {formatNumber(c.entryCount)} 条参赛记录不再出现在列表和统计中。已有荣誉推荐的竞赛不能删除。此操作记入审计日志。</p>
              </DeleteButton>
            </>
          ) : undefined
        }
      />

      <StatTiles
        label="合计"
        compact
        items={[
          { label: "参赛人次", value: formatNumber(c.entryCount), unit: "人次" },
          { label: "获奖人次", value: formatNumber(c.awardCount), unit: "人次" },
          { label: "竞赛工种", value: formatNumber(c.tradeStats.length), unit: "个" },
          { label: "推荐五一劳动奖章等荣誉", value: formatNumber(c.nominationCount), unit: "人" },
        ]}
      />

      <InfoCard
        title="竞赛信息"
        className="mb-4"
        columns={3}
        items={[
          { label: "竞赛类别", value: COMPETITION_KIND_LABELS[c.kind] },
          { label: "级别", value: COMPETITION_LEVEL_LABELS[c.level] },
          { label: "举办组织", value: c.orgName },
          { label: "主办单位", value: c.organiser },
          { label: "竞赛日期", value: `${formatDate(c.startsOn)} 至 ${formatDate(c.endsOn)}` },
          {
            label: "各工种参赛 / 获奖",
            value: c.tradeStats.length ? c.tradeStats.map((t) => `${t.trade} ${t.entries}/${t.awarded}`).join("，") : "—",
          },
          { label: "备注", value: text(c.notes), wide: true },
        ]}
      />

      <ListSection
        list={list}
        title="参赛选手"
        description="按名次排列，各工种第一名在前，可推荐为五一劳动奖章人选"
        exportPath={`${api}/export`}
        importFormat={writable}
        actions={writable && <AddEntryButton competition={ref} />}
        filters={filters}
        columns={columns}
        rowKey={(e) => e.id}
        caption={`${c.name}的参赛选手`}
        unit="人次"
        empty={{ none: "暂无参赛选手", noneHint: writable ? "可点击“登记选手”逐个登记，或在下方批量导入。" : undefined, filtered: "没有符合条件的选手" }}
      />

      {writable && (
        <Card title="批量导入选手" description="从 Excel（.xlsx）导入：先试导入检查，再正式导入">
          <ImportPanel importUrl={`${api}/import`} templateHref={`${api}/import/template`} noun="参赛记录" />
        </Card>
      )}
    </>
  );
}
