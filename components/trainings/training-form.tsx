"use client";
// Record (create) or correct (edit) a training session on the form kit; same
// zod schemas as the API. Creating one offers 登记学员 as the next step.
import { useWatch } from "react-hook-form";
import { TrainingCreateSchema, type TrainingDto } from "@/lib/trainings/schema";
import { TRAINING_MODES, TRAINING_MODE_LABELS, TRAINING_TYPES, TRAINING_TYPE_LABELS } from "@/lib/trainings/labels";
import { todayCST } from "@/lib/dates";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import type { Picked } from "../programmes/entity-picker";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

type Props = { mode: "create"; scopeId: number; defaultOrg: Picked } | { mode: "edit"; scopeId: number; training: TrainingDto };

export function TrainingForm(props: Props) {
  const t = props.mode === "edit" ? props.training : null;
  const today = todayCST();
  const cancelHref = t ? `/trainings/${t.id}` : "/trainings";
  const kit = useApiForm({
    schema: TrainingCreateSchema,
    defaultValues: t
      ? {
          orgId: t.orgId,
          title: t.title,
          type: t.type,
          organiser: t.organiser,
          startsOn: t.startsOn,
          endsOn: t.endsOn,
          hours: String(t.hours),
          mode: t.mode,
          place: t.place ?? "",
          capacity: t.capacity == null ? "" : String(t.capacity),
          extraParticipants: String(t.extraParticipants),
          notes: t.notes ?? "",
        }
      : {
          orgId: props.mode === "create" ? Number(props.defaultOrg.id) : undefined,
          title: "",
          type: "EMPLOYMENT_SKILLS",
          organiser: props.mode === "create" ? props.defaultOrg.name : "",
          startsOn: today,
          endsOn: today,
          hours: "",
          mode: "ONSITE",
          place: "",
          capacity: "",
          extraParticipants: "0",
          notes: "",
        },
    request: (v) => (t ? patchChanged(`/api/v1/trainings/${t.id}`, v, t) : { url: "/api/v1/trainings", body: v }),
    unchangedHref: cancelHref,
    savedHref: (d) => `/trainings/${d.id}`,
    next: (d) => (t ? undefined : { label: "登记学员", href: `/trainings/${d.id}?enrol=1` }),
  });
  const { register, control } = kit.form;
  const err = kit.err;
  const mode = useWatch({ control, name: "mode" });

  return (
    <FormShell kit={kit} submitLabel={t ? "保存修改" : "保存培训"} cancelHref={cancelHref}>
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">基本信息</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field id="t-title" label="培训名称" required error={err("title")} hint="如：上冈镇电工就业技能培训班" className="md:col-span-2">
            <input {...register("title")} {...controlAria("t-title", err("title"), "hint")} className={inputClass} />
          </Field>
          <Field id="t-type" label="培训类型" required error={err("type")}>
            <select {...register("type")} {...controlAria("t-type", err("type"))} className={selectClass}>
              {TRAINING_TYPES.map((k) => (
                <option key={k} value={k}>
                  {TRAINING_TYPE_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <PickerField kit={kit} kind="org" name="orgId" id="t-org" label="举办组织" required hint="本单位或下级组织；学员须是该组织及其下级工会的会员" within={props.scopeId} initial={t ? { id: String(t.orgId), name: t.orgName } : props.mode === "create" ? props.defaultOrg : null} />
          <Field id="t-organiser" label="承办单位" required error={err("organiser")} hint="如：县职业技能培训中心">
            <input {...register("organiser")} {...controlAria("t-organiser", err("organiser"), "hint")} className={inputClass} />
          </Field>
          <Field id="t-hours" label="培训学时" required error={err("hours")} hint="最多一位小数">
            <input {...register("hours")} {...controlAria("t-hours", err("hours"), "hint")} inputMode="decimal" className={inputClass} />
          </Field>
          <Field id="t-start" label="开始日期" required error={err("startsOn")}>
            <input {...register("startsOn")} {...controlAria("t-start", err("startsOn"))} type="date" className={inputClass} />
          </Field>
          <Field id="t-end" label="结束日期" required error={err("endsOn")}>
            <input {...register("endsOn")} {...controlAria("t-end", err("endsOn"))} type="date" className={inputClass} />
          </Field>
          <Field id="t-mode" label="培训方式" required error={err("mode")}>
            <select {...register("mode")} {...controlAria("t-mode", err("mode"))} className={selectClass}>
              {TRAINING_MODES.map((k) => (
                <option key={k} value={k}>
                  {TRAINING_MODE_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="t-place" label="培训地点" required={mode === "ONSITE"} error={err("place")} hint={mode === "ONSITE" ? "线下培训必填" : "线上培训可填写平台名称"}>
            <input {...register("place")} {...controlAria("t-place", err("place"), "hint")} className={inputClass} />
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">参训人数</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field id="t-capacity" label="计划人数" error={err("capacity")} hint="选填">
            <input {...register("capacity")} {...controlAria("t-capacity", err("capacity"), "hint")} inputMode="numeric" className={inputClass} />
          </Field>
          <Field
            id="t-extra"
            label="非会员参训人数"
            required
            error={err("extraParticipants")}
            hint="未登记为会员的参训人数；会员请在“学员名单”中逐个登记，两者相加为参训人次，不会重复计算"
          >
            <input {...register("extraParticipants")} {...controlAria("t-extra", err("extraParticipants"), "hint")} inputMode="numeric" className={inputClass} />
          </Field>
          <Field id="t-notes" label="备注" error={err("notes")} className="md:col-span-2">
            <textarea {...register("notes")} {...controlAria("t-notes", err("notes"))} rows={3} className={inputClass} />
          </Field>
        </div>
      </fieldset>
    </FormShell>
  );
}
