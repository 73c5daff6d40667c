// /members/lapsed — 会籍复核: active members with no union activity for six
// months, for staff to keep or confirm leaving, one by one (never automatic).
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { LapsedListQuerySchema, type LapsedMemberDto } from "@/lib/members/schema";
import { LAPSE_MONTHS, listLapsedMembers } from "@/lib/members/lapsed";
import { requireStaff } from "@/lib/auth/session";
import { formatDate } from "@/components/format";
import { ListPage, clip, type Column } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { LapsedReview } from "@/components/members/lapsed-review";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "会籍复核" };

const LIST = { path: "/members/lapsed", schema: LapsedListQuerySchema, keys: ["orgId"] } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LapsedPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listLapsedMembers(actor, q), { cutoff: "" });
  const writable = canWrite(actor);
  const columns: Column<LapsedMemberDto>[] = [
    {
      key: "name",
      header: "姓名",
      rowHeader: true,
      cell: (m) => (
        <Link href={`/members/${m.id}`} className="link">
          {m.name}
        </Link>
      ),
    },
    { key: "id", header: "身份证号", className: "c-mono", cell: (m) => m.idMasked },
    { key: "org", header: "所在工会", cell: (m) => clip(m.orgName) },
    { key: "joined", header: "入会日期", className: "c-num", cell: (m) => formatDate(m.joinedOn) },
    { key: "last", header: "最近一次工会活动", className: "c-num", cell: (m) => formatDate(m.lastActivityOn) },
    ...(writable ? [{ key: "act", header: "复核", cell: (m: LapsedMemberDto) => <LapsedReview memberId={m.id} memberName={m.name} /> }] : []),
  ];
  return (
    <ListPage
      list={list}
      title="会籍复核"
      description={`连续${LAPSE_MONTHS}个月没有工会活动（入会、转会、参加培训或竞赛、申请帮扶）的在会会员${list.result.cutoff ? `（${formatDate(list.result.cutoff)}以来）` : ""}；逐一核实后保留会籍或按退会处理，系统不自动处理`}
      breadcrumbs={[{ label: "会员管理", href: "/members" }, { label: "会籍复核" }]}
      columns={columns}
      rowKey={(m) => m.id}
      caption="待复核的会员"
      unit="人"
      empty={{ none: "没有待复核的会员", filtered: "没有待复核的会员", filteredHint: "" }}
    />
  );
}
