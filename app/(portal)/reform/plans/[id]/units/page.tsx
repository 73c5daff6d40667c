// /reform/plans/{id}/units — by unit: each lead/responsible unit's tasks by
// status and the date of its last report, so a leader sees who has not reported.
import type { Metadata } from "next";
import Link from "next/link";
import { getPlan, planUnitSummary } from "@/lib/reform/queries";
import type { PlanDto, UnitSummary } from "@/lib/reform/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PlanTabs } from "../plan-nav";

export const metadata: Metadata = { title: "按单位" };

export default async function PlanUnitsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const plan = (await orNotFound(getPlan(actor, id))) as PlanDto;
  const { data } = await planUnitSummary(actor, id);
  const columns: Column<UnitSummary>[] = [
    { key: "unit", header: "单位", rowHeader: true, cell: (u) => <Link className="text-brand hover:underline" href={`/reform/plans/${id}?unitId=${u.unit.id}`}>{u.unit.name}</Link> },
    { key: "lead", header: "牵头", className: "tabular-nums", cell: (u) => u.lead },
    { key: "responsible", header: "参与", className: "tabular-nums", cell: (u) => u.responsible },
    { key: "completed", header: "已完成", className: "tabular-nums", cell: (u) => u.completed },
    { key: "ongoing", header: "推进中", className: "tabular-nums", cell: (u) => u.ongoing },
    { key: "late", header: "已滞后", className: "tabular-nums", cell: (u) => (u.late ? <Link className="font-medium text-red-700 hover:underline" href={`/reform/plans/${id}?unitId=${u.unit.id}&status=LATE`}>{u.late}</Link> : 0) },
    { key: "last", header: "最近填报", className: "tabular-nums", cell: (u) => u.lastReportOn ?? <span className="text-red-700">从未填报</span> },
  ];
  return (
    <>
      <PageHeader title={plan.title} description={`${plan.orgName} · ${plan.year}年`} breadcrumbs={[{ label: "产改任务", href: "/reform" }, { label: plan.title, href: `/reform/plans/${id}` }, { label: "按单位" }]} />
      <PlanTabs id={id} current="units" />
      <Card title="各单位任务进展" description="牵头和参与的任务合计；最近填报为该单位自己填报的日期">
        <DataTable columns={columns} rows={data} rowKey={(u) => u.unit.id} caption="各单位任务进展" empty="本方案还没有任务" />
      </Card>
    </>
  );
}
