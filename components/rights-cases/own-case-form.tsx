"use client";
// A member's online rights request, on the form kit; the facts are encrypted
// on the server and shown only to the union staff handling it.
import { OwnRightsCaseCreateSchema } from "@/lib/rights-cases/schema";
import { RIGHTS_KINDS, RIGHTS_KIND_LABELS } from "@/lib/rights-cases/labels";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";

export function OwnCaseForm() {
  const kit = useApiForm({
    schema: OwnRightsCaseCreateSchema,
    defaultValues: { kind: undefined, facts: "", workers: "1" },
    request: (v) => ({ url: "/api/v1/me/rights-cases", body: v }),
    savedHref: () => "/me/rights",
    savedMessage: "已提交，工会受理后会在这里显示办理进度",
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel="提交" className="space-y-4">
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
        <textarea {...register("facts")} {...controlAria("r-facts", err("facts"), "hint")} rows={6} className={inputClass} />
      </Field>
      <Field id="r-workers" label="涉及职工人数" required error={err("workers")}>
        <input {...register("workers")} {...controlAria("r-workers", err("workers"))} type="number" min={1} inputMode="numeric" className={inputClass} />
      </Field>
    </FormShell>
  );
}
