// /activities/{id} — one activity record with its attachments.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getActivity } from "@/lib/activities/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoList } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { formatDate, formatNumber, text } from "@/components/format";
import { formatYuan } from "@/lib/money";
import { DeleteButton } from "@/components/programmes/delete-button";
import { Attachments } from "@/components/activities/attachments";

export const metadata: Metadata = { title: "活动详情" };

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const r = await orNotFound(getActivity(actor, (await params).id));
  const writable = canWrite(actor);
  const label = `${r.typeName} · ${formatDate(r.heldOn)}`;
  return (
    <>
      <PageHeader
        title={label}
        description={r.orgName}
        breadcrumbs={[{ label: "工作台账", href: "/activities" }, { label }]}
        actions={
          writable ? (
            <>
              <ButtonLink href={`/activities/${r.id}/edit`}>编辑</ButtonLink>
              <DeleteButton url={`/api/v1/activities/${r.id}`} title="删除活动记录" then="/activities">
                <p>确定删除“{label}”吗？删除后不再计入台账统计。此操作记入审计日志。</p>
              </DeleteButton>
            </>
          ) : undefined
        }
      />
      <Card title="活动信息">
        <InfoList
          items={[
            { label: "活动类型", value: r.typeName },
            { label: "开展单位", value: r.orgName },
            { label: "活动日期", value: formatDate(r.heldOn) },
            { label: "地点", value: text(r.place) },
            { label: "参与人数", value: `${formatNumber(r.participants)} 人` },
            { label: "支出金额", value: formatYuan(r.amountSpent) },
            { label: "活动内容", value: text(r.description), wide: true },
          ]}
        />
        <p className="mt-4 border-t border-line pt-3 text-xs text-muted">
          登记时间 {formatDate(r.createdAt)} · 最近更新 {formatDate(r.updatedAt)}
        </p>
      </Card>
      <Card title="附件" description="签到表、照片、通知等" className="mt-4">
        <Attachments recordId={r.id} items={r.attachments} writable={writable} />
      </Card>
    </>
  );
}
