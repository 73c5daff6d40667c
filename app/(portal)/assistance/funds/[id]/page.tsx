// /assistance/funds/{id} — one fund: budget against money in and out, and its
// append-only ledger (newest first) with the balance after each entry.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getFund, listLedger } from "@/lib/assistance/funds";
import { LedgerQuerySchema, type LedgerEntryDto } from "@/lib/assistance/schema";
import { FUND_SOURCE_LABELS, LEDGER_KIND_LABELS, LEDGER_KINDS } from "@/lib/assistance/labels";
import { toFen } from "@/lib/money";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { InfoCard } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { loadList } from "@/components/list/load";
import { ListSection } from "@/components/list/list-section";
import type { Column, FilterDef } from "@/components/list/list-page";
import { optionsOf } from "@/components/programmes/filter-fields";
import { Money } from "@/components/assistance/badges";
import { FundActions, ReverseEntryButton } from "@/components/assistance/fund-forms";
import { formatDateTime, text } from "@/components/format";
import { RecordLink } from "@/components/list/record-link";
import { formatYuan } from "@/lib/money";

export const metadata: Metadata = { title: "资金台账" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS: FilterDef[] = [{ name: "kind", label: "类型", all: "全部类型", options: optionsOf(LEDGER_KINDS, LEDGER_KIND_LABELS) }];

export default async function FundPage({ params, searchParams }: Props) {
  const actor = await requireStaff();
  const id = (await params).id;
  const fund = await orNotFound(getFund(actor, id));
  const ledger = await loadList(
    { path: `/assistance/funds/${id}`, schema: LedgerQuerySchema, keys: ["kind"], scoped: false },
    searchParams,
    { actor, scope: { id: fund.orgId, name: fund.orgName } },
    (q) => listLedger(actor, id, q),
    {},
  );
  const writable = canWrite(actor);

  const columns: Column<LedgerEntryDto>[] = [
    { key: "id", header: "序号", cell: (e) => <span className="tabular-nums">{e.id}</span> },
    { key: "at", header: "时间", className: "c-num", cell: (e) => formatDateTime(e.createdAt) },
    { key: "kind", header: "类型", cell: (e) => LEDGER_KIND_LABELS[e.kind] + (e.reversesId ? `（冲第 ${e.reversesId} 号）` : "") + (e.reversedById ? `（已由第 ${e.reversedById} 号冲正）` : "") },
    { key: "amount", header: "金额", className: "text-right", cell: (e) => <Money value={e.amount} className={e.amount.startsWith("-") ? "text-red-800" : "text-emerald-800"} /> },
    { key: "balance", header: "余额", className: "c-amt", cell: (e) => formatYuan(e.balance) },
    {
      key: "what",
      header: "摘要",
      className: "min-w-[12rem]",
      cell: (e) =>
        e.grantId ? (
          <RecordLink href={`/assistance/grants/${e.grantId}`}>{text(e.note)}</RecordLink>
        ) : (
          text(e.note)
        ),
    },
    { key: "ref", header: "凭证号", className: "c-mono", cell: (e) => text(e.paymentRef) },
    { key: "by", header: "经办人", cell: (e) => text(e.createdByName) },
    ...(writable
      ? [{ key: "act", header: <span className="sr-only">操作</span>, cell: (e: LedgerEntryDto) => (e.kind === "ALLOCATION" && !e.reversedById ? <ReverseEntryButton fundId={id} entryId={e.id} amount={e.amount} /> : null) }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={fund.name}
        description={`${fund.orgName} · ${fund.year}年 · ${FUND_SOURCE_LABELS[fund.source]}`}
        breadcrumbs={[{ label: "困难帮扶", href: "/assistance" }, { label: "帮扶资金", href: "/assistance/funds" }, { label: fund.name }]}
        actions={
          <>
            <a href={`/api/v1/funds/${id}/entries/export`} className={buttonClass("secondary")}>
              导出台账
            </a>
            {writable && <FundActions fund={fund} />}
          </>
        }
      />
      <InfoCard
        title="资金概况"
        columns={3}
        items={[
          { label: "年度预算", value: <Money value={fund.budget} /> },
          { label: "拨入净额", value: <Money value={fund.allocated} /> },
          { label: "发放净额", value: <Money value={fund.disbursed} /> },
          { label: "余额（台账合计）", value: <Money value={fund.balance} className="text-lg font-semibold" /> },
          { label: "预算执行率", value: fund.budget === "0.00" ? "—" : `${percent(fund.disbursed, fund.budget)}%` },
          { label: "台账分录", value: `${fund.entryCount} 笔` },
        ]}
      />
      <div className="mt-4">
        <ListSection
          list={ledger}
          title="资金台账"
          description="只增不改：发放为负数，冲正以金额相反的新分录记录"
          filters={FILTERS}
          columns={columns}
          rowKey={(e) => e.id}
          caption="资金台账"
          unit="笔"
          empty={{ none: "台账暂无分录", noneHint: "资金拨入后开始记账。", filtered: "没有该类型的分录" }}
        />
      </div>
    </>
  );
}

/** One decimal of a percentage from two 2-decimal amounts, in integer fen (no float money). */
function percent(part: string, whole: string): string {
  const per = (toFen(part) * BigInt(1000)) / toFen(whole);
  return `${per / BigInt(10)}.${per % BigInt(10)}`;
}
