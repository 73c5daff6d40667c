"use client";
// Record (create) or correct (edit) an activity record (工作台账); the API's zod schemas validate both sides.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ActivityCreateSchema, ActivityUpdateSchema, type ActivityDto } from "@/lib/activities/schema";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { orgSearch } from "../programmes/search";
import { applyServerErrors, changed } from "../programmes/form-errors";
import { setFlash } from "../form/flash";

type Values = { typeId: string | number; orgId?: number; heldOn: string; place: string; participants: string | number; amountSpent: string; description: string };
const FIELDS = ["typeId", "orgId", "heldOn", "place", "participants", "amountSpent", "description"] as const;

type Props = { types: { id: number; name: string }[]; scopeId: number; defaultOrg: Picked } & ({ mode: "create" } | { mode: "edit"; activity: ActivityDto });

export function ActivityForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const a = props.mode === "edit" ? props.activity : null;
  const [serverError, setServerError] = useState<string | null>(null);
  const [org, setOrg] = useState<Picked | null>(a ? { id: String(a.orgId), name: a.orgName } : props.defaultOrg);
  const searchOrgs = useMemo(() => orgSearch(props.scopeId), [props.scopeId]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? ActivityCreateSchema : (ActivityUpdateSchema as unknown as typeof ActivityCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: a
      ? { typeId: a.typeId, orgId: a.orgId, heldOn: a.heldOn, place: a.place ?? "", participants: a.participants, amountSpent: a.amountSpent ?? "", description: a.description ?? "" }
      : { typeId: "", orgId: Number(props.defaultOrg.id), heldOn: todayCST(), place: "", participants: "", amountSpent: "", description: "" },
    mode: "onTouched",
  });

  async function onSubmit(values: Values) {
    setServerError(null);
    let body: Record<string, unknown> = values;
    if (!isCreate) {
      body = changed(values, { typeId: a!.typeId, orgId: a!.orgId, heldOn: a!.heldOn, place: a!.place, participants: a!.participants, amountSpent: a!.amountSpent, description: a!.description });
      for (const k of ["typeId", "orgId", "participants"]) if (k in body) body[k] = Number(body[k]);
      if (Object.keys(body).length === 0) return router.push(`/activities/${a!.id}`);
    }
    const res = await apiRequest<ActivityDto>(isCreate ? "/api/v1/activities" : `/api/v1/activities/${a!.id}`, { method: isCreate ? "POST" : "PATCH", body });
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    setFlash({ message: "保存成功" });
    router.push(`/activities/${res.data.id}`);
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
        <Field id="a-org" label="开展单位" required error={err("orgId")} hint="本单位或下级组织">
          <Controller
            control={control}
            name="orgId"
            render={({ field }) => (
              <EntityPicker
                value={org}
                search={searchOrgs}
                listLabel="组织候选"
                emptyText="没有匹配的组织"
                placeholder="输入组织名称搜索"
                onBlur={field.onBlur}
                onChange={(o) => {
                  setOrg(o);
                  field.onChange(o ? Number(o.id) : undefined);
                }}
                {...controlAria("a-org", err("orgId"), "hint")}
              />
            )}
          />
        </Field>
        <Field id="a-date" label="活动日期" required error={err("heldOn")}>
          <input {...register("heldOn")} {...controlAria("a-date", err("heldOn"))} type="date" className={inputClass} />
        </Field>
        <Field id="a-place" label="地点" error={err("place")}>
          <input {...register("place")} {...controlAria("a-place", err("place"))} maxLength={200} className={inputClass} />
        </Field>
        <Field id="a-people" label="参与人数" required error={err("participants")}>
          <input {...register("participants")} {...controlAria("a-people", err("participants"))} type="number" inputMode="numeric" min={0} className={inputClass} />
        </Field>
        <Field id="a-amount" label="支出金额（元）" error={err("amountSpent")} hint="如 3500.00；无支出可不填">
          <input {...register("amountSpent")} {...controlAria("a-amount", err("amountSpent"), "hint")} inputMode="decimal" maxLength={13} className={inputClass} />
        </Field>
        <Field id="a-desc" label="活动内容" error={err("description")} className="md:col-span-2">
          <textarea {...register("description")} {...controlAria("a-desc", err("description"))} rows={3} maxLength={1000} className={inputClass} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "保存活动" : "保存修改"}
        </Button>
        <Link href={isCreate ? "/activities" : `/activities/${a!.id}`} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
