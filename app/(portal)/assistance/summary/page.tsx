// /assistance/summary — for leaders: what was disbursed in a year by aid kind,
// by the organisations below the scope (towns, for a county) and by month,
// and budget against spending per fund. Set-based SQL in lib/assistance/summary.ts.
import type { Metadata } from "next";
import { todayCST } from "@/lib/dates";
import { getSummary, type Summary } from "@/lib/assistance/summary";
import { SummaryQuerySchema } from "@/lib/assistance/schema";
import { FUND_SOURCE_LABELS, GRANT_KIND_LABELS, GRANT_STATUSES, GRANT_STATUS_LABELS, type FundSource, type GrantKind, type GrantStatus } from "@/lib/assistance/labels";
import { formatYuan, toFen } from "@/lib/money";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { formatNumber } from "@/components/format";
import { flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "帮扶统计" };

type Row = { amount: string; personTimes: number; households: number };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Width of a bar as a share of the largest amount, computed in integer fen. */
const share = (v: string, max: string) => (toFen(max) === BigInt(0) ? 0 : Number((toFen(v) * BigInt(1000)) / toFen(max)) / 10);

function Bar({ value, max, tone = "bg-brand" }: { value: string; max: string; tone?: string }) {
  return (
    <span aria-hidden="true" className="block h-2 w-full min-w-[6rem] rounded bg-gray-100">
      <span className={`block h-2 rounded ${tone}`} style={{ width: `${Math.min(100, share(value, max))}%` }} />
    </span>
  );
}

export default async function SummaryPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const sp = flattenSearchParams(await searchParams);
  const thisYear = Number(todayCST().slice(0, 4));
  const parsed = SummaryQuerySchema.safeParse({ year: sp.year, orgId: String(scope.id) });
  const s: Summary = await getSummary(actor, parsed.success ? parsed.data : { orgId: scope.id });
  const maxOf = (rows: Row[]) => rows.reduce((m, r) => (toFen(r.amount) > toFen(m) ? r.amount : m), "0.00");

  const rowColumns = <T extends Row>(first: Column<T>, max: string): Column<T>[] => [
    first,
    { key: "amount", header: "发放金额", className: "c-amt", cell: (r) => formatYuan(r.amount) },
    { key: "bar", header: <span className="sr-only">占比</span>, className: "w-40", cell: (r) => <Bar value={r.amount} max={max} /> },
    { key: "n", header: "人次", className: "c-amt", cell: (r) => formatNumber(r.personTimes) },
    { key: "hh", header: "户数", className: "c-amt", cell: (r) => formatNumber(r.households) },
  ];
  type Fund = Summary["funds"][number];
  const fundColumns: Column<Fund>[] = [
    {
      key: "name",
      header: "资金",
      rowHeader: true,
      cell: (f) => <RecordLink href={`/assistance/funds/${f.fundId}`}>{f.orgName} · {FUND_SOURCE_LABELS[f.source as FundSource]}</RecordLink>,
    },
    { key: "budget", header: "预算", className: "c-amt", cell: (f) => formatYuan(f.budget) },
    { key: "spent", header: "已发放", className: "c-amt", cell: (f) => formatYuan(f.spent) },
    { key: "bar", header: "执行率", className: "w-44", cell: (f) => (<span className="flex items-center gap-2"><Bar value={f.spent} max={f.budget} tone="bg-emerald-600" /><span className="text-xs tabular-nums text-muted">{share(f.spent, f.budget).toFixed(1)}%</span></span>) },
    { key: "balance", header: "余额", className: "c-amt", cell: (f) => formatYuan(f.balance) },
  ];

  return (
    <>
      <PageHeader
        title="帮扶统计"
        description={`${s.orgName} · ${s.year}年已发放：${formatYuan(s.totals.amount)}，${formatNumber(s.totals.personTimes)} 人次，${formatNumber(s.totals.households)} 户`}
      />
      <Card className="mb-4" aria-label="统计年度">
        <GetForm action="/assistance/summary" aria-label="统计年度" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="year" className="field-label">
              年度
            </label>
            <select id="year" name="year" defaultValue={String(s.year)} className={selectClass}>
              {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
                <option key={y} value={y}>
                  {y}年
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary")}>
            查看
          </button>
        </GetForm>
      </Card>
      <section aria-label="合计" className="mb-4 grid grid-cols-1 gap-4 sm:grid-cols-3">
        {[
          { label: "发放金额", value: formatYuan(s.totals.amount) },
          { label: "救助人次", value: `${formatNumber(s.totals.personTimes)} 人次` },
          { label: "救助户数", value: `${formatNumber(s.totals.households)} 户` },
        ].map((x) => (
          <div key={x.label} className="rounded-lg border border-line bg-white px-5 py-4">
            <p className="text-sm text-muted">{x.label}</p>
            <p className="mt-1 text-2xl font-semibold tabular-nums text-gray-900">{x.value}</p>
          </div>
        ))}
      </section>
      <div className="grid grid-cols-1 gap-4">
        <Card title="按救助类别" bodyClassName="p-0">
          <DataTable
            caption="按救助类别统计"
            columns={rowColumns({ key: "kind", header: "类别", rowHeader: true, cell: (r: Summary["byKind"][number]) => GRANT_KIND_LABELS[r.kind as GrantKind] }, maxOf(s.byKind))}
            rows={s.byKind}
            rowKey={(r) => r.kind}
            empty={<EmptyState title="本年度尚无发放" />}
          />
        </Card>
        <Card title="按月份" bodyClassName="p-0">
          <DataTable
            caption="按月份统计"
            columns={rowColumns({ key: "month", header: "月份", rowHeader: true, cell: (r: Summary["byMonth"][number]) => <span className="tabular-nums">{r.month}</span> }, maxOf(s.byMonth))}
            rows={s.byMonth}
            rowKey={(r) => r.month}
            empty={<EmptyState title="本年度尚无发放" />}
          />
        </Card>
        <Card title="按下级单位（镇、街道）" bodyClassName="p-0">
          <DataTable
            caption="按下级单位统计"
            columns={rowColumns({ key: "unit", header: "单位", rowHeader: true, cell: (r: Summary["byUnit"][number]) => r.orgName }, maxOf(s.byUnit))}
            rows={s.byUnit}
            rowKey={(r) => String(r.orgId)}
            empty={<EmptyState title="本年度尚无发放" />}
          />
        </Card>
        <Card title="资金预算执行" bodyClassName="p-0">
          <DataTable caption="资金预算执行" columns={fundColumns} rows={s.funds} rowKey={(f) => f.fundId} empty={<EmptyState title="本年度未设立资金" />} />
        </Card>
        <Card title="申请办理情况">
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-[15px]">
            {[...s.byStatus].sort((a, b) => GRANT_STATUSES.indexOf(a.status as GrantStatus) - GRANT_STATUSES.indexOf(b.status as GrantStatus)).map((r) => (
              <li key={r.status}>
                {GRANT_STATUS_LABELS[r.status as GrantStatus]} <span className="font-semibold tabular-nums">{r.count}</span> 件（{formatYuan(r.amount)}）
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
