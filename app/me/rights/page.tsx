// /me/rights — the member's own rights cases and where each one stands.
import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listOwnCases } from "@/lib/rights-cases/queries";
import { RIGHTS_KIND_LABELS, RIGHTS_REFERRAL_LABELS } from "@/lib/rights-cases/labels";
import { Card } from "@/components/ui/card";
import { MeEmpty, MeHeading } from "@/components/self-service/me-page";

export const metadata: Metadata = { title: "我的维权" };

/** The status in the member's words. */
const TEXT: Record<string, string> = { RECEIVED: "待工会受理", ACCEPTED: "工会办理中", REFERRED: "已转有关部门办理", CLOSED: "已办结", FOLLOWED_UP: "已办结并回访" };

export default async function MyRightsPage() {
  const actor = await requireActor();
  const { data } = await listOwnCases(actor);
  return (
    <>
      <MeHeading title="我的维权" action={{ href: "/me/rights/new", label: "我要维权" }} />
      {data.length === 0 ? (
        <MeEmpty>暂无维权诉求。遇到欠薪、劳动合同、工伤、社保等问题，可在网上向工会反映，工会将在1个工作日内受理。</MeEmpty>
      ) : (
        <ul className="space-y-4" aria-label="我的维权诉求">
          {data.map((c) => (
            <li key={c.id}>
              <Card>
                <div className="flex items-start justify-between gap-3">
                  <div>
                    <p className="text-base font-semibold text-gray-900">{RIGHTS_KIND_LABELS[c.kind]}</p>
                    <p className="text-sm text-muted">
                      {c.receivedOn} 提交 · {c.handlingOrgName}
                    </p>
                  </div>
                  <span className="shrink-0 rounded bg-sky-50 px-2 py-0.5 text-sm text-sky-800" aria-label={`办理状态：${TEXT[c.status]}`}>
                    {TEXT[c.status]}
                  </span>
                </div>
                <p className="mt-2 text-sm text-gray-800">
                  {c.closedOn ? `${c.closedOn} 办结` : `工会承诺 ${c.resolveBy} 前办结或转办`}
                  {c.referral ? ` · 已转${RIGHTS_REFERRAL_LABELS[c.referral]}（${c.referralRef}）` : ""}
                  {c.moneyRecovered ? ` · 追回 ¥${c.moneyRecovered}` : ""}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
