// /honours/services/{id} — one service record: correct it or delete it.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getService } from "@/lib/honours/queries";
import { SERVICE_KIND_LABELS } from "@/lib/honours/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoList } from "@/components/ui/card";
import { formatDate, text } from "@/components/format";
import { formatYuan } from "@/lib/money";
import { ServiceForm } from "@/components/honours/service-form";
import { DeleteButton } from "@/components/programmes/delete-button";

export const metadata: Metadata = { title: "劳模服务记录" };

export default async function ServicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const s = await orNotFound(getService(actor, (await params).id));
  const label = `${s.memberName} · ${SERVICE_KIND_LABELS[s.kind]}（${s.year}年）`;
  const writable = canWrite(actor);
  return (
    <>
      <PageHeader
        title={label}
        description={s.orgName}
        breadcrumbs={[{ label: "劳模工匠", href: "/honours" }, { label: "劳模服务", href: "/honours/services" }, { label }]}
        actions={
          writable ? (
            <DeleteButton url={`/api/v1/model-worker-services/${s.id}`} title="删除服务记录" then="/honours/services">
              <p>确定删除“{label}”吗？此操作记入审计日志。</p>
            </DeleteButton>
          ) : undefined
        }
      />
      <Card title={writable ? "修改服务记录" : "服务记录"}>
        {writable ? (
          <ServiceForm mode="edit" service={s} />
        ) : (
          <InfoList
            items={[
              { label: "姓名", value: s.memberName },
              { label: "服务项目", value: SERVICE_KIND_LABELS[s.kind] },
              { label: "服务日期", value: formatDate(s.servedOn) },
              { label: "年度", value: `${s.year}年` },
              { label: "费用", value: formatYuan(s.amount) },
              { label: "备注", value: text(s.notes) },
            ]}
          />
        )}
      </Card>
    </>
  );
}
