// /rights-cases — 维权服务工单 in the current scope; ?queue=mine is the union's own queue.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { RightsListQuerySchema, type RightsCaseDto } from "@/lib/rights-cases/schema";
import { listCases } from "@/lib/rights-cases/queries";
import { RIGHTS_CHANNEL_LABELS, RIGHTS_KINDS, RIGHTS_KIND_LABELS, RIGHTS_STATUSES, RIGHTS_STATUS_LABELS } from "@/lib/rights-cases/labels";
import { formatYuan } from "@/lib/money";
import { requireStaff } from "@/lib/auth/session";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { buildHref } from "@/components/url";
import { formatDate, formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, clip, type Column, type FilterDef } from "@/components/list/list-page";
import { RecordLink } from "@/components/list/record-link";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "维权服务" };

const PATH = "/rights-cases";
const LIST = { path: PATH, schema: RightsListQuerySchema, keys: ["q", "kind", "status", "queue", "overdue", "receivedFrom", "receivedTo", "closedFrom", "closedTo", "orgId"] } as const;

const COLUMNS: Column<RightsCaseDto>[] = [
  { key: "receivedOn", header: "接收日期", className: "c-num", cell: (r) => formatDate(r.receivedOn) },
  {
    key: "who",
    header: "职工",
    rowHeader: true,
    cell: (r) => (
      <RecordLink href={`/rights-cases/${r.id}`}>
        {r.isMember ? r.applicantName : `${r.applicantName}（非会员）`}
      </RecordLink>
    ),
  },
  { key: "kind", header: "类别", cell: (r) => RIGHTS_KIND_LABELS[r.kind] },
  { key: "channel", header: "渠道", cell: (r) => RIGHTS_CHANNEL_LABELS[r.channel] },
  { key: "handling", header: "办理工会", cell: (r) => clip(r.handlingOrgName, "sm") },
  { key: "status", header: "状态", cell: (r) => (r.overdue ? <Badge tone="red">超期 · {RIGHTS_STATUS_LABELS[r.status]}</Badge> : <Badge tone={r.closedOn ? "green" : "blue"}>{RIGHTS_STATUS_LABELS[r.status]}</Badge>) },
  { key: "limit", header: "办结时限", className: "c-num", cell: (r) => formatDate(r.resolveBy) },
  { key: "days", header: "用时（工作日）", className: "c-amt", cell: (r) => r.workingDaysToClose ?? "—" },
  { key: "money", header: "追回金额", className: "c-amt", cell: (r) => formatYuan(r.moneyRecovered) },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RightsCasesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listCases(actor, q), {
    totals: { count: 0, closed: 0, overdue: 0, onTimeRate: null, moneyRecovered: "0.00", avgSatisfaction: null },
  });
  const t = list.result.totals;
  const filters: FilterDef[] = [
    // Leaders see surnames only, so they do not search by name.
    ...(actor.role === "LEADER" ? [] : [{ name: "q", label: "姓名", type: "search" as const, placeholder: "姓名开头" }]),
    { name: "kind", label: "类别", all: "全部类别", options: optionsOf(RIGHTS_KINDS, RIGHTS_KIND_LABELS) },
    { name: "status", label: "状态", all: "全部状态", options: optionsOf(RIGHTS_STATUSES, RIGHTS_STATUS_LABELS) },
    { name: "receivedFrom", label: "接收日期（起）", type: "date" },
    { name: "receivedTo", label: "接收日期（止）", type: "date" },
    { name: "queue", label: "本单位待办", hidden: true, display: () => "本单位办理中及直属下级超期" },
    { name: "overdue", label: "超期", hidden: true, display: () => "是" },
    { name: "closedFrom", label: "办结日期（起）", hidden: true },
    { name: "closedTo", label: "办结日期（止）", hidden: true },
  ];
  return (
    <ListPage
      list={list}
      title="维权服务"
      description="欠薪、劳动合同、工伤、社保、争议调解、法律咨询"
      actions={
        <>
          <ButtonLink href={buildHref(PATH, { queue: "mine" })}>本单位待办</ButtonLink>
          <ButtonLink href={buildHref(PATH, { overdue: "true" })}>超期工单</ButtonLink>
          {canWrite(actor) && (
            <ButtonLink href="/rights-cases/new" variant="primary">
              登记诉求
            </ButtonLink>
          )}
        </>
      }
      stats={t && [
        { label: "工单 / 已办结", value: `${formatNumber(t.count)} / ${formatNumber(t.closed)}`, unit: "件" },
        { label: "超期", value: formatNumber(t.overdue), unit: "件" },
        { label: "按时办结率 / 平均满意度", value: `${t.onTimeRate === null ? "—" : `${t.onTimeRate}%`} / ${t.avgSatisfaction ?? "—"}` },
        { label: "追回金额", value: formatYuan(t.moneyRecovered) },
      ]}
      filters={filters}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      unit="件"
      empty={{ none: "暂无维权工单", filtered: "没有符合条件的工单" }}
    >
      {list.input.queue && (
        <Alert tone="info" className="mb-4">
          本单位办理中的工单，以及直属下级工会的超期工单。
        </Alert>
      )}
    </ListPage>
  );
}
