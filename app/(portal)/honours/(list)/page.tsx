// /honours — honours (劳模、工匠 …) of members and teams in the current scope.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { HonourListQuerySchema, type HonourDto } from "@/lib/honours/schema";
import { listHonours } from "@/lib/honours/queries";
import { HOLDER_KINDS, HOLDER_KIND_LABELS, HONOUR_LEVELS, HONOUR_LEVEL_LABELS, HONOUR_STATUSES, HONOUR_STATUS_LABELS, HONOUR_TITLES, HONOUR_TITLE_LABELS } from "@/lib/honours/labels";
import { formatYuan } from "@/lib/money";
import { requireStaff } from "@/lib/auth/session";
import { ButtonLink } from "@/components/ui/button";
import { formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { TabLinks } from "@/components/programmes/tabs";
import { HONOUR_TABS, HonourStatusBadge } from "@/components/honours/badges";
import { ListPage, clip, type Column, type FilterDef } from "@/components/list/list-page";
import { RecordLink } from "@/components/list/record-link";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "劳模工匠" };

const LIST = { path: "/honours", schema: HonourListQuerySchema, keys: ["q", "title", "level", "status", "holder", "yearFrom", "yearTo", "orgId", "sort"], defaultSort: "-year" } as const;

const FILTERS: FilterDef[] = [
  { name: "q", label: "搜索", type: "search", placeholder: "姓名 / 集体名称 / 称号" },
  { name: "title", label: "荣誉称号", all: "全部称号", options: optionsOf(HONOUR_TITLES, HONOUR_TITLE_LABELS) },
  { name: "level", label: "级别", all: "全部级别", options: optionsOf(HONOUR_LEVELS, HONOUR_LEVEL_LABELS) },
  { name: "status", label: "状态", all: "全部状态", options: optionsOf(HONOUR_STATUSES, HONOUR_STATUS_LABELS) },
  { name: "holder", label: "个人 / 集体", all: "全部", options: optionsOf(HOLDER_KINDS, HOLDER_KIND_LABELS) },
  { name: "yearFrom", label: "起始年度", type: "number", placeholder: "如 2025" },
  { name: "yearTo", label: "截止年度", type: "number", placeholder: "如 2026" },
];

const COLUMNS: Column<HonourDto>[] = [
  { key: "year", header: "年度", sort: { asc: "year", desc: "-year" }, className: "c-num", cell: (h) => h.year },
  {
    key: "holder",
    header: "获得者",
    rowHeader: true,
    cell: (h) => (
      <RecordLink href={`/honours/${h.id}`}>
        {h.memberName ?? h.teamName}
        {h.holder === "TEAM" ? <span className="ml-1 text-xs text-muted">（集体）</span> : null}
      </RecordLink>
    ),
  },
  { key: "title", header: "荣誉称号", sort: { asc: "title", desc: "title" }, className: "c-nowrap", cell: (h) => h.titleText },
  { key: "level", header: "级别", sort: { asc: "level", desc: "level" }, className: "c-nowrap", cell: (h) => HONOUR_LEVEL_LABELS[h.level] },
  { key: "amount", header: "奖励金额", sort: { asc: "-awardAmount", desc: "-awardAmount" }, className: "c-amt", cell: (h) => formatYuan(h.awardAmount) },
  {
    key: "status",
    header: "状态",
    cell: (h) =>
      h.source ? (
        <span className="flex flex-col gap-0.5">
          <HonourStatusBadge status={h.status} />
          <span className="text-xs text-muted">来自：{h.source.competitionName}</span>
        </span>
      ) : (
        <HonourStatusBadge status={h.status} />
      ),
  },
  { key: "org", header: "所属工会", cell: (h) => clip(h.orgName) },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HonoursPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listHonours(actor, q), {
    totals: { count: 0, awardTotal: "0.00", nominated: 0, persons: 0 },
  });
  const t = list.result.totals;
  return (
    <ListPage
      list={list}
      title="劳模工匠"
      description="荣誉与劳模服务"
      exportPath="/api/v1/honours/export"
      actions={canWrite(actor) && <ButtonLink href="/honours/new" variant="primary">登记荣誉</ButtonLink>}
      tabs={<TabLinks items={HONOUR_TABS} current={LIST.path} label="劳模工匠分类" />}
      stats={
        t && [
          { label: "荣誉记录", value: formatNumber(t.count), unit: "项" },
          { label: "获得荣誉的个人", value: formatNumber(t.persons), unit: "人" },
          { label: "奖励金额合计", value: formatYuan(t.awardTotal) },
          { label: "待确认的提名", value: formatNumber(t.nominated), unit: "项" },
        ]
      }
      filters={FILTERS}
      columns={COLUMNS}
      rowKey={(h) => h.id}
      caption="荣誉名录"
      unit="项"
      empty={{ none: "暂无荣誉记录", noneHint: "本范围内还没有登记荣誉。", filtered: "没有符合条件的荣誉" }}
    />
  );
}
