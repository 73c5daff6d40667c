// /reform/tasks?orgId&year&status — the tasks behind the dashboard's 产改 cards
// and the desk's 已滞后 line: every plan of the organisation's subtree for the year.
import type { Metadata } from "next";
import { listScopeTasks } from "@/lib/reform/queries";
import { ScopeTaskQuerySchema } from "@/lib/reform/schema";
import { TASK_STATUSES, TASK_STATUS_LABELS } from "@/lib/reform/labels";
import { cstYear } from "@/lib/dates";
import { requireStaff } from "@/lib/auth/session";
import { optionsOf } from "@/components/programmes/filter-fields";
import { ListPage, type FilterDef } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { taskColumns } from "@/components/reform/task-table";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "产改任务明细" };

const LIST = { path: "/reform/tasks", schema: ScopeTaskQuerySchema, keys: ["orgId", "year", "status"] } as const;

const FILTERS: FilterDef[] = [
  { name: "year", label: "年度", type: "number", placeholder: "如 2026", display: (v) => `${v}年度` },
  { name: "status", label: "状态", all: "全部状态", options: optionsOf(TASK_STATUSES, TASK_STATUS_LABELS) },
];

const COLUMNS = taskColumns((id) => `/reform/tasks/${id}`, true);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ScopeTasksPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listScopeTasks(actor, q), {});
  const status = list.query?.status;
  const title = status ? `${TASK_STATUS_LABELS[status]}的产改任务` : "产改任务";
  return (
    <ListPage
      list={list}
      title={title}
      description={`${list.query?.year ?? cstYear()}年度 · 本级及下级各方案`}
      breadcrumbs={[{ label: "产改方案", href: "/reform" }, { label: title }]}
      filters={FILTERS}
      columns={COLUMNS}
      rowKey={(t) => t.id}
      unit="项"
      empty={{ none: "没有产改任务", noneHint: "本范围内这一年度还没有产改方案的任务。", filtered: "没有符合条件的任务" }}
    />
  );
}
