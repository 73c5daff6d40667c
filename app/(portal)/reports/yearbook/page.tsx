// /reports/yearbook — 工会统计年报 of an organisation (?orgId=&year=2026, the
// statistics year 2025-10-01 to 2026-09-30): 工会组织基本情况 this year beside
// last year, the consistency checks, the main tables, the children's reports,
// the organisation's own facts, and submission through the period-report
// workflow (period "2026-TJ").
import type { Metadata } from "next";
import Link from "next/link";
import { todayCST } from "@/lib/dates";
import { canWrite } from "@/lib/auth/actor";
import { YearbookQuerySchema, statYear, type Facts, type Yearbook } from "@/lib/yearbook/schema";
import { getYearbook } from "@/lib/yearbook/queries";
import { getReportOverview } from "@/lib/reports/queries";
import type { ReportOverview } from "@/lib/reports/schema";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { cn } from "@/components/ui/cn";
import { buildHref, flattenSearchParams } from "@/components/url";
import { ChildrenTable, ReportStatusCard } from "@/components/reports/report-panels";
import { RowsTable } from "@/components/yearbook/rows-table";
import { FactsForm } from "@/components/yearbook/facts-form";
import { getScopeRoot } from "../../scope";
import { ProblemPage, problemOf } from "@/components/problem";

export const metadata: Metadata = { title: "工会统计年报" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Statistics years that have ended, newest first. */
function yearChoices(today: string) {
  const y = Number(today.slice(0, 4));
  return [y + 1, y, y - 1, y - 2].filter((n) => statYear(n).to < today);
}

export default async function YearbookPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const years = yearChoices(todayCST());
  const parsed = YearbookQuerySchema.safeParse({ orgId: raw.orgId ?? String(scope.id), year: raw.year ?? String(years[0]) });
  let problem: string | null = parsed.success ? null : "查询条件有误：请选择统计年度";
  let yb: Yearbook | null = null;
  let view: ReportOverview | null = null;
  if (parsed.success) {
    try {
      [yb, view] = await Promise.all([getYearbook(actor, parsed.data), getReportOverview(actor, { orgId: parsed.data.orgId, period: statYear(parsed.data.year).param })]);
    } catch (e) {
      problem = problemOf(e);
    }
  }
  if (!yb || !view) {
    return <ProblemPage title="工会统计年报" problem={problem} />;
  }
  const q = { orgId: yb.org.id, year: yb.year };
  const errors = yb.checks.filter((c) => c.level === "error");
  const warnings = yb.checks.filter((c) => c.level === "warning");
  const here = buildHref("/reports/yearbook", q);
  return (
    <>
      <PageHeader
        title={`工会统计年报 · ${yb.org.name}`}
        description={`${yb.label}。各项数字由本组织及下级的记录生成（工会工作人员、职代会、董事会等由各工会填报）；逻辑检查的错误须先更正，提示须在报送说明中解释。报送、审核与季度报送相同，审核通过后该统计年度锁定。`}
        actions={
          <>
            <a href={buildHref("/api/v1/yearbook/export", q)} className={buttonClass("secondary", "sm")}>导出 Excel</a>
            <Link href={buildHref("/reports/yearbook/print", q)} className={buttonClass("secondary", "sm")}>打印</Link>
          </>
        }
      />
      <Card className="mb-4" aria-label="统计年度">
        <GetForm action="/reports/yearbook" className="flex items-end gap-2">
          <input type="hidden" name="orgId" value={yb.org.id} />
          <div>
            <label htmlFor="year" className="field-label">统计年度</label>
            <select id="year" name="year" defaultValue={String(yb.year)} className={cn(selectClass, "w-56")}>
              {years.map((y) => (
                <option key={y} value={y}>{statYear(y).label}</option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>切换</button>
        </GetForm>
      </Card>

      <ReportStatusCard view={view} noteHint={warnings.length ? "逻辑检查有提示，请逐条说明原因（必填）" : undefined} />

      <Card className="mb-4" title="逻辑检查">
        {yb.checks.length === 0 ? (
          <p className="text-sm text-green-800">逻辑检查全部通过。</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {errors.map((c) => (
              <li key={c.code}><Alert tone="error" title="错误（须更正后才能报送）">{c.message}</Alert></li>
            ))}
            {warnings.map((c) => (
              <li key={c.code}><Alert tone="warning" title="提示（报送时须说明）">{c.message}</Alert></li>
            ))}
          </ul>
        )}
      </Card>

      <Card className="mb-4" bodyClassName="p-0 overflow-x-auto" title="工会组织基本情况">
        <RowsTable rows={yb.summary} caption={`${yb.org.name}工会组织基本情况`} year={yb.year} />
      </Card>

      <ChildrenTable view={view} href={(orgId) => buildHref("/reports/yearbook", { orgId, year: yb.year })} />

      <Card className="mb-4" bodyClassName="p-0 overflow-x-auto" title="主要统计表">
        <RowsTable rows={yb.tables} caption={`${yb.org.name}${yb.year}统计年报主要统计表`} year={yb.year} />
      </Card>

      <Card title={`本组织${yb.year}统计年度组织情况（${yb.org.name}自身，不含下级）`}>
        {canWrite(actor) ? (
          <FactsForm orgId={yb.org.id} year={yb.year} facts={yb.facts as Facts | null} back={here} />
        ) : (
          <p className="text-sm text-muted">领导账号只读。{yb.facts ? "" : "本组织尚未填报。"}</p>
        )}
      </Card>
    </>
  );
}
