"use client";
// One aid kind's rules, edited in place by an administrator.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { PolicyUpdateSchema, type PolicyDto } from "@/lib/assistance/schema";
import { GRANT_KIND_LABELS } from "@/lib/assistance/labels";
import { apiRequest } from "../api";
import { Button } from "../ui/button";
import { controlAria, inputClass } from "../ui/field";

type Values = { requiresHardshipFile: boolean; maxAmount: string; maxPerHouseholdYear: string; noticeDays: string };

export function PolicyForm({ policy }: { policy: PolicyDto }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<Values>({
    resolver: zodResolver(PolicyUpdateSchema) as unknown as Resolver<Values>,
    defaultValues: { requiresHardshipFile: policy.requiresHardshipFile, maxAmount: policy.maxAmount ?? "", maxPerHouseholdYear: policy.maxPerHouseholdYear ?? "", noticeDays: String(policy.noticeDays) },
  });
  const k = policy.kind;
  async function onSubmit(v: Values) {
    setMessage(null);
    const res = await apiRequest(`/api/v1/grants/policies/${k}`, { method: "PATCH", body: { ...v, noticeDays: Number(v.noticeDays) } });
    if (res.ok) {
      setMessage({ ok: true, text: "已保存" });
      reset(v);
      router.refresh();
    } else setMessage({ ok: false, text: res.error.message });
  }
  const err = (f: keyof Values) => errors[f]?.message as string | undefined;
  const label = GRANT_KIND_LABELS[k];
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="grid grid-cols-2 items-start gap-3 border-b border-line py-4 last:border-b-0 md:grid-cols-[8rem_7rem_1fr_1fr_6rem_auto]">
      <p className="col-span-2 pt-2 font-medium text-gray-900 md:col-span-1">{label}</p>
      <label className="col-span-2 flex items-center gap-2 pt-2 text-[15px] md:col-span-1">
        <input type="checkbox" {...register("requiresHardshipFile")} className="h-4 w-4 accent-brand" />
        须困难档案
      </label>
      <div>
        <label htmlFor={`${k}-max`} className="mb-1 block text-xs text-muted">
          单笔上限（元）
        </label>
        <input {...register("maxAmount")} {...controlAria(`${k}-max`, err("maxAmount"))} inputMode="decimal" placeholder="不限" className={inputClass} />
        {err("maxAmount") && <p className="mt-1 text-sm text-red-700">{err("maxAmount")}</p>}
      </div>
      <div>
        <label htmlFor={`${k}-hh`} className="mb-1 block text-xs text-muted">
          每户每年上限（元）
        </label>
        <input {...register("maxPerHouseholdYear")} {...controlAria(`${k}-hh`, err("maxPerHouseholdYear"))} inputMode="decimal" placeholder="不限" className={inputClass} />
        {err("maxPerHouseholdYear") && <p className="mt-1 text-sm text-red-700">{err("maxPerHouseholdYear")}</p>}
      </div>
      <div>
        <label htmlFor={`${k}-days`} className="mb-1 block text-xs text-muted">
          公示天数
        </label>
        <input {...register("noticeDays")} {...controlAria(`${k}-days`, err("noticeDays"))} inputMode="numeric" className={inputClass} />
        {err("noticeDays") && <p className="mt-1 text-sm text-red-700">{err("noticeDays")}</p>}
      </div>
      <div className="flex items-center gap-2 pt-5">
        <Button type="submit" size="sm" variant="primary" disabled={isSubmitting || !isDirty}>
          保存
        </Button>
        {message && (
          <span role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
