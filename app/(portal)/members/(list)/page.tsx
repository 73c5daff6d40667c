// /members — the member registry: search and filters in the URL (parsed with the
// API's MemberListQuerySchema), sortable, paginated, scoped to the current scope;
// ticked rows can be exported or enrolled in a training at once.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { MemberListQuerySchema, type MemberListItem } from "@/lib/members/schema";
import { effectiveSort, listMembers } from "@/lib/members/list";
import { COUNTED_MEMBER_STATUS, MEMBER_GROUPS, MEMBER_GROUP_LABELS, MEMBER_STATUS_ALL, MEMBER_STATUSES, MEMBER_STATUS_LABELS, memberStatusShown, SEX_LABELS, type MemberStatusFilter } from "@/lib/members/labels";
import { requireStaff } from "@/lib/auth/session";
import { ButtonLink } from "@/components/ui/button";
import { GroupTags, MemberStatusBadge } from "@/components/members/member-badges";
import { formatDate, sexLabel } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, clip, type Column, type FilterDef } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { MemberBatchActions } from "@/components/members/batch-actions";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "会员管理" };

const LIST = {
  path: "/members",
  schema: MemberListQuerySchema,
  keys: ["q", "status", "group", "sex", "joinedFrom", "joinedTo", "orgId", "sort"],
  // A search sorts by relevance, a plain list by name: the default follows the filters.
  defaultSort: (input: Record<string, string>) => effectiveSort({ q: input.q }),
} as const;

const statusLabel = (s: string) => (s === MEMBER_STATUS_ALL ? "全部状态" : (MEMBER_STATUS_LABELS[s as keyof typeof MEMBER_STATUS_LABELS] ?? s));

/** What the list shows, in words: the default is named as the 会员数 it is. */
function shownLine(status: MemberStatusFilter | undefined): string {
  const shown = memberStatusShown(status);
  if (shown === MEMBER_STATUS_ALL) return "显示全部状态的会员";
  return shown === COUNTED_MEMBER_STATUS ? `显示${statusLabel(shown)}会员（即首页、数据看板的会员数）` : `显示${statusLabel(shown)}会员`;
}

const FILTERS: FilterDef[] = [
  { name: "q", label: "搜索会员", type: "search", placeholder: "姓名 / 手机号 / 身份证号", wide: true },
  // No status is the counted one (在会, the 会员数 of 首页 and the dashboard); 全部状态 is asked for.
  {
    name: "status",
    label: "状态",
    all: `${MEMBER_STATUS_LABELS[COUNTED_MEMBER_STATUS]}（默认）`,
    options: [...optionsOf(MEMBER_STATUSES.filter((s) => s !== COUNTED_MEMBER_STATUS), MEMBER_STATUS_LABELS), { value: MEMBER_STATUS_ALL, label: "全部状态" }],
    display: statusLabel,
  },
  { name: "group", label: "群体", all: "全部群体", options: optionsOf(MEMBER_GROUPS, MEMBER_GROUP_LABELS) },
  { name: "sex", label: "性别", all: "全部", options: optionsOf(["MALE", "FEMALE"] as const, SEX_LABELS) },
  { name: "joinedFrom", label: "入会日期（起）", type: "date" },
  { name: "joinedTo", label: "入会日期（止）", type: "date" },
];

const COLUMNS: Column<MemberListItem>[] = [
  { key: "name", header: "姓名", rowHeader: true, sort: { asc: "name", desc: "-name" }, cell: (m) => <RecordLink href={`/members/${m.id}`}>{m.name}</RecordLink> },
  { key: "sex", header: "性别", cell: (m) => sexLabel(m.sex) },
  { key: "id", header: "身份证号", className: "c-mono", cell: (m) => m.idMasked },
  { key: "phone", header: "手机号", className: "c-num", cell: (m) => m.phoneMasked },
  { key: "org", header: "所在工会", cell: (m) => clip(m.orgName) },
  { key: "joinedOn", header: "入会日期", sort: { asc: "joinedOn", desc: "-joinedOn" }, className: "c-num", cell: (m) => formatDate(m.joinedOn) },
  { key: "status", header: "状态", cell: (m) => <MemberStatusBadge status={m.status} /> },
  { key: "groups", header: "群体", className: "min-w-[10rem]", cell: (m) => <GroupTags groups={m.groups} /> },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MembersPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listMembers(actor, q), { totalCapped: false, sort: "name" });
  return (
    <ListPage
      list={list}
      title="会员管理"
      description={`实名制会员名册 · ${shownLine(list.query?.status)}`}
      actions={
        canWrite(actor) && (
          <>
            <ButtonLink href="/members/applications">网上入会</ButtonLink>
            <ButtonLink href="/members/transfers">会籍接转</ButtonLink>
            <ButtonLink href="/members/lapsed">会籍复核</ButtonLink>
            <ButtonLink href="/members/import">批量导入</ButtonLink>
            <ButtonLink href="/members/new" variant="primary">登记会员</ButtonLink>
          </>
        )
      }
      filters={FILTERS}
      columns={COLUMNS}
      rowKey={(m) => m.id}
      selection={{ label: (m) => m.name, actions: <MemberBatchActions canEnrol={canWrite(actor)} /> }}
      caption="会员名册"
      unit="人"
      empty={{ none: "暂无会员", noneHint: "本范围内还没有登记会员。", filtered: "没有找到符合条件的会员", filteredHint: "请调整搜索词或筛选条件。身份证号须输入完整的18位号码。" }}
    />
  );
}
