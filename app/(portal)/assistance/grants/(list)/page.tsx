// /assistance/grants — 帮扶救助申请: filters in the URL (parsed with the API's
// GrantListQuerySchema), totals, export, within the current scope.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { cstYear } from "@/lib/dates";
import { GrantListQuerySchema, type GrantDto } from "@/lib/assistance/schema";
import { listGrants } from "@/lib/assistance/grants";
import { GRANT_KINDS, GRANT_KIND_LABELS, GRANT_STATUSES, GRANT_STATUS_LABELS } from "@/lib/assistance/labels";
import { formatYuan } from "@/lib/money";
import { requireStaff } from "@/lib/auth/session";
import { ButtonLink } from "@/components/ui/button";
import { GrantStatusBadge } from "@/components/assistance/badges";
import { formatDate, formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, clip, type Column } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "救助申请" };

const LIST = { path: "/assistance/grants", schema: GrantListQuerySchema, keys: ["q", "status", "kind", "year", "orgId", "sort"], defaultSort: "-createdAt" } as const;

const COLUMNS: Column<GrantDto>[] = [
  { key: "member", header: "救助对象", rowHeader: true, cell: (g) => <RecordLink href={`/assistance/grants/${g.id}`}>{g.memberName}</RecordLink> },
  { key: "kind", header: "类别", className: "c-nowrap", cell: (g) => GRANT_KIND_LABELS[g.kind] },
  { key: "amount", header: "金额", className: "c-amt", sort: { asc: "amount", desc: "-amount" }, cell: (g) => formatYuan(g.amount) },
  { key: "org", header: "所在工会", cell: (g) => clip(g.orgName) },
  { key: "year", header: "年度", cell: (g) => <span className="tabular-nums">{g.year}</span> },
  { key: "status", header: "状态", cell: (g) => <GrantStatusBadge status={g.status} /> },
  { key: "updated", header: "最近办理", className: "c-num", cell: (g) => formatDate(g.updatedAt) },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GrantsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listGrants(actor, q), { totalAmount: "0.00" });
  const year = cstYear();
  return (
    <ListPage
      list={list}
      title="救助申请"
      description="送温暖、金秋助学、医疗救助、生活救助等"
      exportPath="/api/v1/grants/export"
      actions={canWrite(actor) && <ButtonLink href="/assistance/grants/new" variant="primary">新建申请</ButtonLink>}
      filters={[
        { name: "q", label: "救助对象", type: "search", placeholder: "姓名", maxLength: 20 },
        { name: "kind", label: "类别", all: "全部类别", options: optionsOf(GRANT_KINDS, GRANT_KIND_LABELS) },
        { name: "status", label: "状态", all: "全部状态", options: optionsOf(GRANT_STATUSES, GRANT_STATUS_LABELS) },
        { name: "year", label: "年度", all: "全部年度", options: [year, year - 1, year - 2].map((y) => ({ value: String(y), label: `${y}年` })) },
      ]}
      columns={COLUMNS}
      rowKey={(g) => g.id}
      unit="件"
      summary={list.result.totalAmount === null ? null : `共 ${formatNumber(list.result.total)} 件，金额合计 ${formatYuan(list.result.totalAmount)}`}
      empty={{ none: "暂无救助申请", filtered: "没有找到符合条件的申请", filteredHint: "请调整筛选条件。" }}
    />
  );
}
