// /trainings — training sessions (技能培训) in the current scope: filters and sort in the
// URL (parsed with the API's query schema), totals of the whole filtered set, export.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { TrainingListQuerySchema, type TrainingDto } from "@/lib/trainings/schema";
import { listTrainings } from "@/lib/trainings/queries";
import { TRAINING_MODES, TRAINING_MODE_LABELS, TRAINING_TYPES, TRAINING_TYPE_LABELS } from "@/lib/trainings/labels";
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
import { formatYuan } from "@/lib/money";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "技能培训" };

const PATH = "/trainings";
const KEYS = ["q", "type", "mode", "from", "to", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrainingsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { input, state } = listInput(await searchParams, KEYS);
  const empty = {
    data: [] as TrainingDto[],
    total: 0,
    page: 1,
    pageSize: 20,
    totals: { sessions: 0, enrolled: 0, extraParticipants: 0, participants: 0, certified: 0, subsidies: 0, subsidyAmount: "0.00" },
  };
  const { query, result, problem } = await runList(TrainingListQuerySchema, { ...input, orgId: input.orgId ?? String(scope.id) }, (q) => listTrainings(actor, q), empty);
  const hasFilters = KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  const exportHref = buildHref("/api/v1/trainings/export", { ...state, orgId: input.orgId ?? scope.id, sort: undefined });
  const t = result.totals;

  const columns: Column<TrainingDto>[] = [
    {
      key: "title",
      header: "培训名称",
      rowHeader: true,
      sort: { asc: "title", desc: "-title" },
      className: "min-w-[16rem]",
      cell: (s) => (
        <Link href={`/trainings/${s.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {s.title}
        </Link>
      ),
    },
    { key: "type", header: "类型", cell: (s) => <Badge tone="blue">{TRAINING_TYPE_LABELS[s.type]}</Badge> },
    { key: "org", header: "举办组织", cell: (s) => <span className="block max-w-[12rem] truncate" title={s.orgName}>{s.orgName}</span> },
    {
      key: "startsOn",
      header: "培训日期",
      sort: { asc: "startsOn", desc: "-startsOn" },
      cell: (s) => (
        <span className="tabular-nums whitespace-nowrap">
          {formatDate(s.startsOn)}
          {s.endsOn !== s.startsOn && <span className="text-muted"> 至 {formatDate(s.endsOn).slice(5)}</span>}
          {s.mode === "ONLINE" && <span className="ml-1 text-xs text-muted">（线上）</span>}
        </span>
      ),
    },
    { key: "hours", header: "学时", className: "text-right", cell: (s) => <span className="tabular-nums">{s.hours}</span> },
    {
      key: "participants",
      header: "参训人次",
      className: "text-right",
      cell: (s) => (
        <span className="tabular-nums whitespace-nowrap" title={`会员 ${s.enrolledCount} + 非会员 ${s.extraParticipants}`}>
          {formatNumber(s.participantCount)}
          <span className="block text-xs text-muted">会员 {formatNumber(s.enrolledCount)}</span>
        </span>
      ),
    },
    { key: "certified", header: "取证", className: "text-right", cell: (s) => <span className="tabular-nums">{formatNumber(s.certifiedCount)}</span> },
  ];

  return (
    <>
      <PageHeader
        title="技能培训"
        description={`职工技能培训、学历提升 · 范围：${scope.name}`}
        actions={
          <>
            <a href={exportHref} className={buttonClass("secondary")} download>
              导出 Excel
            </a>
            {canWrite(actor) && (
              <ButtonLink href="/trainings/new" variant="primary">
                新建培训
              </ButtonLink>
            )}
          </>
        }
      />
      <Stats
        items={[
          { label: "培训期数", value: formatNumber(t.sessions), unit: "期" },
          { label: "参训人次", value: formatNumber(t.participants), unit: "人次" },
          { label: "其中：会员 / 非会员", value: `${formatNumber(t.enrolled)} / ${formatNumber(t.extraParticipants)}` },
          { label: "取得职业资格证书", value: formatNumber(t.certified), unit: "人" },
        ]}
      />
      {t.subsidies > 0 && (
        <p className="-mt-2 mb-4 text-sm text-muted">
          学历提升补助：{formatNumber(t.subsidies)} 人，合计 {formatYuan(t.subsidyAmount)}
        </p>
      )}
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="培训查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <FilterInput name="q" label="搜索" value={input.q} type="search" placeholder="培训名称 / 承办单位" />
          <FilterSelect name="type" label="培训类型" value={input.type} all="全部类型" options={optionsOf(TRAINING_TYPES, TRAINING_TYPE_LABELS)} />
          <FilterSelect name="mode" label="培训方式" value={input.mode} all="线上和线下" options={optionsOf(TRAINING_MODES, TRAINING_MODE_LABELS)} />
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
          caption="技能培训"
          columns={columns}
          rows={result.data}
          rowKey={(s) => s.id}
          sort={{ current: query?.sort ?? "-startsOn", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-startsOn" ? undefined : s, page: undefined }) }}
          empty={
            <EmptyState
              title={problem ? "无法查询" : hasFilters ? "没有符合条件的培训" : "暂无培训记录"}
              description={problem ? "请修改查询条件后重试。" : hasFilters ? "请调整搜索词或筛选条件。" : "本范围内还没有登记技能培训。"}
              action={
                !hasFilters && !problem && canWrite(actor) ? (
                  <ButtonLink href="/trainings/new" variant="primary" size="sm">
                    新建培训
                  </ButtonLink>
                ) : undefined
              }
            />
          }
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="期" label="培训分页" />
        </div>
      </Card>
    </>
  );
}
