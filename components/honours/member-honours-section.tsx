import "server-only";
// The honours and model-worker services on a member's profile page (/members/{id}).
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listMemberRecords } from "@/lib/honours/queries";
import { HONOUR_LEVEL_LABELS, SERVICE_KIND_LABELS } from "@/lib/honours/labels";
import { Card } from "../ui/card";
import { formatDate } from "../format";
import { formatYuan } from "@/lib/money";
import { HonourStatusBadge } from "./badges";

export async function MemberHonoursSection({ actor, memberId }: { actor: Actor; memberId: string }) {
  const { honours, services } = await listMemberRecords(actor, memberId);
  return (
    <Card title="荣誉与劳模服务" className="mt-4" description={`${honours.length} 项荣誉 · ${services.length} 次服务`}>
      {honours.length === 0 && services.length === 0 ? (
        <p className="text-sm text-muted">暂无荣誉和劳模服务记录。</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-sm font-semibold text-gray-800">荣誉</h3>
            {honours.length === 0 ? (
              <p className="text-sm text-muted">暂无</p>
            ) : (
              <ul className="divide-y divide-line">
                {honours.map((h) => (
                  <li key={h.id} className="flex items-center justify-between gap-3 py-2 text-[15px]">
                    <Link href={`/honours/${h.id}`} className="link">
                      {h.year}年 {h.titleText}
                    </Link>
                    <span className="flex items-center gap-2 text-sm text-muted">
                      {HONOUR_LEVEL_LABELS[h.level]}
                      {h.awardAmount && <span className="tabular-nums">{formatYuan(h.awardAmount)}</span>}
                      <HonourStatusBadge status={h.status} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold text-gray-800">劳模服务</h3>
            {services.length === 0 ? (
              <p className="text-sm text-muted">暂无</p>
            ) : (
              <ul className="divide-y divide-line">
                {services.map((s) => (
                  <li key={s.id} className="flex items-center justify-between gap-3 py-2 text-[15px]">
                    <span>
                      {SERVICE_KIND_LABELS[s.kind]}
                      <span className="ml-2 text-sm text-muted">{s.year}年度</span>
                    </span>
                    <span className="text-sm tabular-nums text-muted">{formatDate(s.servedOn)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
