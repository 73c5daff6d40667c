"use client";
// Administrators' target forms: set one indicator's annual target, and split a
// target across the organisation's direct children. Both validate with the
// API's own zod schemas before sending.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TargetSplitSchema, TargetUpsertSchema, type TargetSplitInput, type TargetUpsertInput } from "@/lib/dashboard/schema";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";
import { inputClass, selectClass } from "../ui/field";
import { TARGET_SCOPES, TARGET_SCOPE_LABELS, type TargetScope } from "@/lib/dashboard/target-scope";

type UpsertProps = { orgId: number; year: number; indicator: string; name: string; unit: string; value: string | null; scope: TargetScope; split: boolean };

export function TargetValueForm({ orgId, year, indicator, name, unit, value, scope, split }: UpsertProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<TargetUpsertInput>({
    resolver: zodResolver(TargetUpsertSchema) as Resolver<TargetUpsertInput>,
    defaultValues: { orgId, year, indicator: indicator as TargetUpsertInput["indicator"], value: value ?? "", scope },
  });
  const fieldError = form.formState.errors.value?.message;
  const id = `t-${indicator}`;
  return (
    <form
      noValidate
      className="flex flex-wrap items-start gap-2"
      onSubmit={form.handleSubmit(async (input) => {
        setError(null);
        setSaved(false);
        const r = await apiRequest("/api/v1/dashboard/targets", { method: "POST", body: input });
        if (!r.ok) return setError(r.error.fields?.value ?? r.error.fields?.scope ?? r.error.message);
        setSaved(true);
        router.refresh();
      })}
    >
      <div>
        <label htmlFor={id} className="sr-only">
          {name}年度目标（{unit}）
        </label>
        <input
          id={id}
          inputMode="decimal"
          className={cn(inputClass, "w-36 py-1.5 text-right tabular-nums")}
          aria-invalid={fieldError || error ? true : undefined}
          aria-describedby={fieldError || error ? `${id}-err` : undefined}
          {...form.register("value")}
        />
        {(fieldError || error) && (
          <p id={`${id}-err`} className="mt-1 text-xs text-red-700">
            {fieldError ?? error}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-scope`} className="sr-only">
          {name}目标口径
        </label>
        {/* A split target adds up its children's subtrees: it stays 全辖. */}
        <select id={`${id}-scope`} className={cn(selectClass, "w-28 py-1.5")} disabled={split} title="本级：只统计本组织自身的记录；全辖：含全部下级" {...form.register("scope")}>
          {TARGET_SCOPES.map((s) => (
            <option key={s} value={s}>
              {TARGET_SCOPE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" size="sm" variant="primary" disabled={form.formState.isSubmitting} className="mt-0.5">
        {form.formState.isSubmitting ? "保存中…" : "保存"}
      </Button>
      {saved && (
        <span role="status" className="mt-1.5 text-xs text-emerald-700">
          已保存
        </span>
      )}
    </form>
  );
}

type SplitProps = {
  targetId: string;
  total: string;
  isRate: boolean;
  unit: string;
  orgs: { id: number; name: string; value: string | null }[];
};

export function TargetSplitForm({ targetId, total, isRate, unit, orgs }: SplitProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<TargetSplitInput>({
    resolver: zodResolver(TargetSplitSchema) as Resolver<TargetSplitInput>,
    defaultValues: { parts: orgs.map((c) => ({ orgId: c.id, value: c.value ?? "" })), remainder: undefined },
  });
  const { fields } = useFieldArray({ control: form.control, name: "parts" });
  const parts = useWatch({ control: form.control, name: "parts" });
  const remainder = useWatch({ control: form.control, name: "remainder" });
  // Integer cents: the running sum is exact.
  const cents = (s: string | undefined) => (s && /^\d+(\.\d{1,2})?$/.test(s) ? Math.round(Number(s) * 100) : 0);
  const sum = parts.reduce((a, p) => a + cents(p.value), 0) + cents(remainder);
  const diff = cents(total) - sum;
  return (
    <form
      noValidate
      aria-label="分解目标"
      onSubmit={form.handleSubmit(async (input) => {
        setError(null);
        setDone(null);
        const body = { parts: input.parts.filter((p) => p.value !== ""), ...(input.remainder ? { remainder: input.remainder } : {}) };
        const r = await apiRequest<{ parts: unknown[] }>(`/api/v1/dashboard/targets/${targetId}/split`, { method: "POST", body });
        if (!r.ok) return setError(r.error.message);
        setDone(`已分解到 ${r.data.parts.length} 个下级组织`);
        router.refresh();
      })}
    >
      <div className="max-h-96 overflow-y-auto rounded border border-line">
        <table className="w-full text-sm">
          <caption className="sr-only">分解到下级组织</caption>
          <tbody>
            {fields.map((f, i) => (
              <tr key={f.id} className="border-b border-line last:border-b-0">
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  <label htmlFor={`part-${i}`}>{orgs[i].name}</label>
                </th>
                <td className="px-3 py-1.5 text-right">
                  <input id={`part-${i}`} inputMode="decimal" className={cn(inputClass, "w-32 py-1 text-right tabular-nums")} {...form.register(`parts.${i}.value`)} />
                  {form.formState.errors.parts?.[i]?.value && <p className="text-xs text-red-700">{form.formState.errors.parts[i]!.value!.message}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!isRate && (
        <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <label htmlFor="remainder">本级保留（直属单位完成，可不填）</label>
          <input id="remainder" inputMode="decimal" className={cn(inputClass, "w-32 py-1 text-right tabular-nums")} {...form.register("remainder", { setValueAs: (v) => (v === "" ? undefined : v) })} />
          <span className={cn("tabular-nums", diff === 0 ? "text-emerald-700" : "text-amber-700")} aria-live="polite">
            合计 {(sum / 100).toFixed(2)} / 目标 {total}
            {unit}
            {diff !== 0 && `（相差 ${(diff / 100).toFixed(2)}）`}
          </span>
        </div>
      )}
      {isRate && <p className="mt-2 text-xs text-muted">比率指标不能相加：每个下级填写自己的目标比率（%）。</p>}
      {error && (
        <Alert tone="error" className="mt-2">
          {error}
        </Alert>
      )}
      {done && (
        <Alert tone="success" className="mt-2">
          {done}
        </Alert>
      )}
      <Button type="submit" variant="primary" size="sm" className="mt-2" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "提交中…" : "保存分解"}
      </Button>
    </form>
  );
}
