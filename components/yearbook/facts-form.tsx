"use client";
// 组织情况: the facts of one organisation for a statistics year that no other
// record holds, entered with the form kit against PUT /api/v1/yearbook/facts.
import { useApiForm } from "@/components/form/use-api-form";
import { FormShell } from "@/components/form/form-shell";
import { Field, inputClass } from "@/components/ui/field";
import { FACT_FIELDS, FactsInputSchema, type Facts } from "@/lib/yearbook/schema";

export function FactsForm({ orgId, year, facts, back }: { orgId: number; year: number; facts: Facts | null; back: string }) {
  const kit = useApiForm({
    schema: FactsInputSchema,
    defaultValues: { orgId, year, ...(Object.fromEntries(FACT_FIELDS.map(([k]) => [k, facts?.[k] ?? 0])) as Facts) },
    request: (v) => ({ url: "/api/v1/yearbook/facts", method: "PUT", body: v }),
    savedHref: () => back,
  });
  return (
    <FormShell kit={kit} submitLabel="保存组织情况" className="grid gap-4 sm:grid-cols-3">
      {FACT_FIELDS.map(([k, label, unit]) => (
        <Field key={k} id={`f-${k}`} label={`${label}（${unit}）`} error={kit.err(k)}>
          <input type="number" min={0} inputMode="numeric" {...kit.form.register(k)} className={inputClass} />
        </Field>
      ))}
    </FormShell>
  );
}
