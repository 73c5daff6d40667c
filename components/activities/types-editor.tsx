"use client";
// The configurable activity-type list (administrators): add, rename, reorder
// (both on the form kit), deactivate.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { ActivityTypeCreateSchema, ActivityTypeUpdateSchema, type ActivityTypeDto } from "@/lib/activities/schema";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";

function TypeRow({ t }: { t: ActivityTypeDto }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kit = useApiForm({
    schema: ActivityTypeUpdateSchema,
    defaultValues: { name: t.name, sort: t.sort },
    request: (v) => ({ url: `/api/v1/activity-types/${t.id}`, method: "PATCH", body: { name: v.name, sort: v.sort } }),
    onSaved: () => setEditing(false),
  });
  // 停用/启用 is one click, not a form.
  async function toggle() {
    setError(null);
    const res = await apiRequest(`/api/v1/activity-types/${t.id}`, { method: "PATCH", body: { active: !t.active } });
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  const { register } = kit.form;
  const err = kit.err;
  return (
    <li className="py-3">
      {editing ? (
        <FormShell kit={kit} submitLabel="保存" onCancel={() => setEditing(false)} className="flex flex-wrap items-end gap-2">
          <Field id={`t-name-${t.id}`} label="名称" error={err("name")}>
            <input {...register("name")} {...controlAria(`t-name-${t.id}`, err("name"))} className={inputClass} />
          </Field>
          <Field id={`t-sort-${t.id}`} label="排序号" error={err("sort")}>
            <input {...register("sort")} {...controlAria(`t-sort-${t.id}`, err("sort"))} type="number" className={`${inputClass} w-24`} />
          </Field>
        </FormShell>
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
            <Button size="sm" variant={t.active ? "danger" : "secondary"} onClick={toggle}>
              {t.active ? "停用" : "启用"}
            </Button>
          </span>
        </div>
      )}
      {error && (
        <Alert tone="error" className="mt-2">
          {error}
        </Alert>
      )}
    </li>
  );
}

export function ActivityTypesEditor({ types }: { types: ActivityTypeDto[] }) {
  const kit = useApiForm({
    schema: ActivityTypeCreateSchema,
    defaultValues: { name: "", sort: "" },
    request: (v) => ({ url: "/api/v1/activity-types", body: v }),
    onSaved: (): void => kit.form.reset(),
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <>
      <ul aria-label="活动类型" className="divide-y divide-line">
        {types.map((t) => (
          <TypeRow key={`${t.id}-${t.name}-${t.active}-${t.sort}`} t={t} />
        ))}
      </ul>
      <div className="mt-5 border-t border-line pt-5">
        <h3 className="mb-3 text-base font-semibold text-gray-900">新增活动类型</h3>
        <FormShell kit={kit} submitLabel="新增类型" className="space-y-3">
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field id="nt-name" label="类型名称" required error={err("name")}>
              <input {...register("name")} {...controlAria("nt-name", err("name"))} className={inputClass} />
            </Field>
            <Field id="nt-sort" label="排序号" error={err("sort")}>
              <input {...register("sort")} {...controlAria("nt-sort", err("sort"))} type="number" className={inputClass} />
            </Field>
          </div>
        </FormShell>
      </div>
    </>
  );
}
