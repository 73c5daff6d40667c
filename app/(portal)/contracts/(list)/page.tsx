// /contracts — collective contracts of the current scope: filters (kind, status,
// ending within 60 days, lapsed) in the URL, totals, export, and the reminder badge.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { todayCST } from "@/lib/dates";
import { ContractListQuerySchema, type ContractDto } from "@/lib/contracts/schema";
import { countReminders, listContracts } from "@/lib/contracts/queries";
import { CONTRACT_KINDS, CONTRACT_KIND_LABELS, CONTRACT_STATUSES, CONTRACT_STATUS_LABELS, EXPIRY_WINDOW_DAYS } from "@/lib/contracts/labels";
import { requireStaff } from "@/lib/auth/session";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { ContractKindBadge, ContractStatusBadge, ExpiryTag } from "@/components/contracts/contract-badges";
import { formatDate, formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { buildHref } from "@/components/url";
import { ListPage, clip, type Column, type FilterDef } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "集体合同" };

const LIST = { path: "/contracts", schema: ContractListQuerySchema, keys: ["q", "kind", "status", "expiring", "lapsed", "inForce", "orgId", "sort"], defaultSort: "-offeredOn" } as const;

const FILTERS: FilterDef[] = [
  { name: "q", label: "搜索合同", type: "search", placeholder: "合同名称 / 企业方", maxLength: 50, wide: true },
  { name: "kind", label: "类型", all: "全部类型", options: optionsOf(CONTRACT_KINDS, CONTRACT_KIND_LABELS) },
  { name: "status", label: "状态", all: "全部状态", options: optionsOf(CONTRACT_STATUSES, CONTRACT_STATUS_LABELS) },
  { name: "expiring", label: `${EXPIRY_WINDOW_DAYS}天内到期`, checkbox: true },
  { name: "inForce", label: "今天在有效期内", checkbox: true },
  { name: "lapsed", label: "已过期限待标记", checkbox: true },
];

function columns(today: string): Column<ContractDto>[] {
  return [
    { key: "title", header: "合同名称", rowHeader: true, className: "min-w-[16rem]", cell: (c) => <RecordLink href={`/contracts/${c.id}`}>{c.title}</RecordLink> },
    { key: "kind", header: "类型", cell: (c) => <ContractKindBadge kind={c.kind} /> },
    { key: "org", header: "工会方", cell: (c) => clip(c.orgName) },
    {
      key: "status",
      header: "状态",
      cell: (c) =>
        c.expiringSoon ? (
          <span className="tags">
            <ContractStatusBadge status={c.status} lapsed={c.lapsed} />
            <ExpiryTag effectiveTo={c.effectiveTo} today={today} />
          </span>
        ) : (
          <ContractStatusBadge status={c.status} lapsed={c.lapsed} />
        ),
    },
    { key: "offeredOn", header: "要约日期", sort: { asc: "offeredOn", desc: "-offeredOn" }, className: "c-num", cell: (c) => formatDate(c.offeredOn) },
    {
      key: "effectiveTo",
      header: "期限",
      sort: { asc: "effectiveTo", desc: "-effectiveTo" },
      className: "c-num",
      cell: (c) => (c.effectiveFrom ? `${formatDate(c.effectiveFrom)} 至 ${formatDate(c.effectiveTo)}` : "—"),
    },
    { key: "coverage", header: "覆盖企业 / 职工", className: "c-amt", cell: (c) => `${formatNumber(c.enterpriseCount)} 家 / ${formatNumber(c.workerCount)} 人` },
  ];
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContractsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(
    LIST,
    searchParams,
    { actor, scope: await getScopeRoot(actor) },
    (q) => listContracts(actor, q),
    { totals: { coverageRows: 0, coverageWorkers: 0 } },
    (orgId) => countReminders(actor, orgId),
  );
  const reminders = list.beside ?? { expiring: 0, lapsed: 0 };
  const r = list.result;
  return (
    <ListPage
      list={list}
      title="集体合同"
      description="集体合同与工资集体协商"
      exportPath="/api/v1/contracts/export"
      actions={
        <>
          <Link href="/contracts/reminders" className={buttonClass("secondary")}>
            到期提醒
            <span
              className={`ml-1 rounded-full px-2 py-0.5 text-xs font-semibold ${reminders.expiring ? "bg-amber-100 text-amber-900" : "bg-gray-100 text-gray-600"}`}
              aria-label={`${reminders.expiring}份合同${EXPIRY_WINDOW_DAYS}天内到期`}
            >
              {reminders.expiring}
            </span>
          </Link>
          <ButtonLink href="/contracts/coverage">覆盖率</ButtonLink>
          {canWrite(actor) && <ButtonLink href="/contracts/new" variant="primary">新建合同</ButtonLink>}
        </>
      }
      stats={
        reminders.lapsed > 0 && (
          <Alert tone="warning" className="mb-4">
            有 {reminders.lapsed} 份合同已过期限但仍为“生效”状态，已不再计入覆盖率。
            <Link href={buildHref(LIST.path, { orgId: list.scope.explicit ? list.input.orgId : undefined, lapsed: "true" })} className="ml-1 font-medium underline">
              查看
            </Link>
            {" · "}
            <Link href="/contracts/reminders" className="font-medium underline">
              去标记为已到期
            </Link>
          </Alert>
        )
      }
      filters={FILTERS}
      columns={columns(todayCST())}
      rowKey={(c) => c.id}
      caption="集体合同列表"
      unit="份"
      summary={r.totals ? `按合同累计覆盖企业 ${formatNumber(r.totals.coverageRows)} 家次、职工 ${formatNumber(r.totals.coverageWorkers)} 人次` : null}
      empty={{ none: "暂无集体合同", noneHint: "本范围内还没有登记集体合同。", filtered: "没有找到符合条件的合同" }}
    />
  );
}
