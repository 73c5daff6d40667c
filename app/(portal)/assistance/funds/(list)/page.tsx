// /assistance/funds — assistance funds in the current scope: budget, money in,
// money out and the balance (the ledger's sum). Administrators run the
// reconciliation here.
import type { Metadata } from "next";
import { todayCST } from "@/lib/dates";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { FundListQuerySchema, type FundDto, type FundListQuery } from "@/lib/assistance/schema";
import { listFunds } from "@/lib/assistance/funds";
import { listOrganisations } from "@/lib/orgs/queries";
import { OrgListQuerySchema } from "@/lib/orgs/schema";
import { levelRank } from "@/lib/orgs/labels";
import { FUND_SOURCES, FUND_SOURCE_LABELS } from "@/lib/assistance/labels";
import { requireStaff } from "@/components/server/guards";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { selectClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { Money } from "@/components/assistance/badges";
import { NewFundButton } from "@/components/assistance/fund-forms";
import { ReconcilePanel } from "@/components/assistance/reconcile-panel";
import { flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "帮扶资金" };

const PATH = "/assistance/funds";
const FORM_KEYS = ["year", "source", "orgId"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FundsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const input = Object.fromEntries(Object.entries(raw).filter(([k]) => (FORM_KEYS as readonly string[]).includes(k) || k === "page"));
  if (input.page && !/^[1-9]\d{0,5}$/.test(input.page)) delete input.page;
  const year = Number(todayCST().slice(0, 4));

  let query: FundListQuery | null = null;
  let problem: string | null = null;
  const parsed = FundListQuerySchema.safeParse({ ...input, orgId: input.orgId ?? String(scope.id) });
  if (parsed.success) query = parsed.data;
  else problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;
  let result: { data: FundDto[]; total: number; page: number; pageSize: number } = { data: [], total: 0, page: 1, pageSize: 20 };
  if (query) {
    try {
      result = await listFunds(actor, query);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem = e.message;
    }
  }

  // Funds may be set up by federations: the scope root and the towns below it.
  let fundOrgs: { id: number; name: string }[] = [];
  if (canWrite(actor) && levelRank(scope.level) <= levelRank("TOWN")) {
    const below = levelRank(scope.level) < levelRank("TOWN")
      ? await listOrganisations(actor, OrgListQuerySchema.parse({ within: String(scope.id), level: levelRank(scope.level) < levelRank("COUNTY") ? "COUNTY" : "TOWN", pageSize: "100" }))
      : { data: [] };
    fundOrgs = [{ id: scope.id, name: scope.name }, ...below.data.filter((o) => o.id !== scope.id).map((o) => ({ id: o.id, name: o.name }))];
  }
  const state: Record<string, string> = Object.fromEntries(FORM_KEYS.filter((k) => input[k]).map((k) => [k, input[k]]));

  const columns: Column<FundDto>[] = [
    {
      key: "name",
      header: "资金",
      rowHeader: true,
      cell: (f) => (
        <Link href={`/assistance/funds/${f.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {f.name}
        </Link>
      ),
    },
    { key: "org", header: "所属工会", cell: (f) => f.orgName },
    { key: "year", header: "年度", cell: (f) => f.year },
    { key: "source", header: "来源", className: "whitespace-nowrap", cell: (f) => FUND_SOURCE_LABELS[f.source] },
    { key: "budget", header: "年度预算", className: "text-right", cell: (f) => <Money value={f.budget} /> },
    { key: "in", header: "拨入", className: "text-right", cell: (f) => <Money value={f.allocated} /> },
    { key: "out", header: "发放", className: "text-right", cell: (f) => <Money value={f.disbursed} /> },
    { key: "balance", header: "余额", className: "text-right font-semibold", cell: (f) => <Money value={f.balance} /> },
  ];

  return (
    <>
      <PageHeader title="帮扶资金" description={`${scope.name} · 按年度和来源设立；余额 = 台账合计，实时计算`} actions={fundOrgs.length > 0 ? <NewFundButton orgs={fundOrgs} year={year} /> : undefined} />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="资金查询" className="grid grid-cols-1 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          <div>
            <label htmlFor="year" className="mb-1 block text-sm font-medium text-gray-800">
              年度
            </label>
            <select id="year" name="year" defaultValue={input.year ?? ""} className={selectClass}>
              <option value="">全部年度</option>
              {[year, year - 1, year - 2].map((y) => (
                <option key={y} value={y}>
                  {y}年
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="source" className="mb-1 block text-sm font-medium text-gray-800">
              来源
            </label>
            <select id="source" name="source" defaultValue={input.source ?? ""} className={selectClass}>
              <option value="">全部来源</option>
              {FUND_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {FUND_SOURCE_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass("primary")}>
              查询
            </button>
            <Link href={PATH} className={buttonClass("secondary")}>
              重置
            </Link>
          </div>
        </GetForm>
      </Card>
      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}
      <Card bodyClassName="p-0">
        <DataTable caption="帮扶资金" columns={columns} rows={result.data} rowKey={(f) => f.id} empty={<EmptyState title="暂无帮扶资金" description="设立资金后，拨入、发放和冲正逐笔记入台账。" />} />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="项" label="帮扶资金分页" />
        </div>
      </Card>
      {actor.role === "ADMIN" && (
        <Card title="资金对账" description="逐项核对台账合计与“拨入 − 已发放申请 + 冲正”，并检查每笔已发放申请有且只有一笔未冲正的发放分录" className="mt-4">
          <ReconcilePanel orgId={scope.id} />
        </Card>
      )}
    </>
  );
}
