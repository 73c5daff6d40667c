// /activities — activity records (工作台账): 双进宣讲, 法律援助, 送清凉, 招聘会 … in the current scope.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { ActivityListQuerySchema, type ActivityDto } from "@/lib/activities/schema";
import { listActivities, listActivityTypes } from "@/lib/activities/queries";
import { formatYuan } from "@/lib/money";
import { requireStaff } from "@/lib/auth/session";
import { ButtonLink } from "@/components/ui/button";
import { formatDate, formatNumber } from "@/components/format";
import { ListPage, clip, type Column } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "工作台账" };

const LIST = { path: "/activities", schema: ActivityListQuerySchema, keys: ["q", "typeId", "heldFrom", "heldTo", "orgId", "sort"], defaultSort: "-heldOn" } as const;

const COLUMNS: Column<ActivityDto>[] = [
  { key: "heldOn", header: "活动日期", sort: { asc: "heldOn", desc: "-heldOn" }, className: "c-num", cell: (r) => formatDate(r.heldOn) },
  { key: "type", header: "活动类型", rowHeader: true, cell: (r) => <RecordLink href={`/activities/${r.id}`}>{r.typeName}</RecordLink> },
  { key: "org", header: "开展单位", cell: (r) => clip(r.orgName) },
  { key: "place", header: "地点", cell: (r) => clip(r.place, "sm") },
  { key: "people", header: "参与人数", sort: { asc: "-participants", desc: "-participants" }, className: "c-amt", cell: (r) => formatNumber(r.participants) },
  { key: "amount", header: "支出金额", sort: { asc: "-amountSpent", desc: "-amountSpent" }, className: "c-amt", cell: (r) => formatYuan(r.amountSpent) },
  { key: "att", header: "附件", className: "text-right", cell: (r) => (r.attachmentCount ? <span className="tabular-nums">{r.attachmentCount}</span> : "—") },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActivitiesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const [list, types] = await Promise.all([
    loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listActivities(actor, q), { totals: { count: 0, participants: 0, amountTotal: "0.00" } }),
    listActivityTypes(actor, true),
  ]);
  const t = list.result.totals;
  const typeOptions = types.map((ty) => ({ value: String(ty.id), label: ty.active ? ty.name : `${ty.name}（已停用）` }));
  return (
    <ListPage
      list={list}
      title="工作台账"
      description="各类活动记录"
      exportPath="/api/v1/activities/export"
      actions={
        <>
          {actor.role === "ADMIN" && <ButtonLink href="/activities/types">活动类型</ButtonLink>}
          {canWrite(actor) && <ButtonLink href="/activities/new" variant="primary">登记活动</ButtonLink>}
        </>
      }
      stats={
        t && [
          { label: "活动记录", value: formatNumber(t.count), unit: "条" },
          { label: "参与人次", value: formatNumber(t.participants), unit: "人次" },
          { label: "支出合计", value: formatYuan(t.amountTotal) },
          { label: "活动类型", value: list.input.typeId ? (typeOptions.find((o) => o.value === list.input.typeId)?.label ?? "—") : "全部" },
        ]
      }
      filters={[
        { name: "q", label: "搜索", type: "search", placeholder: "地点 / 活动内容" },
        { name: "typeId", label: "活动类型", all: "全部类型", options: typeOptions },
        { name: "heldFrom", label: "活动日期（起）", type: "date" },
        { name: "heldTo", label: "活动日期（止）", type: "date" },
      ]}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      empty={{ none: "暂无活动记录", filtered: "没有符合条件的活动" }}
    />
  );
}
