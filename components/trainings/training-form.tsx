"use client";
// Record (create) or correct (edit) a training session; same zod schemas as the API.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TrainingCreateSchema, TrainingUpdateSchema, type TrainingDto } from "@/lib/trainings/schema";
import { TRAINING_MODES, TRAINING_MODE_LABELS, TRAINING_TYPES, TRAINING_TYPE_LABELS, type TrainingMode, type TrainingType } from "@/lib/trainings/labels";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { orgSearch } from "../programmes/search";
import { applyServerErrors, changed } from "../programmes/form-errors";
import { setFlash } from "../form/flash";

type Values = {
  orgId?: number;
  title: string;
  type: TrainingType;
  organiser: string;
  startsOn: string;
  endsOn: string;
  hours: string;
  mode: TrainingMode;
  place: string;
  capacity: string;
  extraParticipants: string;
  notes: string;
};
const FIELDS = ["orgId", "title", "type", "organiser", "startsOn", "endsOn", "hours", "mode", "place", "capacity", "extraParticipants", "notes"] as const;

type Props = { mode: "create"; scopeId: number; defaultOrg: Picked } | { mode: "edit"; scopeId: number; training: TrainingDto };

function valuesOf(t: TrainingDto): Values {
  return {
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
  };
}

export function TrainingForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const t = isCreate ? null : props.training;
  const [serverError, setServerError] = useState<string | null>(null);
  const [host, setHost] = useState<Picked | null>(t ? { id: String(t.orgId), name: t.orgName } : isCreate ? props.defaultOrg : null);
  const searchOrgs = useMemo(() => orgSearch(props.scopeId), [props.scopeId]);
  const today = todayCST();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    // Same schema objects as the server; Values mirrors their input (form fields are text).
    resolver: zodResolver(isCreate ? TrainingCreateSchema : (TrainingUpdateSchema as unknown as typeof TrainingCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: t
      ? valuesOf(t)
      : {
          orgId: isCreate ? Number(props.defaultOrg.id) : undefined,
          title: "",
          type: "EMPLOYMENT_SKILLS",
          organiser: isCreate ? props.defaultOrg.name : "",
          startsOn: today,
          endsOn: today,
          hours: "",
          mode: "ONSITE",
          place: "",
          capacity: "",
          extraParticipants: "0",
          notes: "",
        },
    mode: "onTouched",
  });
  const mode = useWatch({ control, name: "mode" });

  async function onSubmit(values: Values) {
    setServerError(null);
    const body = isCreate ? values : changed(values, valuesOf(t!) as unknown as Record<string, unknown>);
    if (!isCreate && Object.keys(body).length === 0) return router.push(`/trainings/${t!.id}`);
    const res = await apiRequest<TrainingDto>(isCreate ? "/api/v1/trainings" : `/api/v1/trainings/${t!.id}`, { method: isCreate ? "POST" : "PATCH", body });
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    setFlash({ message: "保存成功", next: isCreate ? { label: "登记学员", href: `/trainings/${res.data.id}?enrol=1` } : undefined });
    router.push(`/trainings/${res.data.id}`);
    router.refresh();
  }
  const err = (k: keyof Values) => errors[k]?.message as string | undefined;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {serverError && (
        <Alert tone="error" title="保存失败">
          {serverError}
        </Alert>
      )}
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">基本信息</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field id="t-title" label="培训名称" required error={err("title")} hint="如：上冈镇电工就业技能培训班" className="md:col-span-2">
            <input {...register("title")} {...controlAria("t-title", err("title"), "hint")} maxLength={200} className={inputClass} />
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
          <Field id="t-org" label="举办组织" required error={err("orgId")} hint="本单位或下级组织；学员须是该组织及其下级工会的会员">
            <Controller
              control={control}
              name="orgId"
              render={({ field }) => (
                <EntityPicker
                  value={host}
                  search={searchOrgs}
                  listLabel="组织候选"
                  emptyText="没有匹配的组织"
                  placeholder="输入组织名称搜索"
                  onBlur={field.onBlur}
                  onChange={(o) => {
                    setHost(o);
                    field.onChange(o ? Number(o.id) : undefined);
                  }}
                  {...controlAria("t-org", err("orgId"), "hint")}
                />
              )}
            />
          </Field>
          <Field id="t-organiser" label="承办单位" required error={err("organiser")} hint="如：县职业技能培训中心">
            <input {...register("organiser")} {...controlAria("t-organiser", err("organiser"), "hint")} maxLength={100} className={inputClass} />
          </Field>
          <Field id="t-hours" label="培训学时" required error={err("hours")} hint="最多一位小数">
            <input {...register("hours")} {...controlAria("t-hours", err("hours"), "hint")} inputMode="decimal" maxLength={6} className={inputClass} />
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
            <input {...register("place")} {...controlAria("t-place", err("place"), "hint")} maxLength={200} className={inputClass} />
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">参训人数</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field id="t-capacity" label="计划人数" error={err("capacity")} hint="选填">
            <input {...register("capacity")} {...controlAria("t-capacity", err("capacity"), "hint")} inputMode="numeric" maxLength={6} className={inputClass} />
          </Field>
          <Field
            id="t-extra"
            label="非会员参训人数"
            required
            error={err("extraParticipants")}
            hint="未登记为会员的参训人数；会员请在“学员名单”中逐个登记，两者相加为参训人次，不会重复计算"
          >
            <input {...register("extraParticipants")} {...controlAria("t-extra", err("extraParticipants"), "hint")} inputMode="numeric" maxLength={7} className={inputClass} />
          </Field>
          <Field id="t-notes" label="备注" error={err("notes")} className="md:col-span-2">
            <textarea {...register("notes")} {...controlAria("t-notes", err("notes"))} rows={3} maxLength={1000} className={inputClass} />
          </Field>
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "保存培训" : "保存修改"}
        </Button>
        <Link href={isCreate ? "/trainings" : `/trainings/${t!.id}`} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
