// /me/benefits — everything the member received from the union, by year.
import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getOwnBenefits, type BenefitKind } from "@/lib/self-service/benefits";
import { Card } from "@/components/ui/card";
import { formatYuan } from "@/components/format";
import { MeEmpty, MeHeading } from "@/components/self-service/me-page";

export const metadata: Metadata = { title: "我的权益" };

const KIND: Record<BenefitKind, { label: string; tone: string }> = {
  TRAINING: { label: "培训", tone: "bg-sky-50 text-sky-800" },
  CERTIFICATE: { label: "证书", tone: "bg-emerald-50 text-emerald-800" },
  SUBSIDY: { label: "补助", tone: "bg-amber-50 text-amber-800" },
  COMPETITION: { label: "竞赛", tone: "bg-violet-50 text-violet-800" },
  HONOUR: { label: "荣誉", tone: "bg-red-50 text-red-800" },
  SERVICE: { label: "劳模服务", tone: "bg-teal-50 text-teal-800" },
  ASSISTANCE: { label: "帮扶", tone: "bg-orange-50 text-orange-800" },
  ASSIST_ORDER: { label: "助企行", tone: "bg-teal-50 text-teal-800" },
};

export default async function BenefitsPage() {
  const actor = await requireActor();
  const { items, years } = await getOwnBenefits(actor);
  return (
    <>
      <MeHeading title="我的权益" />
      {items.length === 0 ? (
        <MeEmpty>暂无记录。参加工会组织的培训、竞赛，或获得帮扶后，会显示在这里。</MeEmpty>
      ) : (
        years.map((y) => (
          <Card
            key={y.year}
            title={`${y.year}年`}
            description={`${y.count} 项${y.amount !== "0.00" ? `，合计 ${formatYuan(y.amount)}` : ""}`}
            className="mb-4"
          >
            <ol className="divide-y divide-line">
              {items
                .filter((it) => it.date.startsWith(y.year))
                .map((it, i) => (
                  <li key={`${it.kind}-${i}`} className="flex items-start gap-3 py-2.5">
                    <span className={`mt-0.5 shrink-0 rounded px-1.5 py-0.5 text-xs ${KIND[it.kind].tone}`}>{KIND[it.kind].label}</span>
                    <div className="min-w-0 flex-1">
                      <p className="text-[15px] text-gray-900">{it.title}</p>
                      <p className="text-sm text-muted">
                        {/* Honours are awarded for a year, not on a day. */}
                        {it.kind === "HONOUR" ? `${y.year}年度` : `${it.date.slice(5).replace("-", "月")}日`}
                        {it.detail ? ` · ${it.detail}` : ""}
                      </p>
                    </div>
                    {it.amount && <span className="shrink-0 text-[15px] font-medium text-gray-900">{formatYuan(it.amount)}</span>}
                  </li>
                ))}
            </ol>
          </Card>
        ))
      )}
    </>
  );
}
