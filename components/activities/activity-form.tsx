"use client";
// Record (create) or correct (edit) an activity record (工作台账) on the form
// kit; the API's zod schema validates both sides (活动日期 not in the future).
import { ActivityCreateSchema, type ActivityDto } from "@/lib/activities/schema";
import { todayCST } from "@/lib/dates";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import type { Picked } from "../programmes/entity-picker";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

type Props = { types: { id: number; name: string }[]; scopeId: number; defaultOrg: Picked } & ({ mode: "create" } | { mode: "edit"; activity: ActivityDto });

export function ActivityForm(props: Props) {
  const a = props.mode === "edit" ? props.activity : null;
  const cancelHref = a ? `/activities/${a.id}` : "/activities";
  const kit = useApiForm({
    schema: ActivityCreateSchema,
    defaultValues: a
      ? { typeId: a.typeId, orgId: a.orgId, heldOn: a.heldOn, place: a.place ?? "", participants: a.participants, amountSpent: a.amountSpent ?? "", description: a.description ?? "" }
      : { typeId: "", orgId: Number(props.defaultOrg.id), heldOn: todayCST(), place: "", participants: "", amountSpent: "", description: "" },
    request: (v) => (a ? patchChanged(`/api/v1/activities/${a.id}`, v, a) : { url: "/api/v1/activities", body: v }),
    unchangedHref: cancelHref,
    savedHref: (d) => `/activities/${d.id}`,
    next: () => (a ? undefined : { label: "继续登记", href: "/activities/new" }),
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel={a ? "保存修改" : "保存活动"} cancelHref={cancelHref}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="a-type" label="活动类型" required error={err("typeId")}>
          <select {...register("typeId")} {...controlAria("a-type", err("typeId"))} className={selectClass}>
            <option value="">请选择</option>
            {props.types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <PickerField kit={kit} kind="org" name="orgId" id="a-org" label="开展单位" required hint="本单位或下级组织" within={props.scopeId} initial={a ? { id: String(a.orgId), name: a.orgName } : props.defaultOrg} />
        <Field id="a-date" label="活动日期" required error={err("heldOn")}>
          <input {...register("heldOn")} {...controlAria("a-date", err("heldOn"))} type="date" max={todayCST()} className={inputClass} />
        </Field>
        <Field id="a-place" label="地点" error={err("place")}>
          <input {...register("place")} {...controlAria("a-place", err("place"))} className={inputClass} />
        </Field>
        <Field id="a-people" label="参与人数" required error={err("participants")}>
          <input {...register("participants")} {...controlAria("a-people", err("participants"))} type="number" inputMode="numeric" min={0} className={inputClass} />
        </Field>
        <Field id="a-amount" label="支出金额（元）" error={err("amountSpent")} hint="如 3500.00；无支出可不填">
          <input {...register("amountSpent")} {...controlAria("a-amount", err("amountSpent"), "hint")} inputMode="decimal" className={inputClass} />
        </Field>
        <Field id="a-desc" label="活动内容" error={err("description")} className="md:col-span-2">
          <textarea {...register("description")} {...controlAria("a-desc", err("description"))} rows={3} className={inputClass} />
        </Field>
      </div>
    </FormShell>
  );
}
