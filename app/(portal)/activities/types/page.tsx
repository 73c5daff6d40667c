// /activities/types — the configurable activity-type list, kept by the province's administrators.
import type { Metadata } from "next";
import { keepsReferenceData } from "@/lib/auth/actor";
import { listActivityTypes } from "@/lib/activities/queries";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ActivityTypesEditor } from "@/components/activities/types-editor";

export const metadata: Metadata = { title: "活动类型" };

export default async function ActivityTypesPage() {
  const actor = await requireStaff();
  const types = await listActivityTypes(actor, true);
  return (
    <>
      <PageHeader title="活动类型" description="工作台账的活动类型全省共用；停用的类型不能再用于新记录，已有记录保留。" breadcrumbs={[{ label: "工作台账", href: "/activities" }, { label: "活动类型" }]} />
      <Card>
        {keepsReferenceData(actor) ? (
          <ActivityTypesEditor types={types} />
        ) : (
          <>
            <Alert tone="info" className="mb-3">
              活动类型全省统一，由省总工会管理员维护。
            </Alert>
            <ul className="divide-y divide-line">
              {types.map((t) => (
                <li key={t.id} className="py-2 text-[15px]">
                  {t.name}
                  {!t.active && <span className="ml-2 text-xs text-muted">（已停用）</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </>
  );
}
