// The dashboard's 网上入会办理 table: applications decided in the period and
// the median time from application to decision, for the scope and each child.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { joinHandling } from "@/lib/members/join-stats";
import { Card } from "@/components/ui/card";
import { formatNumber } from "@/components/format";
import { drillHref } from "@/components/list/drill";

/** "2.5 小时" below two days, "3.1 天" above: how staff speak of a queue. */
export function formatWait(h: number | null): string {
  if (h == null) return "—";
  return h < 48 ? `${h} 小时` : `${Math.round((h / 24) * 10) / 10} 天`;
}

export async function JoinHandlingSection({ actor, orgId, from, to, back }: { actor: Actor; orgId: number; from: string; to: string; back: string }) {
  const rows = await joinHandling(actor, orgId, from, to);
  const [total, ...children] = rows;
  return (
    <Card title="网上入会办理" description="期间内办结（同意或不同意）的网上入会申请，及从提交到办结用时的中位数" className="mb-5 print:break-inside-avoid" aria-label="网上入会办理">
      {total.decided === 0 ? (
        <p className="text-sm text-muted">本期没有办结的网上入会申请。</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[480px] text-sm">
            <thead>
              <tr className="border-b border-line bg-gray-50 text-left text-gray-600">
                <th scope="col" className="px-3 py-2 font-medium">单位</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">办结</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">同意</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">用时中位数</th>
              </tr>
            </thead>
            <tbody>
              {[total, ...children].map((r) => (
                <tr key={r.orgId ?? "total"} className="border-b border-line last:border-b-0">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {r.orgId == null ? <span className="font-medium">合计（全辖）</span> : <Link href={drillHref(`/members/applications?orgId=${r.orgId}`, back)} className="link">{r.name}</Link>}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.decided)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.accepted)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatWait(r.medianHours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
