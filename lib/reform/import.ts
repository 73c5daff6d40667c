import "server-only";
// .xlsx import of a plan's task list in the shape counties already keep
// (序号, 工程, 任务内容, 牵头单位, 责任单位, 完成时限, 目标), on the shared import
// framework (lib/xlsx/import.ts): a template, a dry run that reports every bad
// row, an all-or-nothing import. Units are matched by name in the plan
// organisation's register; an unknown unit is reported, never created.
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { audit } from "../audit/log";
import { mapDbError } from "../db/errors";
import { fromDateOnly } from "../dates";
import { z } from "../validation/zod";
import { requiredText, text, zDate } from "../records/fields";
import { buildTemplate, runImport, type ImportColumn, type ImportSpec, type RawRow } from "../xlsx/import";
import { findPlanForWrite, findPlanInScope } from "./scope";

type Key = "number" | "area" | "content" | "lead" | "units" | "deadline" | "target";

const COLUMNS: readonly ImportColumn<Key>[] = [
  { key: "number", header: "序号", required: true, example: "1", hint: "本方案内不重复的正整数", width: 8 },
  { key: "area", header: "工程", required: true, example: "强化技能素质提升", hint: "须为本方案的工程（行动）之一，名称一致", width: 18 },
  { key: "content", header: "任务内容", required: true, example: "开展职业技能培训，全年培训3000人次", hint: "不超过2000字；第一句（至第一个逗号或句号，最多60字）作为任务名称", width: 50 },
  { key: "lead", header: "牵头单位", required: true, example: "建湖县人社局", hint: "须为协同单位名册中的单位名称（不会自动新建）", width: 18 },
  { key: "units", header: "责任单位", example: "建湖县总工会、建湖县教育局", hint: "多个单位用顿号、逗号或分号分隔；每个都须在协同单位名册中", width: 30 },
  { key: "deadline", header: "完成时限", required: true, example: "2026-12-31", hint: "日期，格式 年-月-日（如 2026-12-31），不早于方案年度", width: 14 },
  { key: "target", header: "目标", example: "培训3000人次", hint: "选填，不超过500字", width: 30 },
];
const header = (k: Key) => COLUMNS.find((c) => c.key === k)!.header;

const TaskRowSchema = z.strictObject({
  number: z.string().trim().regex(/^\d{1,3}$/, "序号应为1–999的整数").transform(Number).refine((n) => n >= 1, "序号应为1–999的整数"),
  area: requiredText(50, "工程"),
  content: requiredText(2000, "任务内容"),
  lead: requiredText(100, "牵头单位"),
  units: text(500, "责任单位").optional(),
  deadline: zDate("完成时限"),
  target: text(500, "目标").optional(),
});
type TaskRowIn = z.output<typeof TaskRowSchema>;

export const TASK_IMPORT: ImportSpec<Key, TaskRowIn> = {
  title: "产改任务清单导入说明",
  columns: COLUMNS,
  row: TaskRowSchema as unknown as z.ZodType<TaskRowIn, RawRow<Key>>,
  notes: [
    "牵头单位、责任单位按名称在本方案制定单位的协同单位名册中查找；名册中没有的单位会逐行报错，请先在“协同单位”中登记。",
    "序号在文件内和本方案已有任务中都不能重复。季度节点、试点单位、关联统计指标请导入后在任务页补充。",
  ],
};

export const splitUnits = (s: string | undefined) => (s ?? "").split(/[、，,；;\n]+/).map((x) => x.trim()).filter(Boolean);

/** The first clause as the title (at most 60 characters); the whole text as content when longer. */
export function titleOf(content: string): { title: string; content: string | null } {
  const first = content.split(/[，。；,;\n]/)[0].trim().slice(0, 60);
  const title = first || content.slice(0, 60);
  return { title, content: content === title ? null : content };
}

export async function taskTemplate(actor: Actor, planId: string) {
  const plan = await findPlanInScope(actor, planId);
  const areas = await db.reformArea.findMany({ where: { planId }, select: { name: true }, orderBy: { sort: "asc" } });
  const buf = await buildTemplate(TASK_IMPORT, [`本模板用于：${plan.title}（${plan.org.name}，${plan.year}年）。工程可填：${areas.map((a) => a.name).join("、")}。`]);
  return { buf, filename: `产改任务清单导入模板-${plan.year}.xlsx` };
}

/** Dry run or all-or-nothing import; the plan's organisation only, checked before the upload is read. */
export async function importTasks(actor: Actor, planId: string, opts: { dryRun: boolean; read: () => Promise<Buffer> }) {
  const plan = await findPlanForWrite(actor, planId);
  const file = await opts.read();
  const [areas, units, existing] = await Promise.all([
    db.reformArea.findMany({ where: { planId }, select: { id: true, name: true } }),
    db.reformUnit.findMany({ where: { orgId: plan.orgId }, select: { id: true, name: true } }),
    db.reformTask.findMany({ where: { planId }, select: { number: true } }),
  ]);
  const areaBy = new Map(areas.map((a) => [a.name, a.id]));
  const unitBy = new Map(units.map((u) => [u.name, u.id]));
  const taken = new Set(existing.map((t) => t.number));
  return runImport({
    file,
    spec: TASK_IMPORT,
    dryRun: opts.dryRun,
    check: async (rows, report) => {
      const firstRow = new Map<number, number>();
      const ready: { data: TaskRowIn; areaId: number; leadUnitId: number; unitIds: number[] }[] = [];
      for (const r of rows) {
        let ok = true;
        const bad = (key: Key, message: string) => {
          report(r.row, header(key), message);
          ok = false;
        };
        if (taken.has(r.data.number)) bad("number", "本方案已有该序号的任务");
        else if (firstRow.has(r.data.number)) bad("number", `与第 ${firstRow.get(r.data.number)} 行的序号重复`);
        else firstRow.set(r.data.number, r.row);
        const areaId = areaBy.get(r.data.area);
        if (!areaId) bad("area", `本方案没有工程“${r.data.area}”`);
        const leadUnitId = unitBy.get(r.data.lead);
        if (!leadUnitId) bad("lead", `协同单位名册中没有“${r.data.lead}”（不会自动新建）`);
        const names = splitUnits(r.data.units);
        const unknown = names.filter((n) => !unitBy.has(n));
        if (unknown.length) bad("units", `协同单位名册中没有“${unknown.join("”“")}”（不会自动新建）`);
        if (new Set(names).size !== names.length) bad("units", "责任单位重复");
        if (Number(r.data.deadline.slice(0, 4)) < plan.year) bad("deadline", `完成时限不能早于方案年度（${plan.year}年）`);
        if (ok) ready.push({ data: r.data, areaId: areaId!, leadUnitId: leadUnitId!, unitIds: names.map((n) => unitBy.get(n)!).filter((id) => id !== leadUnitId) });
      }
      return ready;
    },
    write: async (ready) => {
      try {
        return await db.$transaction(async (tx) => {
          for (const r of ready) {
            const t = await tx.reformTask.create({
              data: { planId, areaId: r.areaId, number: r.data.number, ...titleOf(r.data.content), leadUnitId: r.leadUnitId, deadline: fromDateOnly(r.data.deadline), target: r.data.target ?? null },
              select: { id: true },
            });
            if (r.unitIds.length) await tx.reformTaskUnit.createMany({ data: r.unitIds.map((unitId) => ({ taskId: t.id, unitId })) });
          }
          await audit(actor, { action: "reform_task.import", entityType: "reform_plan", entityId: planId, orgId: plan.orgId, details: { rows: ready.length } }, tx);
          return ready.length;
        });
      } catch (e) {
        mapDbError(e, { unique: { number: { field: "file", message: "导入期间有人新增了同序号的任务，请重新试导入" } } });
      }
    },
  });
}
