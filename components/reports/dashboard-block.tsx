// The dashboard's 报送 block (lib/reports): for a quarter or a year, whether
// the period is reported and approved, each headline figure's approved value
// beside the live one ("报送后变动" where they differ), and the children's
// 报送情况. Rendered by the dashboard page between its delimiting comments.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getReportOverview } from "@/lib/reports/queries";
import type { Card as CardDto } from "@/lib/dashboard/schema";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatFigure } from "@/components/dashboard/format";
import { buildHref } from "@/components/url";
import { REPORT_STATUS } from "./status";

type Props = { actor: Actor; orgId: number; period: { kind: string; param: string }; cards: CardDto[] };

export async function DashboardReportBlock({ actor, orgId, period, cards }: Props) {
  if (period.kind !== "year" && period.kind !== "quarter") return null;
  let view;
  try {
    view = await getReportOverview(actor, { orgId, period: period.param });
  } catch (e) {
    if (e instanceof AppError) return null;
    throw e;
  }
  const { report, children } = view;
  const status = REPORT_STATUS[report?.status ?? "NONE"];
  const approved = report && (report.status === "APPROVED" || report.status === "ACCEPTED");
  const snap = new Map((report?.snapshot ?? []).map((s) => [s.key, s.value]));
  const count = (pred: (c: (typeof children)[number]) => boolean) => children.filter(pred).length;
  const href = (id: number) => buildHref("/reports", { orgId: id, period: period.param });

  return (
    <Card
      title="报送情况"
      className="mb-5 print:break-inside-avoid"
      description={`${view.period.label}：本级`}
      actions={
        <Link href={href(orgId)} className="text-sm text-sky-800 hover:underline">
          报送审核
        </Link>
      }
    >
      <p className="mb-3 flex flex-wrap items-center gap-2 text-sm" data-testid="report-status">
        本级：<Badge tone={status.tone}>{status.label}</Badge>
        {children.length > 0 && (
          <span className="text-muted">
            下级 {children.length} 个：已报送 {count((c) => c.status !== null && c.status !== "RETURNED")}，已审核 {count((c) => c.status === "APPROVED" || c.status === "ACCEPTED")}，退回 {count((c) => c.status === "RETURNED")}，逾期 {count((c) => c.late)}
          </span>
        )}
      </p>
      {report && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[480px] text-sm">
            <caption className="sr-only">报送值与当前值</caption>
            <thead>
              <tr className="border-b border-line bg-gray-50 text-left text-gray-600">
                <th scope="col" className="px-3 py-2 font-medium">指标</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{approved ? "审核值" : "报送值"}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">当前值</th>
                <th scope="col" className="px-3 py-2 font-medium" />
              </tr>
            </thead>
            <tbody>
              {cards.map((c) => {
                const was = snap.get(c.key);
                const changed = was !== undefined && was !== c.value;
                return (
                  <tr key={c.key} className="border-b border-line last:border-b-0">
                    <th scope="row" className="px-3 py-1.5 text-left font-normal">{c.name}</th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{formatFigure(was ?? null, c.kind)}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{formatFigure(c.value, c.kind)}</td>
                    <td className="px-3 py-1.5">{changed && <Badge tone="amber">报送后变动</Badge>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {children.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="下级报送情况">
          {children.map((c) => {
            const s = REPORT_STATUS[c.status ?? "NONE"];
            return (
              <li key={c.orgId}>
                <Link href={href(c.orgId)} className="hover:underline">
                  {c.name}
                </Link>{" "}
                <Badge tone={c.late ? "red" : s.tone}>{c.late ? "逾期" : s.label}</Badge>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
