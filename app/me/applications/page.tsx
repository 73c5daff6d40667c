// /me/applications — the member's applications and where each one stands.
import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listOwnApplications } from "@/lib/self-service/applications";
import { MEMBER_STATUS_TEXT } from "@/lib/self-service/application-labels";
import { GRANT_KIND_LABELS } from "@/lib/assistance/labels";
import { Card } from "@/components/ui/card";
import { formatYuan } from "@/components/format";
import { WithdrawButton } from "@/components/self-service/withdraw-button";
import { MeEmpty, MeHeading } from "@/components/self-service/me-page";

export const metadata: Metadata = { title: "我的申请" };

const TONE: Record<string, string> = {
  DISBURSED: "bg-emerald-50 text-emerald-800",
  REJECTED: "bg-red-50 text-red-800",
  WITHDRAWN: "bg-gray-100 text-gray-600",
};

export default async function ApplicationsPage() {
  const actor = await requireActor();
  const apps = await listOwnApplications(actor);
  return (
    <>
      <MeHeading title="我的申请" action={{ href: "/me/applications/new", label: "我要申请" }} />
      {apps.length === 0 ? (
        <MeEmpty>暂无申请。遇到困难，可在网上申请送温暖、金秋助学、医疗救助，所在工会核实后逐级审批。</MeEmpty>
      ) : (
        <ul className="space-y-4">
          {apps.map((a) => (
            <li key={a.id}>
              <Card>
                <div className="flex items-start justify-between gap-3">
                  <div>
                    <p className="text-base font-semibold text-gray-900">
                      {GRANT_KIND_LABELS[a.kind]} · {formatYuan(a.amount)}
                    </p>
                    <p className="text-sm text-muted">
                      {a.createdAt.slice(0, 10)} {a.channel === "MEMBER" ? "网上申请" : "工会办理"}
                    </p>
                  </div>
                  <span className={`shrink-0 rounded px-2 py-0.5 text-sm ${TONE[a.status] ?? "bg-sky-50 text-sky-800"}`} aria-label={`办理状态：${MEMBER_STATUS_TEXT[a.status]}`}>
                    {MEMBER_STATUS_TEXT[a.status]}
                    {a.status === "NOTICE" && a.noticeEndsOn ? `（至 ${a.noticeEndsOn}）` : ""}
                  </span>
                </div>
                {(a.status === "REJECTED" || a.status === "WITHDRAWN") && a.decisionReason && (
                  <p className="mt-2 rounded bg-gray-50 px-3 py-2 text-sm text-gray-800">
                    {a.status === "REJECTED" ? "未通过原因：" : "撤回原因："}
                    {a.decisionReason}
                  </p>
                )}
                <ol className="mt-3 space-y-1 border-l-2 border-line pl-3 text-sm text-muted">
                  {a.history.map((h, i) => (
                    <li key={i}>
                      {h.at.slice(0, 10)} {MEMBER_STATUS_TEXT[h.status]}
                      {h.reason ? `：${h.reason}` : ""}
                    </li>
                  ))}
                </ol>
                {a.canWithdraw && (
                  <div className="mt-3">
                    <WithdrawButton id={a.id} />
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
