// /assistance/funds — assistance funds in the current scope: budget, money in,
// money out and the balance (the ledger's sum). Administrators run the
// reconciliation here.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { cstYear } from "@/lib/dates";
import { FundListQuerySchema, type FundDto } from "@/lib/assistance/schema";
import { listFunds } from "@/lib/assistance/funds";
import { listOrganisations } from "@/lib/orgs/queries";
import { OrgListQuerySchema } from "@/lib/orgs/schema";
import { levelRank } from "@/lib/orgs/labels";
import { FUND_SOURCES, FUND_SOURCE_LABELS } from "@/lib/assistance/labels";
import { requireStaff } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/assistance/badges";
import { NewFundButton } from "@/components/assistance/fund-forms";
import { ReconcilePanel } from "@/components/assistance/reconcile-panel";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, type Column } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../../scope";
import { RecordLink } from "@/components/list/record-link";
import { formatYuan } from "@/lib/money";

export const metadata: Metadata = { title: "帮扶资金" };

const LIST = { path: "/assistance/funds", schema: FundListQuerySchema, keys: ["year", "source", "orgId"] } as const;

const COLUMNS: Column<FundDto>[] = [
  { key: "name", header: "资金", rowHeader: true, cell: (f) => <RecordLink href={`/assistance/funds/${f.id}`}>{f.name}</RecordLink> },
  { key: "org", header: "所属工会", cell: (f) => f.orgName },
  { key: "year", header: "年度", cell: (f) => f.year },
  { key: "source", header: "来源", className: "c-nowrap", cell: (f) => FUND_SOURCE_LABELS[f.source] },
  { key: "budget", header: "年度预算", className: "c-amt", cell: (f) => formatYuan(f.budget) },
  { key: "in", header: "拨入", className: "c-amt", cell: (f) => formatYuan(f.allocated) },
  { key: "out", header: "发放", className: "c-amt", cell: (f) => formatYuan(f.disbursed) },
  { key: "balance", header: "余额", className: "text-right font-semibold", cell: (f) => <Money value={f.balance} /> },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FundsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const list = await loadList(LIST, searchParams, { actor, scope }, (q) => listFunds(actor, q), {});
  const year = cstYear();

  // Funds may be set up by federations: the scope root and the towns below it.
  let fundOrgs: { id: number; name: string }[] = [];
  if (canWrite(actor) && levelRank(scope.level) <= levelRank("TOWN")) {
    const below = levelRank(scope.level) < levelRank("TOWN")
      ? await listOrganisations(actor, OrgListQuerySchema.parse({ within: String(scope.id), level: levelRank(scope.level) < levelRank("COUNTY") ? "COUNTY" : "TOWN", pageSize: "100" }))
      : { data: [] };
    fundOrgs = [{ id: scope.id, name: scope.name }, ...below.data.filter((o) => o.id !== scope.id).map((o) => ({ id: o.id, name: o.name }))];
  }

  return (
    <ListPage
      list={list}
      title="帮扶资金"
      description="按年度和来源设立；余额 = 台账合计，实时计算"
      actions={fundOrgs.length > 0 && <NewFundButton orgs={fundOrgs} year={year} />}
      filters={[
        { name: "year", label: "年度", all: "全部年度", options: [year, year - 1, year - 2].map((y) => ({ value: String(y), label: `${y}年` })) },
        { name: "source", label: "来源", all: "全部来源", options: optionsOf(FUND_SOURCES, FUND_SOURCE_LABELS) },
      ]}
      columns={COLUMNS}
      rowKey={(f) => f.id}
      unit="项"
      empty={{ none: "暂无帮扶资金", noneHint: "设立资金后，拨入、发放和冲正逐笔记入台账。", filtered: "没有符合条件的资金" }}
      after={
        actor.role === "ADMIN" && (
          <Card title="资金对账" description="逐项核对台账合计与“拨入 − 已发放申请 + 冲正”，并检查每笔已发放申请有且只有一笔未冲正的发放分录" className="mt-4">
            <ReconcilePanel orgId={scope.id} />
          </Card>
        )
      }
    />
  );
}
