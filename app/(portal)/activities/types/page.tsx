// /activities/types — the configurable activity-type list, kept by administrators.
import type { Metadata } from "next";
import { listActivityTypes } from "@/lib/activities/queries";
import { requireStaff } from "@/components/server/guards";
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
      <PageHeader title="活动类型" description="工作台账的活动类型为全系统共用；停用的类型不能再用于新记录，已有记录保留。" breadcrumbs={[{ label: "工作台账", href: "/activities" }, { label: "活动类型" }]} />
      <Card>
        {actor.role === "ADMIN" ? (
          <ActivityTypesEditor types={types} />
        ) : (
          <>
            <Alert tone="info" className="mb-3">
              只有管理员可以维护活动类型。
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
