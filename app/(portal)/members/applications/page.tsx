// /members/applications — 网上入会 applications queued at the unions of the current scope.
import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationListQuerySchema, type MemberApplicationDto } from "@/lib/members/join-schema";
import { listApplications } from "@/lib/members/join";
import { MEMBER_APPLICATION_STATUS_LABELS } from "@/lib/members/labels";
import { requireStaff } from "@/lib/auth/session";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/format";
import { ListPage, clip, type Column } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "网上入会申请" };

const LIST = { path: "/members/applications", schema: ApplicationListQuerySchema, keys: ["status", "orgId"] } as const;
const TONES = { PENDING: "amber", ACCEPTED: "green", DECLINED: "neutral", EXISTING: "neutral" } as const;
const STATUS_OPTIONS = (["PENDING", "ACCEPTED", "DECLINED"] as const).map((s) => ({ value: s, label: MEMBER_APPLICATION_STATUS_LABELS[s] }));

const COLUMNS: Column<MemberApplicationDto>[] = [
  {
    key: "number",
    header: "申请编号",
    cell: (a) => (
      <Link href={`/members/applications/${a.id}`} className="font-mono text-sky-800 hover:underline">
        {a.number}
      </Link>
    ),
  },
  { key: "name", header: "姓名", rowHeader: true, cell: (a) => a.name },
  { key: "id", header: "身份证号", className: "c-mono", cell: (a) => a.idMasked },
  { key: "employer", header: "工作单位或平台", cell: (a) => <span className="block max-w-[12rem] truncate" title={a.employer}>{a.employer}</span> },
  { key: "town", header: "镇（街道）", cell: (a) => a.townName },
  { key: "org", header: "受理工会", cell: (a) => clip(a.orgName) },
  { key: "submitted", header: "提交日期", className: "c-num", cell: (a) => formatDate(a.submittedAt.slice(0, 10)) },
  { key: "status", header: "状态", cell: (a) => <Badge tone={TONES[a.status]}>{MEMBER_APPLICATION_STATUS_LABELS[a.status]}</Badge> },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApplicationsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listApplications(actor, q), {});
  return (
    <ListPage
      list={list}
      title="网上入会申请"
      description="职工在网上提交，进入所选工会或所在镇（街道）工会的待办；同意后登记为会员并生成激活码"
      breadcrumbs={[{ label: "会员管理", href: "/members" }, { label: "网上入会申请" }]}
      filters={[{ name: "status", label: "状态", all: "全部状态", options: STATUS_OPTIONS }]}
      columns={COLUMNS}
      rowKey={(a) => a.id}
      caption="网上入会申请"
      unit="份"
      empty={{ none: "暂无网上入会申请", filtered: "没有符合条件的申请", filteredHint: "请调整筛选条件。" }}
    />
  );
}
