// /trainings — training sessions (技能培训) in the current scope: filters and sort in the
// URL (parsed with the API's query schema), totals of the whole filtered set, export.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { TrainingListQuerySchema, type TrainingDto } from "@/lib/trainings/schema";
import { listTrainings } from "@/lib/trainings/queries";
import { TRAINING_MODES, TRAINING_MODE_LABELS, TRAINING_TYPES, TRAINING_TYPE_LABELS } from "@/lib/trainings/labels";
import { formatYuan } from "@/lib/money";
import { requireStaff } from "@/lib/auth/session";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { formatDate, formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, clip, type Column, type FilterDef } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "技能培训" };

const LIST = { path: "/trainings", schema: TrainingListQuerySchema, keys: ["q", "type", "mode", "from", "to", "orgId", "sort"], defaultSort: "-startsOn" } as const;

const FILTERS: FilterDef[] = [
  { name: "q", label: "搜索", type: "search", placeholder: "培训名称 / 承办单位" },
  { name: "type", label: "培训类型", all: "全部类型", options: optionsOf(TRAINING_TYPES, TRAINING_TYPE_LABELS) },
  { name: "mode", label: "培训方式", all: "线上和线下", options: optionsOf(TRAINING_MODES, TRAINING_MODE_LABELS) },
  { name: "from", label: "开始日期（起）", type: "date" },
  { name: "to", label: "开始日期（止）", type: "date" },
];

const COLUMNS: Column<TrainingDto>[] = [
  {
    key: "title",
    header: "培训名称",
    rowHeader: true,
    sort: { asc: "title", desc: "-title" },
    className: "min-w-[16rem]",
    cell: (s) => <RecordLink href={`/trainings/${s.id}`}>{s.title}</RecordLink>,
  },
  { key: "type", header: "类型", cell: (s) => <Badge tone="blue">{TRAINING_TYPE_LABELS[s.type]}</Badge> },
  { key: "org", header: "举办组织", cell: (s) => clip(s.orgName, "sm") },
  {
    key: "startsOn",
    header: "培训日期",
    sort: { asc: "startsOn", desc: "-startsOn" },
    className: "c-num",
    cell: (s) => (
      <>
        {formatDate(s.startsOn)}
        {s.endsOn !== s.startsOn && <span className="text-muted"> 至 {formatDate(s.endsOn).slice(5)}</span>}
        {s.mode === "ONLINE" && <span className="ml-1 text-xs text-muted">（线上）</span>}
      </>
    ),
  },
  { key: "hours", header: "学时", className: "c-amt", cell: (s) => s.hours },
  {
    key: "participants",
    header: "参训人次",
    className: "c-amt",
    cell: (s) => (
      <>
        {formatNumber(s.participantCount)}
        <span className="sub">会员 {formatNumber(s.enrolledCount)}</span>
      </>
    ),
  },
  { key: "certified", header: "取证", className: "c-amt", cell: (s) => formatNumber(s.certifiedCount) },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrainingsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listTrainings(actor, q), {
    totals: { sessions: 0, enrolled: 0, extraParticipants: 0, participants: 0, certified: 0, subsidies: 0, subsidyAmount: "0.00" },
  });
  const t = list.result.totals;
  const create = canWrite(actor) && <ButtonLink href="/trainings/new" variant="primary">新建培训</ButtonLink>;
  return (
    <ListPage
      list={list}
      title="技能培训"
      description="职工技能培训、学历提升"
      exportPath="/api/v1/trainings/export"
      actions={create}
      stats={
        t && [
          { label: "培训期数", value: formatNumber(t.sessions), unit: "期" },
          { label: "参训人次", value: formatNumber(t.participants), unit: "人次" },
          { label: "其中：会员 / 非会员", value: `${formatNumber(t.enrolled)} / ${formatNumber(t.extraParticipants)}` },
          { label: "取得职业资格证书", value: formatNumber(t.certified), unit: "人" },
        ]
      }
      filters={FILTERS}
      columns={COLUMNS}
      rowKey={(s) => s.id}
      unit="期"
      empty={{ none: "暂无培训记录", noneHint: "本范围内还没有登记技能培训。", filtered: "没有符合条件的培训", action: create }}
    >
      {t && t.subsidies > 0 && (
        <p className="-mt-2 mb-4 text-sm text-muted">
          学历提升补助：{formatNumber(t.subsidies)} 人，合计 {formatYuan(t.subsidyAmount)}
        </p>
      )}
    </ListPage>
  );
}
