// The parts of a period report's page that the 报送 page and the annual
// statistics report page (/reports/yearbook) share: the status card with the
// caller's acts, and the children's 报送情况.
import Link from "next/link";
import type { ReportOverview } from "@/lib/reports/schema";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ReportActions } from "./report-actions";
import { REPORT_STATUS, reportTime } from "./status";

export function ReportStatusCard({ view, noteHint }: { view: ReportOverview; noteHint?: string }) {
  const { org, period, report } = view;
  const status = REPORT_STATUS[report?.status ?? "NONE"];
  return (
      <Card className="mb-4" title={`${period.label}（${period.from} 至 ${period.to}）`} actions={<ReportActions actions={view.actions} orgId={org.id} period={period.param} reportId={report?.id ?? null} noteHint={noteHint} />}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>状态：</span>
          <Badge tone={status.tone}>{status.label}</Badge>
          {!report && <span className="text-muted">报送截止 {period.dueOn}</span>}
        </p>
        {report && (
          <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
            <div>
              <dt className="inline text-muted">报送：</dt>
              <dd className="inline">
                {report.submittedBy ?? "—"} {reportTime(report.submittedAt)}
              </dd>
            </div>
            <div>
              <dt className="inline text-muted">审核：</dt>
              <dd className="inline">
                {report.reviewedBy ?? "—"} {reportTime(report.reviewedAt)}
              </dd>
            </div>
            {report.acceptedBy && (
              <div>
                <dt className="inline text-muted">确认：</dt>
                <dd className="inline">
                  {report.acceptedBy} {reportTime(report.acceptedAt)}
                </dd>
              </div>
            )}
          </dl>
        )}
        {report?.status === "RETURNED" && report.returnReason && (
          <Alert tone="warning" className="mt-3">
            退回理由：{report.returnReason}
          </Alert>
        )}
      </Card>
  );
}

export function ChildrenTable({ view, href }: { view: ReportOverview; href: (orgId: number) => string }) {
  const { period, children } = view;
  return (
    <>
      {children.length > 0 && (
        <Card className="mb-4" bodyClassName="p-0" title="下级报送情况">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[560px] text-sm">
              <caption className="sr-only">下级组织{period.label}报送情况</caption>
              <thead>
                <tr className="border-b border-line bg-gray-50 text-left text-gray-600">
                  <th scope="col" className="px-4 py-2 font-medium">组织</th>
                  <th scope="col" className="px-4 py-2 font-medium">状态</th>
                  <th scope="col" className="px-4 py-2 font-medium">报送时间</th>
                  <th scope="col" className="px-4 py-2 font-medium">截止日期</th>
                </tr>
              </thead>
              <tbody>
                {children.map((c) => {
                  const s = REPORT_STATUS[c.status ?? "NONE"];
                  return (
                    <tr key={c.orgId} className="border-b border-line last:border-b-0">
                      <th scope="row" className="px-4 py-2 text-left font-normal">
                        <Link className="link" href={href(c.orgId)}>
                          {c.name}
                        </Link>
                      </th>
                      <td className="px-4 py-2">
                        <Badge tone={s.tone}>{s.label}</Badge> {c.late && <Badge tone="red">逾期</Badge>}
                      </td>
                      <td className="px-4 py-2">{reportTime(c.submittedAt)}</td>
                      <td className="px-4 py-2 tabular-nums">{c.dueOn}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
      )}
    </>
  );
}
