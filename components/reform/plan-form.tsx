"use client";
// 新建/修改产改方案 on the form kit: year and title, and the plan's own areas
// (工程/行动) in its own order — added, renamed, moved up or down, removed
// (the server refuses to drop an area that still has tasks).
import { useWatch } from "react-hook-form";
import { PlanCreateSchema, type PlanDto } from "@/lib/reform/schema";
import { DEFAULT_AREAS } from "@/lib/reform/labels";
import { Button } from "../ui/button";
import { Field, FieldSet, controlAria, inputClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";

type Props = { mode: "create"; orgId: number; orgName: string; year: number } | { mode: "edit"; plan: PlanDto };

export function PlanForm(props: Props) {
  const plan = props.mode === "edit" ? props.plan : null;
  const cancelHref = plan ? `/reform/plans/${plan.id}` : "/reform";
  const kit = useApiForm({
    schema: PlanCreateSchema,
    defaultValues: plan
      ? { orgId: plan.orgId, year: plan.year, title: plan.title, areas: plan.areas.map((a) => a.name) }
      : { orgId: props.mode === "create" ? props.orgId : undefined, year: props.mode === "create" ? props.year : undefined, title: "", areas: [...DEFAULT_AREAS] },
    request: (v) => {
      if (!plan) return { url: "/api/v1/reform/plans", body: v };
      const body: Record<string, unknown> = {};
      if (v.title !== plan.title) body.title = v.title;
      if (v.areas.join("\n") !== plan.areas.map((a) => a.name).join("\n")) body.areas = v.areas;
      return Object.keys(body).length ? { url: `/api/v1/reform/plans/${plan.id}`, method: "PATCH", body } : null;
    },
    unchangedHref: cancelHref,
    savedHref: (d) => `/reform/plans/${d.id}`,
    next: (d) => (plan ? undefined : { label: "新增任务", href: `/reform/plans/${d.id}/tasks/new` }),
  });
  const { register, control, setValue } = kit.form;
  const areas = (useWatch({ control, name: "areas" }) ?? []) as string[];
  const setAreas = (next: string[]) => setValue("areas", next, { shouldDirty: true, shouldValidate: kit.form.formState.isSubmitted });
  const move = (i: number, d: -1 | 1) => {
    const next = [...areas];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    setAreas(next);
  };
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel={plan ? "保存修改" : "建立方案"} cancelHref={cancelHref}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-4">
        <Field id="p-org" label="制定单位">
          <input id="p-org" value={plan ? plan.orgName : props.mode === "create" ? props.orgName : ""} readOnly disabled className={inputClass} />
        </Field>
        <Field id="p-year" label="年度" required error={err("year")}>
          <input {...register("year")} {...controlAria("p-year", err("year"))} type="number" inputMode="numeric" readOnly={!!plan} className={inputClass} />
        </Field>
        <Field id="p-title" label="方案名称" required error={err("title")} className="md:col-span-2">
          <input {...register("title")} {...controlAria("p-title", err("title"))} placeholder="如：2026年建湖县产业工人队伍建设改革工作要点" className={inputClass} />
        </Field>
      </div>
      <FieldSet id="p-areas" legend="工程（行动）" error={err("areas")} hint="按方案原文的顺序填写，任务按工程分组显示；有任务的工程不能删除">
        <ol className="space-y-2">
          {areas.map((name, i) => (
            <li key={i} className="flex items-start gap-2">
              <span className="mt-2 w-6 text-right text-sm tabular-nums text-muted">{i + 1}.</span>
              <div className="flex-1">
                <input
                  value={name}
                  onChange={(e) => setValue(`areas.${i}`, e.target.value, { shouldDirty: true })}
                  {...controlAria(`p-area-${i}`, err(`areas.${i}`))}
                  aria-label={`第${i + 1}个工程名称`}
                  className={inputClass}
                />
                {err(`areas.${i}`) && <p className="mt-1 text-sm text-red-700">{err(`areas.${i}`)}</p>}
              </div>
              <Button size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`上移第${i + 1}个工程`}>↑</Button>
              <Button size="sm" variant="ghost" disabled={i === areas.length - 1} onClick={() => move(i, 1)} aria-label={`下移第${i + 1}个工程`}>↓</Button>
              <Button size="sm" variant="ghost" disabled={areas.length === 1} onClick={() => setAreas(areas.filter((_, j) => j !== i))} aria-label={`删除第${i + 1}个工程`}>删除</Button>
            </li>
          ))}
        </ol>
        {areas.length < 12 && (
          <Button size="sm" className="mt-2" onClick={() => setAreas([...areas, ""])}>
            + 添加工程
          </Button>
        )}
      </FieldSet>
    </FormShell>
  );
}
