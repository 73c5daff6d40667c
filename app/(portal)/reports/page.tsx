// /reports — 报送: one organisation's report for a quarter or a year (?orgId=,
// ?period=2026-Q3): its status and snapshot, the acts the caller may take
// (with confirmation), and its reporting children's status (报送情况).
import type { Metadata } from "next";
import Link from "next/link";
import { todayCST } from "@/lib/dates";
import { ReportQuerySchema, type ReportOverview } from "@/lib/reports/schema";
import { getReportOverview } from "@/lib/reports/queries";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { SwitchCard } from "@/components/ui/switch-form";
import { buildHref, flattenSearchParams } from "@/components/url";
import { formatFigure } from "@/components/dashboard/format";
import { ChildrenTable, ReportStatusCard } from "@/components/reports/report-panels";
import { EntryWindowForm, ExceptionForm } from "@/components/reports/late-entry";
import { canWrite } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/dates";
import { getScopeRoot } from "../scope";
import { ProblemPage, problemOf } from "@/components/problem";

export const metadata: Metadata = { title: "报送审核" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };


/** The quarters and years that have ended, newest first (the last two years). */
function periodChoices(today: string) {
  const y = Number(today.slice(0, 4));
  const out: { param: string; label: string }[] = [];
  for (const year of [y, y - 1]) {
    for (let q = 4; q >= 1; q--) {
      const end = `${year}-${String(q * 3).padStart(2, "0")}-${q === 1 || q === 4 ? 31 : 30}`;
      if (end < today) out.push({ param: `${year}-Q${q}`, label: `${year}年第${"一二三四"[q - 1]}季度` });
    }
    if (`${year}-12-31` < today) out.push({ param: String(year), label: `${year}年度` });
  }
  return out;
}


export default async function ReportsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const choices = periodChoices(todayCST());
  const parsed = ReportQuerySchema.safeParse({ orgId: raw.orgId ?? String(scope.id), period: raw.period ?? choices[0]?.param });
  let problem: string | null = parsed.success ? null : "查询条件有误：报送期间应为年度或季度";
  let view: ReportOverview | null = null;
  if (parsed.success) {
    try {
      view = await getReportOverview(actor, parsed.data);
    } catch (e) {
      problem = problemOf(e);
    }
  }
  if (!view) {
    return <ProblemPage title="报送审核" problem={problem} />;
  }
  const { org, period, report } = view;

  return (
    <>
      <PageHeader
        title={`报送审核 · ${org.name}`}
        description="按季度、年度报送看板指标；上级审核通过后，该期间内本组织及下级的记录锁定，须由审核一级的管理员重新开放后才能更正。"
        actions={
          <>
            <Link href={buildHref("/dashboard", { orgId: org.id, period: period.param })} className={buttonClass("secondary", "sm")}>
              查看{period.label}看板
            </Link>
            <Link href={buildHref("/reports/yearbook", { orgId: org.id })} className={buttonClass("secondary", "sm")}>
              工会统计年报
            </Link>
          </>
        }
      />
      <SwitchCard action="/reports" orgId={org.id} id="period" label="报送期间" value={period.param} choices={choices.map((c) => ({ value: c.param, label: c.label }))} className="w-44" />

      <ReportStatusCard view={view} />
      <ChildrenTable view={view} href={(orgId) => buildHref("/reports", { orgId, period: period.param })} />
      {/-Q[1-4]$/.test(period.param) && (
        <Card className="mb-4" title="逾期补录" aria-label="逾期补录">
          <p className="text-sm text-gray-700">
            {org.name}：季度结束后 {view.entryWindow.graceDays} 天内可直接录入；
            {view.entryWindow.closeLateEntry ? "此后录入本季度的记录须经上一级组织同意补录。" : "逾期后仍可录入（未开启逾期关闭）。"}
          </p>
          {view.exceptions.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm text-gray-700">
              {view.exceptions.map((x) => (
                <li key={x.id}>
                  {x.orgName} {x.period} 补录有效至 {formatDateTime(x.validUntil)}（{x.grantedBy ?? "—"}：{x.reason}）
                </li>
              ))}
            </ul>
          )}
          {actor.role === "ADMIN" && org.id !== actor.orgId && (
            <div className="mt-4 border-t border-line pt-4">
              <EntryWindowForm orgId={org.id} graceDays={view.entryWindow.graceDays} closeLateEntry={view.entryWindow.closeLateEntry} />
            </div>
          )}
          {canWrite(actor) && org.id === actor.orgId && view.children.length > 0 && (
            <div className="mt-4 border-t border-line pt-4">
              <ExceptionForm period={period.param} orgs={view.children.map((c) => ({ id: c.orgId, name: c.name }))} />
            </div>
          )}
        </Card>
      )}

      <Card bodyClassName="p-0" title="报送快照（报送时的看板指标）">
        {report ? (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[480px] text-sm">
              <caption className="sr-only">{period.label}报送快照</caption>
              <thead>
                <tr className="border-b border-line bg-gray-50 text-left text-gray-600">
                  <th scope="col" className="px-4 py-2 font-medium">指标</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">报送值</th>
                  <th scope="col" className="px-4 py-2 font-medium">单位</th>
                </tr>
              </thead>
              <tbody>
                {report.snapshot.map((s) => (
                  <tr key={s.key} className="border-b border-line last:border-b-0">
                    <th scope="row" className="px-4 py-2 text-left font-normal">{s.name}</th>
                    <td className="px-4 py-2 text-right tabular-nums">{formatFigure(s.value, s.kind)}</td>
                    <td className="px-4 py-2 text-muted">{s.unit}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState title="尚未报送" description="报送后，这里显示报送时各项指标的数值。" />
        )}
      </Card>
    </>
  );
}
