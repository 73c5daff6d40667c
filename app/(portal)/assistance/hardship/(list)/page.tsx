// /assistance/hardship — 困难职工档案 (one person one file): filters in the URL
// (parsed with the API's HardshipListQuerySchema), the 复核到期 filter, export.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { HardshipListQuerySchema, type HardshipFileDto } from "@/lib/hardship/schema";
import { listHardshipFiles } from "@/lib/hardship/queries";
import { HARDSHIP_CATEGORIES, HARDSHIP_CATEGORY_LABELS, HARDSHIP_CAUSE_LABELS, HARDSHIP_STATUSES, HARDSHIP_STATUS_LABELS } from "@/lib/hardship/labels";
import { requireStaff } from "@/lib/auth/session";
import { ButtonLink } from "@/components/ui/button";
import { FileStatusBadge } from "@/components/assistance/badges";
import { formatYuan } from "@/lib/money";
import { formatDate } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, clip, type Column } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "困难职工档案" };

const LIST = { path: "/assistance/hardship", schema: HardshipListQuerySchema, keys: ["q", "status", "category", "reviewDue", "orgId", "sort"], defaultSort: "-createdAt" } as const;

const COLUMNS: Column<HardshipFileDto>[] = [
  { key: "member", header: "姓名", rowHeader: true, cell: (f) => <RecordLink href={`/assistance/hardship/${f.id}`}>{f.memberName}</RecordLink> },
  { key: "id", header: "身份证号", className: "c-mono", cell: (f) => f.memberIdMasked },
  { key: "category", header: "类别", cell: (f) => HARDSHIP_CATEGORY_LABELS[f.category] },
  { key: "cause", header: "致困原因", cell: (f) => HARDSHIP_CAUSE_LABELS[f.cause] },
  { key: "household", header: "家庭人口 / 年收入", className: "c-num", cell: (f) => `${f.householdSize} 人 / ${formatYuan(f.householdIncome)}` },
  { key: "org", header: "所在工会", cell: (f) => clip(f.orgName) },
  { key: "status", header: "状态", cell: (f) => <FileStatusBadge status={f.status} reviewDue={f.reviewDue} /> },
  { key: "verified", header: "末次核实", sort: { asc: "lastVerifiedOn", desc: "-lastVerifiedOn" }, className: "c-num", cell: (f) => formatDate(f.lastVerifiedOn) },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HardshipPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listHardshipFiles(actor, q), {});
  return (
    <ListPage
      list={list}
      title="困难职工档案"
      description="一人一档，每12个月复核一次"
      exportPath="/api/v1/hardship-files/export"
      actions={canWrite(actor) && <ButtonLink href="/assistance/hardship/new" variant="primary">建立档案</ButtonLink>}
      filters={[
        { name: "q", label: "姓名", type: "search", maxLength: 20 },
        { name: "status", label: "状态", all: "全部状态", options: optionsOf(HARDSHIP_STATUSES, HARDSHIP_STATUS_LABELS) },
        { name: "category", label: "类别", all: "全部类别", options: optionsOf(HARDSHIP_CATEGORIES, HARDSHIP_CATEGORY_LABELS) },
        { name: "reviewDue", label: "只看复核到期", checkbox: true, value: "1" },
      ]}
      columns={COLUMNS}
      rowKey={(f) => f.id}
      unit="份"
      empty={{ none: "暂无困难职工档案", filtered: "没有找到符合条件的档案" }}
    />
  );
}
