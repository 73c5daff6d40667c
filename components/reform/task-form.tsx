"use client";
// 新增/修改产改任务 on the form kit: area, number, title and content; the lead
// unit and responsible units from the plan organisation's register; pilot
// enterprises (from the enterprise register) or industries; the deadline and
// its milestones (quarterly by default); the target in words and, where the
// portal already counts it, a dashboard indicator whose figure is the progress.
import { useState } from "react";
import { Controller, useFieldArray, useWatch } from "react-hook-form";
import { TaskCreateSchema, type TaskDetail } from "@/lib/reform/schema";
import { quarterWindow } from "@/lib/dates";
import { Button } from "../ui/button";
import { Field, FieldSet, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker } from "../programmes/entity-picker";
import { enterpriseSearch } from "../programmes/search";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { UnitChecks, type UnitOption } from "./unit-checks";

export type IndicatorOption = { key: string; name: string; unit: string };

type Props = {
  plan: { id: string; year: number; areas: { id: number; name: string }[] };
  units: readonly UnitOption[];
  indicators: readonly IndicatorOption[];
} & ({ mode: "create"; number: number; areaId?: number } | { mode: "edit"; task: TaskDetail });

const searchEnterprises = enterpriseSearch();

/** The four quarter ends of the plan's year up to the deadline, at 25/50/75/100 %. */
function quarterMilestones(year: number, deadline: string) {
  const ends = ([1, 2, 3, 4] as const).map((q) => quarterWindow(year, q).to).filter((d) => !deadline || d <= deadline);
  return ends.map((dueOn, i) => ({ dueOn, percent: String(i === ends.length - 1 ? 100 : Math.round(((i + 1) * 100) / 4)), description: "" }));
}

export function TaskForm(props: Props) {
  const t = props.mode === "edit" ? props.task : null;
  const { plan, units, indicators } = props;
  const cancelHref = t ? `/reform/tasks/${t.id}` : `/reform/plans/${plan.id}`;
  const kit = useApiForm({
    schema: TaskCreateSchema,
    defaultValues: t
      ? {
          areaId: t.areaId,
          number: t.number,
          title: t.title,
          content: t.content ?? "",
          leadUnitId: t.leadUnit.id,
          unitIds: t.units.map((u) => u.id),
          pilots: t.pilots.map((p) => (p.enterpriseId ? { enterpriseId: p.enterpriseId } : { industry: p.name })),
          deadline: t.deadline,
          milestones: t.milestones.map((m) => ({ dueOn: m.dueOn, percent: String(m.percent), description: m.description ?? "" })),
          target: t.target ?? "",
          indicatorKey: t.indicatorKey ?? "",
          indicatorTarget: t.indicator?.target ?? "",
        }
      : {
          areaId: props.mode === "create" ? props.areaId : undefined,
          number: props.mode === "create" ? props.number : undefined,
          title: "",
          content: "",
          leadUnitId: undefined,
          unitIds: [],
          pilots: [],
          deadline: `${plan.year}-12-31`,
          milestones: quarterMilestones(plan.year, `${plan.year}-12-31`),
          target: "",
          indicatorKey: "",
          indicatorTarget: "",
        },
    request: (v) =>
      t
        ? // A blank optional field clears what was stored (null), rather than leaving it.
          { url: `/api/v1/reform/tasks/${t.id}`, method: "PATCH", body: { ...v, content: v.content ?? null, target: v.target ?? null, indicatorKey: v.indicatorKey ?? null, indicatorTarget: v.indicatorKey ? v.indicatorTarget : null } }
        : { url: `/api/v1/reform/plans/${plan.id}/tasks`, body: v.indicatorKey ? v : { ...v, indicatorTarget: undefined } },
    savedHref: (d) => (t ? `/reform/tasks/${d.id}` : `/reform/plans/${plan.id}`),
    next: () => (t ? undefined : { label: "继续新增任务", href: `/reform/plans/${plan.id}/tasks/new` }),
  });
  const { register, control } = kit.form;
  const err = kit.err;
  const pilots = useFieldArray({ control, name: "pilots" });
  const milestones = useFieldArray({ control, name: "milestones" });
  const [leadUnitId, indicatorKey, deadline] = useWatch({ control, name: ["leadUnitId", "indicatorKey", "deadline"] });
  const lead = Number(leadUnitId) || undefined;
  // The picked enterprises' names, for showing them again (the form's values hold only ids).
  const [names, setNames] = useState<Record<string, string>>(() => Object.fromEntries((t?.pilots ?? []).flatMap((p) => (p.enterpriseId ? [[p.enterpriseId, p.name]] : []))));

  return (
    <FormShell kit={kit} submitLabel={t ? "保存修改" : "新增任务"} cancelHref={cancelHref}>
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">任务</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-4">
          <Field id="t-area" label="所属工程" required error={err("areaId")} className="md:col-span-2">
            <select {...register("areaId")} {...controlAria("t-area", err("areaId"))} className={selectClass}>
              <option value="">请选择</option>
              {plan.areas.map((a) => (
                <option key={a.id} value={a.id}>{a.name}</option>
              ))}
            </select>
          </Field>
          <Field id="t-number" label="序号" required error={err("number")} hint="在本方案内唯一">
            <input {...register("number")} {...controlAria("t-number", err("number"), "hint")} type="number" inputMode="numeric" className={inputClass} />
          </Field>
          <Field id="t-deadline" label="完成时限" required error={err("deadline")}>
            <input {...register("deadline")} {...controlAria("t-deadline", err("deadline"))} type="date" className={inputClass} />
          </Field>
          <Field id="t-title" label="任务名称" required error={err("title")} className="md:col-span-4">
            <input {...register("title")} {...controlAria("t-title", err("title"))} className={inputClass} />
          </Field>
          <Field id="t-content" label="任务内容" error={err("content")} className="md:col-span-4">
            <textarea {...register("content")} {...controlAria("t-content", err("content"))} rows={4} className={inputClass} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-3 text-base font-semibold text-gray-900">单位</legend>
        <Field id="t-lead" label="牵头单位" required error={err("leadUnitId")} hint="协同单位名册中的单位">
          <select {...register("leadUnitId")} {...controlAria("t-lead", err("leadUnitId"), "hint")} className={`${selectClass} md:w-1/2`}>
            <option value="">请选择</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </select>
        </Field>
        <UnitChecks control={control} name="unitIds" id="t-units" legend="责任单位" units={units} exclude={lead} error={err("unitIds")} />
        <FieldSet id="t-pilots" legend="试点单位" error={err("pilots")} hint="企业名录中的企业，或一个行业">
          <ul className="space-y-2">
            {pilots.fields.map((f, i) => (
              <li key={f.id} className="flex items-start gap-2">
                <div className="flex-1">
                  {"industry" in f ? (
                    <input {...register(`pilots.${i}.industry`)} {...controlAria(`t-pilot-${i}`, err(`pilots.${i}.industry`))} aria-label={`试点行业${i + 1}`} className={inputClass} />
                  ) : (
                    <>
                    <label htmlFor={`t-pilot-${i}`} className="sr-only">试点企业{i + 1}</label>
                    <Controller
                      control={control}
                      name={`pilots.${i}.enterpriseId`}
                      render={({ field }) => (
                        <EntityPicker
                          id={`t-pilot-${i}`}
                          value={field.value ? { id: String(field.value), name: names[String(field.value)] ?? "" } : null}
                          onChange={(c) => {
                            if (c) setNames((n) => ({ ...n, [c.id]: c.name }));
                            field.onChange(c?.id ?? "");
                          }}
                          onBlur={field.onBlur}
                          search={searchEnterprises}
                          placeholder="输入企业名称或统一社会信用代码搜索"
                          listLabel="企业候选"
                          emptyText="没有匹配的企业"
                        />
                      )}
                    />
                    </>
                  )}
                  {err(`pilots.${i}`) && <p className="mt-1 text-sm text-red-700">{err(`pilots.${i}`)}</p>}
                </div>
                <Button size="sm" variant="ghost" onClick={() => pilots.remove(i)} aria-label={`删除试点单位${i + 1}`}>删除</Button>
              </li>
            ))}
          </ul>
          <div className="mt-2 flex gap-2">
            <Button size="sm" onClick={() => pilots.append({ enterpriseId: "" })}>+ 试点企业</Button>
            <Button size="sm" onClick={() => pilots.append({ industry: "" })}>+ 试点行业</Button>
          </div>
        </FieldSet>
      </fieldset>

      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">节点与目标</legend>
        <FieldSet id="t-milestones" legend="进度节点" error={err("milestones")} hint="到节点日期应达到的进度；节点已过而进度未达到，任务即为“已滞后”">
          <ul className="space-y-2">
            {milestones.fields.map((f, i) => (
              <li key={f.id} className="grid grid-cols-[1fr_6rem_2fr_auto] items-start gap-2">
                <input {...register(`milestones.${i}.dueOn`)} {...controlAria(`t-ms-${i}-date`, err(`milestones.${i}.dueOn`))} type="date" aria-label={`节点${i + 1}日期`} className={inputClass} />
                <input {...register(`milestones.${i}.percent`)} {...controlAria(`t-ms-${i}-pct`, err(`milestones.${i}.percent`))} type="number" min={0} max={100} aria-label={`节点${i + 1}进度（%）`} className={inputClass} />
                <input {...register(`milestones.${i}.description`)} aria-label={`节点${i + 1}说明`} placeholder="节点说明（可选）" className={inputClass} />
                <Button size="sm" variant="ghost" onClick={() => milestones.remove(i)} aria-label={`删除节点${i + 1}`}>删除</Button>
                {(err(`milestones.${i}.dueOn`) || err(`milestones.${i}.percent`)) && (
                  <p className="col-span-4 text-sm text-red-700">{err(`milestones.${i}.dueOn`) ?? err(`milestones.${i}.percent`)}</p>
                )}
              </li>
            ))}
          </ul>
          <div className="mt-2 flex gap-2">
            <Button size="sm" onClick={() => milestones.append({ dueOn: "", percent: "", description: "" })} disabled={milestones.fields.length >= 12}>+ 添加节点</Button>
            <Button size="sm" variant="ghost" onClick={() => milestones.replace(quarterMilestones(plan.year, String(deadline ?? "")))}>按季度生成</Button>
          </div>
        </FieldSet>
        <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-4">
          <Field id="t-target" label="目标" error={err("target")} className="md:col-span-4">
            <textarea {...register("target")} {...controlAria("t-target", err("target"))} rows={2} placeholder="如：全年开展职业技能培训3000人次" className={inputClass} />
          </Field>
          <Field id="t-indicator" label="关联统计指标" error={err("indicatorKey")} hint="进度由制定单位本年度的统计数据自动计算，不再填报百分比" className="md:col-span-2">
            <select {...register("indicatorKey")} {...controlAria("t-indicator", err("indicatorKey"), "hint")} className={selectClass}>
              <option value="">不关联</option>
              {indicators.map((i) => (
                <option key={i.key} value={i.key}>{i.name}（{i.unit}）</option>
              ))}
            </select>
          </Field>
          {indicatorKey && (
            <Field id="t-figure" label={`目标数值（${indicators.find((i) => i.key === indicatorKey)?.unit ?? ""}）`} required error={err("indicatorTarget")}>
              <input {...register("indicatorTarget")} {...controlAria("t-figure", err("indicatorTarget"))} inputMode="decimal" className={inputClass} />
            </Field>
          )}
        </div>
      </fieldset>
    </FormShell>
  );
}
