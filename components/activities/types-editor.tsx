"use client";
// The configurable activity-type list (administrators): add, rename, reorder, deactivate.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ActivityTypeCreateSchema, ActivityTypeUpdateSchema, type ActivityTypeDto } from "@/lib/activities/schema";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass } from "../ui/field";
import { applyServerErrors } from "../programmes/form-errors";

type NewValues = { name: string; sort: string | number };
type EditValues = { name: string; sort: string | number };

function TypeRow({ t }: { t: ActivityTypeDto }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<EditValues>({
    resolver: zodResolver(ActivityTypeUpdateSchema) as unknown as Resolver<EditValues>,
    defaultValues: { name: t.name, sort: t.sort },
  });
  async function patch(body: Record<string, unknown>) {
    setError(null);
    const res = await apiRequest(`/api/v1/activity-types/${t.id}`, { method: "PATCH", body });
    if (!res.ok) return setError(res.error.message);
    setEditing(false);
    router.refresh();
  }
  const err = formState.errors.name?.message ?? formState.errors.sort?.message;
  return (
    <li className="py-3">
      {editing ? (
        <form onSubmit={handleSubmit((v) => patch({ name: v.name, sort: Number(v.sort) }))} noValidate className="flex flex-wrap items-end gap-2">
          <Field id={`t-name-${t.id}`} label="名称" error={formState.errors.name?.message}>
            <input {...register("name")} {...controlAria(`t-name-${t.id}`, formState.errors.name?.message)} maxLength={50} className={inputClass} />
          </Field>
          <Field id={`t-sort-${t.id}`} label="排序号" error={formState.errors.sort?.message}>
            <input {...register("sort")} {...controlAria(`t-sort-${t.id}`, formState.errors.sort?.message)} type="number" className={`${inputClass} w-24`} />
          </Field>
          <Button type="submit" variant="primary" size="sm">
            保存
          </Button>
          <Button size="sm" onClick={() => setEditing(false)}>
            取消
          </Button>
        </form>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span className="flex items-center gap-2">
            <span className="text-[15px] text-gray-900">{t.name}</span>
            {!t.active && <Badge tone="neutral">已停用</Badge>}
            <span className="text-xs text-muted">本范围 {t.recordCount} 条记录 · 排序 {t.sort}</span>
          </span>
          <span className="flex gap-2">
            <Button size="sm" onClick={() => setEditing(true)}>
              重命名
            </Button>
            <Button size="sm" variant={t.active ? "danger" : "secondary"} onClick={() => patch({ active: !t.active })}>
              {t.active ? "停用" : "启用"}
            </Button>
          </span>
        </div>
      )}
      {(error || err) && (
        <Alert tone="error" className="mt-2">
          {error ?? err}
        </Alert>
      )}
    </li>
  );
}

export function ActivityTypesEditor({ types }: { types: ActivityTypeDto[] }) {
  const router = useRouter();
  const [error, setErrorMsg] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<NewValues>({
    resolver: zodResolver(ActivityTypeCreateSchema) as unknown as Resolver<NewValues>,
    defaultValues: { name: "", sort: "" },
    mode: "onTouched",
  });
  async function onSubmit(v: NewValues) {
    setErrorMsg(null);
    const res = await apiRequest("/api/v1/activity-types", { method: "POST", body: v });
    if (!res.ok) {
      setErrorMsg(res.error.message);
      applyServerErrors(res.error, ["name", "sort"] as const, setError);
      return;
    }
    reset();
    router.refresh();
  }
  const err = (k: keyof NewValues) => formState.errors[k]?.message;
  return (
    <>
      <ul aria-label="活动类型" className="divide-y divide-line">
        {types.map((t) => (
          <TypeRow key={`${t.id}-${t.name}-${t.active}-${t.sort}`} t={t} />
        ))}
      </ul>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-5 border-t border-line pt-5">
        <h3 className="mb-3 text-base font-semibold text-gray-900">新增活动类型</h3>
        {error && (
          <Alert tone="error" className="mb-3">
            {error}
          </Alert>
        )}
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Field id="nt-name" label="类型名称" required error={err("name")}>
            <input {...register("name")} {...controlAria("nt-name", err("name"))} maxLength={50} className={inputClass} />
          </Field>
          <Field id="nt-sort" label="排序号" error={err("sort")}>
            <input {...register("sort")} {...controlAria("nt-sort", err("sort"))} type="number" className={inputClass} />
          </Field>
          <div className="flex items-end">
            <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
              新增类型
            </Button>
          </div>
        </div>
      </form>
    </>
  );
}
