"use client";
// 逾期补录 on the 报送 page: the organisation's grace days after a quarter (and
// whether late entry then closes), and the parent's time-limited exception for
// a child's late quarter. The API decides who may do either (an administrator
// above the organisation; the parent's staff) and answers in Chinese when not.
import { useApiForm } from "@/components/form/use-api-form";
import { FormShell } from "@/components/form/form-shell";
import { Field, controlAria, inputClass, selectClass } from "@/components/ui/field";
import { EntryWindowSchema, ExceptionInputSchema } from "@/lib/reports/schema";

export function EntryWindowForm({ orgId, graceDays, closeLateEntry }: { orgId: number; graceDays: number; closeLateEntry: boolean }) {
  const kit = useApiForm({
    schema: EntryWindowSchema,
    defaultValues: { orgId, graceDays, closeLateEntry },
    request: (v) => ({ url: "/api/v1/period-reports/entry-window", method: "PUT", body: v }),
  });
  const { register } = kit.form;
  return (
    <FormShell kit={kit} submitLabel="保存补录规则" className="space-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="ew-days" label="宽限天数" required error={kit.err("graceDays")} hint="季度结束后仍可直接录入的天数">
          <input {...register("graceDays")} {...controlAria("ew-days", kit.err("graceDays"), "hint")} type="number" inputMode="numeric" min={0} max={90} className={inputClass} />
        </Field>
        <Field id="ew-close" label="逾期关闭录入" error={kit.err("closeLateEntry")}>
          <label className="flex items-center gap-2 text-sm">
            <input id="ew-close" type="checkbox" {...register("closeLateEntry")} className="h-4 w-4" />
            宽限期后录入须经上级同意补录
          </label>
        </Field>
      </div>
    </FormShell>
  );
}

export function ExceptionForm({ period, orgs }: { period: string; orgs: { id: number; name: string }[] }) {
  const kit = useApiForm({
    schema: ExceptionInputSchema,
    defaultValues: { orgId: orgs[0]?.id ?? 0, period, days: 7, reason: "" },
    request: (v) => ({ url: "/api/v1/period-reports/exceptions", body: v }),
    savedMessage: "已同意补录",
  });
  const { register } = kit.form;
  return (
    <FormShell kit={kit} submitLabel="同意补录" className="space-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Field id="ex-org" label="补录单位" required error={kit.err("orgId")}>
          <select {...register("orgId")} {...controlAria("ex-org", kit.err("orgId"))} className={selectClass}>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ex-days" label="有效天数" required error={kit.err("days")} hint="1–30 天">
          <input {...register("days")} {...controlAria("ex-days", kit.err("days"), "hint")} type="number" inputMode="numeric" min={1} max={30} className={inputClass} />
        </Field>
        <Field id="ex-reason" label="理由" required error={kit.err("reason")} className="md:col-span-3">
          <textarea {...register("reason")} {...controlAria("ex-reason", kit.err("reason"))} rows={2} className={inputClass} />
        </Field>
      </div>
      <input type="hidden" {...register("period")} />
    </FormShell>
  );
}
