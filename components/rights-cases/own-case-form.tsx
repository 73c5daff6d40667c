"use client";
// A member's online rights request; the facts are encrypted on the server and
// shown only to the union staff handling it.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { OwnRightsCaseCreateSchema } from "@/lib/rights-cases/schema";
import { RIGHTS_KINDS, RIGHTS_KIND_LABELS } from "@/lib/rights-cases/labels";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { applyServerErrors } from "../programmes/form-errors";

type Values = { kind: string; facts: string; workers: string };

export function OwnCaseForm() {
  const router = useRouter();
  const [error, setErrorText] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(OwnRightsCaseCreateSchema) as unknown as Resolver<Values>, defaultValues: { kind: "", facts: "", workers: "1" }, mode: "onTouched" });
  async function onSubmit(v: Values) {
    setErrorText(null);
    const res = await apiRequest("/api/v1/me/rights-cases", { method: "POST", body: { ...v, workers: Number(v.workers) } });
    if (!res.ok) {
      setErrorText(res.error.message);
      applyServerErrors(res.error, ["kind", "facts", "workers"] as const, setError);
      return;
    }
    router.push("/me/rights");
    router.refresh();
  }
  const err = (k: keyof Values) => errors[k]?.message as string | undefined;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="r-kind" label="诉求类别" required error={err("kind")}>
        <select {...register("kind")} {...controlAria("r-kind", err("kind"))} className={selectClass}>
          <option value="">请选择</option>
          {RIGHTS_KINDS.map((k) => (
            <option key={k} value={k}>
              {RIGHTS_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="r-facts" label="情况说明" required error={err("facts")} hint="单位名称、发生时间、涉及金额等；仅办理工会可见">
        <textarea {...register("facts")} {...controlAria("r-facts", err("facts"), "hint")} rows={6} maxLength={4000} className={inputClass} />
      </Field>
      <Field id="r-workers" label="涉及职工人数" required error={err("workers")}>
        <input {...register("workers")} {...controlAria("r-workers", err("workers"))} type="number" min={1} inputMode="numeric" className={inputClass} />
      </Field>
      <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
        {isSubmitting ? "正在提交…" : "提交"}
      </Button>
    </form>
  );
}
