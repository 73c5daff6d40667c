// /reform/tasks?orgId&year&status — the tasks behind the dashboard's 产改 cards:
// every plan of the organisation's subtree for the year.
import type { Metadata } from "next";
import { listScopeTasks } from "@/lib/reform/queries";
import { ScopeTaskQuerySchema } from "@/lib/reform/schema";
import { TASK_STATUS_LABELS } from "@/lib/reform/labels";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { TaskTable } from "@/components/reform/task-table";

export const metadata: Metadata = { title: "产改任务明细" };

export default async function ScopeTasksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireStaff();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([k, v]) => v && ["orgId", "year", "status", "page"].includes(k))) as Record<string, string>;
  const parsed = ScopeTaskQuerySchema.safeParse(raw);
  if (!parsed.success) return <Alert tone="error">查询条件有误</Alert>;
  const q = parsed.data;
  const list = await listScopeTasks(actor, q);
  const title = q.status ? `${TASK_STATUS_LABELS[q.status]}的产改任务` : "产改任务";
  return (
    <>
      <PageHeader
        title={title}
        description={`${q.year ?? "本"}年度 · 本级及下级各方案`}
        breadcrumbs={[{ label: "数据看板", href: `/dashboard${q.orgId ? `?orgId=${q.orgId}` : ""}` }, { label: title }]}
        actions={<ButtonLink href={`/dashboard${q.orgId ? `?orgId=${q.orgId}` : ""}`}>返回数据看板</ButtonLink>}
      />
      <Card title={`${list.total} 项`}>
        <TaskTable rows={list.data} taskHref={(id) => `/reform/tasks/${id}`} caption={title} empty="没有符合条件的任务" showArea />
      </Card>
      <Pagination pathname="/reform/tasks" params={raw} page={list.page} pageSize={list.pageSize} total={list.total} unit="项" />
    </>
  );
}
