"use client";
// 记录联席会议 on the form kit: date, title, the attending units of the
// register, minutes, and the decisions — each a tracked item (督办事项) with an
// owner unit and a due date.
import { useFieldArray } from "react-hook-form";
import { MeetingCreateSchema } from "@/lib/reform/schema";
import { todayCST } from "@/lib/dates";
import { Button } from "../ui/button";
import { Field, FieldSet, controlAria, inputClass, selectClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { UnitChecks, type UnitOption } from "./unit-checks";

export function MeetingForm({ planId, units }: { planId: string; units: readonly UnitOption[] }) {
  const href = `/reform/plans/${planId}/meetings`;
  const kit = useApiForm({
    schema: MeetingCreateSchema,
    defaultValues: { heldOn: todayCST(), title: "", attendeeUnitIds: [], minutes: "", decisions: [] },
    request: (v) => ({ url: `/api/v1/reform/plans/${planId}/meetings`, body: v }),
    savedHref: () => href,
  });
  const { register, control } = kit.form;
  const err = kit.err;
  const decisions = useFieldArray({ control, name: "decisions" });
  return (
    <FormShell kit={kit} submitLabel="保存会议记录" cancelHref={href}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-4">
        <Field id="m-date" label="会议日期" required error={err("heldOn")}>
          <input {...register("heldOn")} {...controlAria("m-date", err("heldOn"))} type="date" className={inputClass} />
        </Field>
        <Field id="m-title" label="会议名称" required error={err("title")} className="md:col-span-3">
          <input {...register("title")} {...controlAria("m-title", err("title"))} placeholder="如：2026年产改工作联席会议第二次会议" className={inputClass} />
        </Field>
      </div>
      <UnitChecks control={control} name="attendeeUnitIds" id="m-units" legend="参会单位" units={units} error={err("attendeeUnitIds")} />
      <Field id="m-minutes" label="会议纪要" error={err("minutes")}>
        <textarea {...register("minutes")} {...controlAria("m-minutes", err("minutes"))} rows={6} className={inputClass} />
      </Field>
      <FieldSet id="m-decisions" legend="议定事项（督办）" error={err("decisions")} hint="每项议定事项有责任单位和办结时限，列入督办，与任务一同显示">
        <ol className="space-y-3">
          {decisions.fields.map((f, i) => (
            <li key={f.id} className="grid grid-cols-1 gap-2 rounded-md border border-line p-3 md:grid-cols-[2fr_1fr_10rem_auto]">
              <Field id={`m-d-${i}`} label={`事项 ${i + 1}`} required error={err(`decisions.${i}.content`)}>
                <input {...register(`decisions.${i}.content`)} {...controlAria(`m-d-${i}`, err(`decisions.${i}.content`))} className={inputClass} />
              </Field>
              <Field id={`m-d-${i}-owner`} label="责任单位" required error={err(`decisions.${i}.ownerUnitId`)}>
                <select {...register(`decisions.${i}.ownerUnitId`)} {...controlAria(`m-d-${i}-owner`, err(`decisions.${i}.ownerUnitId`))} className={selectClass}>
                  <option value="">请选择</option>
                  {units.map((u) => (
                    <option key={u.id} value={u.id}>{u.name}</option>
                  ))}
                </select>
              </Field>
              <Field id={`m-d-${i}-due`} label="办结时限" required error={err(`decisions.${i}.dueOn`)}>
                <input {...register(`decisions.${i}.dueOn`)} {...controlAria(`m-d-${i}-due`, err(`decisions.${i}.dueOn`))} type="date" className={inputClass} />
              </Field>
              <Button size="sm" variant="ghost" className="self-end" onClick={() => decisions.remove(i)} aria-label={`删除事项${i + 1}`}>删除</Button>
            </li>
          ))}
        </ol>
        <Button size="sm" className="mt-2" onClick={() => decisions.append({ content: "", ownerUnitId: "", dueOn: "" })} disabled={decisions.fields.length >= 30}>
          + 添加议定事项
        </Button>
      </FieldSet>
    </FormShell>
  );
}
