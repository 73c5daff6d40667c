// /reform/units — the organisation's register of partner units (协同单位).
import type { Metadata } from "next";
import { listUnits } from "@/lib/reform/queries";
import type { UnitDto } from "@/lib/reform/schema";
import { UNIT_KIND_LABELS } from "@/lib/reform/labels";
import { requireStaff } from "@/lib/auth/session";
import { getScopeRoot } from "../../scope";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ButtonLink } from "@/components/ui/button";
import Link from "next/link";

export const metadata: Metadata = { title: "协同单位名册" };

const COLUMNS: Column<UnitDto>[] = [
  { key: "name", header: "单位名称", rowHeader: true, cell: (u) => u.name },
  { key: "kind", header: "类别", cell: (u) => UNIT_KIND_LABELS[u.kind] },
  { key: "linked", header: "对应工会组织", cell: (u) => u.linkedOrgName ?? "—" },
  { key: "contact", header: "联系人", cell: (u) => u.contactName ?? "—" },
  { key: "phone", header: "联系电话", className: "tabular-nums", cell: (u) => u.contactPhone ?? "—" },
];

export default async function UnitsPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const { data, canManage } = await listUnits(actor, { orgId: scope.id });
  const columns: Column<UnitDto>[] = canManage
    ? [...COLUMNS, { key: "edit", header: <span className="sr-only">操作</span>, cell: (u) => <Link href={`/reform/units/${u.id}/edit`} className="text-brand hover:underline" aria-label={`修改${u.name}`}>修改</Link> }]
    : COLUMNS;
  return (
    <>
      <PageHeader title="协同单位名册" description={`${scope.name}：产改任务的牵头单位、责任单位（党政部门、工会组织等）`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: "协同单位名册" }]} actions={canManage ? <ButtonLink href="/reform/units/new" variant="primary">登记单位</ButtonLink> : undefined} />
      <Card title={`${data.length} 个单位`}>
        <DataTable columns={columns} rows={data} rowKey={(u) => u.id} caption="协同单位" empty={canManage ? "本单位尚未登记协同单位，请点击“登记单位”" : "本单位尚未登记协同单位"} />
      </Card>
    </>
  );
}
