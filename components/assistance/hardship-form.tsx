"use client";
// One form for opening (create) and correcting (edit) a hardship file, validated
// with the API's own schemas. The narrative is never sent to the browser: on
// edit a blank box keeps the stored text, anything typed replaces it.
import { useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { HardshipFileCreateSchema, HardshipFileUpdateSchema, type HardshipFileDto } from "@/lib/hardship/schema";
import { HARDSHIP_CATEGORIES, HARDSHIP_CATEGORY_LABELS, HARDSHIP_CAUSES, HARDSHIP_CAUSE_LABELS } from "@/lib/hardship/labels";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { MemberPicker, type PickedMember } from "./member-picker";
import { applyFieldErrors } from "./form-errors";
import { setFlash } from "../form/flash";

type Values = { memberId?: string; category: string; cause: string; householdSize: string; householdIncome: string; details: string };
const FIELDS = ["memberId", "category", "cause", "householdSize", "householdIncome", "details"] as const;

type Props = { mode: "create"; scopeId: number; defaultMember?: PickedMember | null } | { mode: "edit"; file: HardshipFileDto };

export function HardshipForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const [serverError, setServerError] = useState<string | null>(null);
  const [member, setMember] = useState<PickedMember | null>(isCreate ? (props.defaultMember ?? null) : null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? HardshipFileCreateSchema : (HardshipFileUpdateSchema as unknown as typeof HardshipFileCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: isCreate
      ? { memberId: props.defaultMember?.id, category: "", cause: "", householdSize: "", householdIncome: "", details: "" }
      : { category: props.file.category, cause: props.file.cause, householdSize: String(props.file.householdSize), householdIncome: props.file.householdIncome, details: "" },
    mode: "onTouched",
  });
  const cancelHref = isCreate ? "/assistance/hardship" : `/assistance/hardship/${props.file.id}`;

  async function onSubmit(v: Values) {
    setServerError(null);
    let body: Record<string, unknown>;
    if (isCreate) body = { ...v, householdSize: Number(v.householdSize) };
    else {
      const f = props.file;
      body = { version: f.version };
      if (v.category !== f.category) body.category = v.category;
      if (v.cause !== f.cause) body.cause = v.cause;
      if (Number(v.householdSize) !== f.householdSize) body.householdSize = Number(v.householdSize);
      if (v.householdIncome !== f.householdIncome) body.householdIncome = v.householdIncome;
      if (v.details?.trim()) body.details = v.details;
    }
    const res = await apiRequest<HardshipFileDto>(isCreate ? "/api/v1/hardship-files" : `/api/v1/hardship-files/${props.file.id}`, { method: isCreate ? "POST" : "PATCH", body });
    if (!res.ok) {
      setServerError(res.error.message);
      applyFieldErrors(res.error, FIELDS, setError);
      return;
    }
    setFlash({ message: "保存成功" });
    router.push(`/assistance/hardship/${res.data.id}`);
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
        {isCreate ? (
          <Field id="h-member" label="职工" required error={err("memberId")} hint="在会会员；每人全省只能有一份未结案档案">
            <Controller
              control={control}
              name="memberId"
              render={({ field }) => (
                <MemberPicker
                  value={member}
                  within={props.scopeId}
                  onBlur={field.onBlur}
                  onChange={(m) => {
                    setMember(m);
                    field.onChange(m?.id);
                  }}
                  {...controlAria("h-member", err("memberId"), "hint")}
                />
              )}
            />
          </Field>
        ) : (
          <Field id="h-member" label="职工">
            <input id="h-member" value={`${props.file.memberName}（${props.file.memberIdMasked}）`} readOnly disabled className={inputClass} />
          </Field>
        )}
        <Field id="h-category" label="困难类别" required error={err("category")}>
          <select {...register("category")} {...controlAria("h-category", err("category"))} className={selectClass}>
            <option value="">请选择</option>
            {HARDSHIP_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {HARDSHIP_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="h-cause" label="致困原因" required error={err("cause")}>
          <select {...register("cause")} {...controlAria("h-cause", err("cause"))} className={selectClass}>
            <option value="">请选择</option>
            {HARDSHIP_CAUSES.map((c) => (
              <option key={c} value={c}>
                {HARDSHIP_CAUSE_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="h-size" label="家庭人口" required error={err("householdSize")}>
          <input {...register("householdSize")} {...controlAria("h-size", err("householdSize"))} type="number" min={1} max={20} inputMode="numeric" className={inputClass} />
        </Field>
        <Field id="h-income" label="家庭年收入（元）" required error={err("householdIncome")} hint="如 36000 或 36000.50">
          <input {...register("householdIncome")} {...controlAria("h-income", err("householdIncome"), "hint")} inputMode="decimal" className={inputClass} />
        </Field>
      </div>
      <Field
        id="h-details"
        label="困难情况说明"
        error={err("details")}
        hint={isCreate ? "家庭困难、病情等详细情况，加密保存，查看时记入审计日志" : "不修改请留空；填写后将替换原有说明（原说明在详情页申请查看）"}
      >
        <textarea {...register("details")} {...controlAria("h-details", err("details"), "hint")} rows={4} className={inputClass} />
      </Field>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "建立档案" : "保存修改"}
        </Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
