// /reform — 产改 plans in scope (this organisation's, those below and above it).
import type { Metadata } from "next";
import Link from "next/link";
import { listPlans } from "@/lib/reform/queries";
import type { PlanDto } from "@/lib/reform/schema";
import { requireStaff } from "@/lib/auth/session";
import { canWrite } from "@/lib/auth/actor";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "产改任务" };

export default async function ReformPlansPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireStaff();
  const sp = await searchParams;
  const page = Math.max(1, Number(sp.page) || 1);
  const list = await listPlans(actor, { page, pageSize: 20 });
  const plans = list.data as PlanDto[];
  return (
    <>
      <PageHeader
        title="产业工人队伍建设改革"
        description="工作要点与重点实施项目清单：牵头单位、责任单位逐项填报进展，滞后任务一目了然"
        actions={
          <>
            <ButtonLink href="/reform/units">协同单位名册</ButtonLink>
            {canWrite(actor) && <ButtonLink href="/reform/plans/new" variant="primary">新建方案</ButtonLink>}
          </>
        }
      />
      {plans.length === 0 ? (
        <EmptyState title="暂无产改方案" description="点击“新建方案”建立本年度工作要点，再逐项新增任务或导入任务清单。" />
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {plans.map((p) => (
            <Card key={p.id} title={<Link href={`/reform/plans/${p.id}`} className="text-brand hover:underline">{p.title}</Link>} description={`${p.orgName} · ${p.year}年 · ${p.areas.length}个工程`}>
              <dl className="grid grid-cols-4 gap-2 text-center text-sm">
                <div><dt className="text-xs text-muted">任务</dt><dd className="text-lg font-semibold tabular-nums">{p.counts.total}</dd></div>
                <div><dt className="text-xs text-muted">已完成</dt><dd className="text-lg font-semibold tabular-nums text-green-700">{p.counts.completed}</dd></div>
                <div><dt className="text-xs text-muted">推进中</dt><dd className="text-lg font-semibold tabular-nums">{p.counts.inProgress + p.counts.notStarted}</dd></div>
                <div><dt className="text-xs text-muted">已滞后</dt><dd className="text-lg font-semibold tabular-nums text-red-700">{p.counts.late}</dd></div>
              </dl>
            </Card>
          ))}
        </div>
      )}
      <Pagination pathname="/reform" params={{}} page={list.page} pageSize={list.pageSize} total={list.total} unit="个方案" />
    </>
  );
}
