// /members/change-requests — members' requests to correct their data, for the
// staff of their union and above to confirm.
import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { canWrite } from "@/lib/auth/actor";
import { listChangeRequests } from "@/lib/self-service/profile";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ChangeDecision } from "@/components/self-service/change-decision";

export const metadata: Metadata = { title: "会员信息更正申请" };

const FIELD: Record<string, string> = { name: "姓名", idNumber: "身份证号" };

export default async function ChangeRequestsPage() {
  const actor = await requireActor();
  const rows = await listChangeRequests(actor, "PENDING");
  const writable = canWrite(actor);
  return (
    <>
      <PageHeader title="会员信息更正申请" description={`待处理 ${rows.length} 项 · 会员在网上提交，核实后更正`} />
      <Card bodyClassName="p-0">
        {rows.length === 0 ? (
          <EmptyState title="暂无待处理的更正申请" />
        ) : (
          <ul className="divide-y divide-line">
            {rows.map((r) => (
              <li key={r.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="text-[15px]">
                  <p>
                    <Link href={`/members/${r.memberId}`} className="font-medium text-sky-800 hover:underline">
                      {r.memberName}
                    </Link>
                    <span className="ml-2 text-sm text-muted">{r.orgName}</span>
                  </p>
                  {r.fields.map((f) => (
                    <p key={f} className="text-sm">
                      {FIELD[f] ?? f}：{f === "name" ? `${r.current.name} → ${r.requested.name}` : `${r.current.idMasked} → ${r.requested.idMasked}`}
                    </p>
                  ))}
                  {r.note && <p className="text-sm text-muted">会员说明：{r.note}</p>}
                  <p className="text-xs text-muted">提交于 {r.createdAt.slice(0, 10)}</p>
                </div>
                {writable && <ChangeDecision id={r.id} memberName={r.memberName} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
