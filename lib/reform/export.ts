import "server-only";
// The plan with its progress as .xlsx (for the joint meeting's papers): the
// import's columns first, so an exported list can be edited and re-imported
// into next year's plan, then the progress columns.
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { xlsxResponse, type XlsxColumn } from "../xlsx/export";
import { TASK_STATUS_LABELS } from "./labels";
import { allPlanTasks } from "./queries";
import { findPlanInScope } from "./scope";
import type { TaskRow } from "./schema";

type Row = TaskRow & { target: string | null };

const COLUMNS: XlsxColumn<Row>[] = [
  { header: "序号", width: 8, value: (t) => t.number },
  { header: "工程", width: 18, value: (t) => t.areaName },
  { header: "任务内容", width: 44, value: (t) => t.title },
  { header: "牵头单位", width: 18, value: (t) => t.leadUnit.name },
  { header: "责任单位", width: 30, value: (t) => t.units.map((u) => u.name).join("、") },
  { header: "完成时限", width: 12, value: (t) => t.deadline },
  { header: "目标", width: 30, value: (t) => t.target },
  { header: "状态", width: 10, value: (t) => TASK_STATUS_LABELS[t.status] },
  { header: "完成进度（%）", width: 12, value: (t) => t.percent },
  { header: "应达进度（%）", width: 12, value: (t) => t.expectedPercent },
  { header: "最近填报", width: 12, value: (t) => t.lastReportOn },
  { header: "最近进展", width: 50, value: (t) => t.lastReport },
];

export async function exportPlan(actor: Actor, planId: string): Promise<Response> {
  const plan = await findPlanInScope(actor, planId);
  const rows = await allPlanTasks(actor, planId);
  const targets = new Map((await db.reformTask.findMany({ where: { planId }, select: { id: true, target: true } })).map((t) => [t.id, t.target]));
  async function* one() {
    yield rows.map((r) => ({ ...r, target: targets.get(r.id) ?? null }));
  }
  return xlsxResponse({ filename: `${plan.title}-进展.xlsx`, sheet: "任务进展", columns: COLUMNS, rows: one() });
}
