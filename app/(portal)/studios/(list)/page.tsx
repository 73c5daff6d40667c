// /studios — innovation studios in the current scope, with their achievements, benefit and mentorships.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { StudioListQuerySchema, type StudioDto } from "@/lib/studios/schema";
import { listStudios } from "@/lib/studios/queries";
import { STUDIO_KINDS, STUDIO_KIND_LABELS, STUDIO_LEVELS, STUDIO_LEVEL_LABELS, STUDIO_STATUSES, STUDIO_STATUS_LABELS } from "@/lib/studios/labels";
import { formatYuan } from "@/lib/money";
import { requireStaff } from "@/lib/auth/session";
import { ButtonLink } from "@/components/ui/button";
import { formatDate, formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { StudioStatusBadge } from "@/components/studios/badges";
import { ListPage, type Column, type FilterDef } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "创新工作室" };

const LIST = { path: "/studios", schema: StudioListQuerySchema, keys: ["q", "kind", "level", "status", "foundedFrom", "foundedTo", "orgId", "sort"], defaultSort: "-foundedOn" } as const;

const FILTERS: FilterDef[] = [
  { name: "q", label: "搜索", type: "search", placeholder: "工作室名称 / 领衔人" },
  { name: "kind", label: "类别", all: "全部类别", options: optionsOf(STUDIO_KINDS, STUDIO_KIND_LABELS) },
  { name: "level", label: "级别", all: "全部级别", options: optionsOf(STUDIO_LEVELS, STUDIO_LEVEL_LABELS) },
  { name: "status", label: "状态", all: "全部状态", options: optionsOf(STUDIO_STATUSES, STUDIO_STATUS_LABELS) },
  { name: "foundedFrom", label: "命名日期（起）", type: "date" },
  { name: "foundedTo", label: "命名日期（止）", type: "date" },
];

const COLUMNS: Column<StudioDto>[] = [
  {
    key: "name",
    header: "工作室",
    rowHeader: true,
    sort: { asc: "name", desc: "name" },
    className: "min-w-[14rem]",
    cell: (s) => <RecordLink href={`/studios/${s.id}`}>{s.name}</RecordLink>,
  },
  { key: "kind", header: "类别", cell: (s) => STUDIO_KIND_LABELS[s.kind] },
  { key: "level", header: "级别", sort: { asc: "level", desc: "level" }, cell: (s) => STUDIO_LEVEL_LABELS[s.level] },
  { key: "lead", header: "领衔人", cell: (s) => s.leadName },
  { key: "foundedOn", header: "命名日期", sort: { asc: "foundedOn", desc: "-foundedOn" }, className: "c-num", cell: (s) => formatDate(s.foundedOn) },
  { key: "status", header: "状态", cell: (s) => <StudioStatusBadge status={s.status} /> },
  { key: "ach", header: "成果", className: "c-amt", cell: (s) => s.achievementCount },
  { key: "benefit", header: "经济效益", className: "c-amt", cell: (s) => formatYuan(s.benefitTotal) },
  { key: "pairs", header: "师徒", className: "c-amt", cell: (s) => s.mentorshipCount },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StudiosPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listStudios(actor, q), {
    totals: { count: 0, achievements: 0, benefitTotal: "0.00", mentorships: 0 },
  });
  const t = list.result.totals;
  return (
    <ListPage
      list={list}
      title="创新工作室"
      description="劳模创新工作室、工匠创新工作室、技能大师工作室"
      exportPath="/api/v1/studios/export"
      actions={canWrite(actor) && <ButtonLink href="/studios/new" variant="primary">命名工作室</ButtonLink>}
      stats={[
        { label: "工作室", value: formatNumber(t.count), unit: "个" },
        { label: "创新成果", value: formatNumber(t.achievements), unit: "项" },
        { label: "经济效益合计", value: formatYuan(t.benefitTotal) },
        { label: "师徒结对", value: formatNumber(t.mentorships), unit: "对" },
      ]}
      filters={FILTERS}
      columns={COLUMNS}
      rowKey={(s) => s.id}
      unit="个"
      empty={{ none: "暂无创新工作室", filtered: "没有符合条件的工作室" }}
    />
  );
}
