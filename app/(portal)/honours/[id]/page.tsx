// /honours/{id} — one honour; a nomination from a competition shows its source and can be confirmed.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { getHonour } from "@/lib/honours/queries";
import { HOLDER_KIND_LABELS, HONOUR_LEVEL_LABELS, HONOUR_TITLE_LABELS } from "@/lib/honours/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoList } from "@/components/ui/card";
import { formatDate, text } from "@/components/format";
import { formatYuan } from "@/lib/money";
import { HonourStatusBadge } from "@/components/honours/badges";
import { HonourActions } from "@/components/honours/honour-actions";

export const metadata: Metadata = { title: "荣誉详情" };

export default async function HonourPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const h = await orNotFound(getHonour(actor, (await params).id));
  const holder = h.memberName ?? h.teamName ?? "";
  const label = `${holder} · ${h.titleText}`;
  return (
    <>
      <PageHeader
        title={label}
        badge={<HonourStatusBadge status={h.status} />}
        description={`${h.year}年 · ${HONOUR_LEVEL_LABELS[h.level]} · ${h.orgName}`}
        breadcrumbs={[{ label: "劳模工匠", href: "/honours" }, { label }]}
        actions={canWrite(actor) ? <HonourActions id={h.id} label={label} nominated={h.status === "NOMINATED"} /> : undefined}
      />
      <Card title="荣誉信息">
        <InfoList
          items={[
            {
              label: "获得者",
              value: h.memberId ? (
                <Link href={`/members/${h.memberId}`} className="link">
                  {holder}
                </Link>
              ) : (
                `${holder}（${HOLDER_KIND_LABELS.TEAM}）`
              ),
            },
            { label: "所属工会", value: h.orgName },
            { label: "荣誉称号", value: HONOUR_TITLE_LABELS[h.title] },
            { label: "称号全称", value: h.titleText },
            { label: "级别", value: HONOUR_LEVEL_LABELS[h.level] },
            { label: "授予年度", value: `${h.year}年` },
            { label: "授予单位", value: h.awardingBody },
            { label: "奖励金额", value: formatYuan(h.awardAmount) },
            { label: "来源", value: h.source ? `劳动和技能竞赛第一名提名：${h.source.competitionName}（${h.source.trade}）` : "直接登记", wide: true },
            { label: "备注", value: text(h.notes), wide: true },
          ]}
        />
        <p className="mt-4 border-t border-line pt-3 text-xs text-muted">
          登记时间 {formatDate(h.createdAt)} · 最近更新 {formatDate(h.updatedAt)}
        </p>
      </Card>
    </>
  );
}
