"use client";
// One aid kind's rules, edited in place by an administrator: a row of the
// policy table on the form kit (保存成功 above the page), not the kit's footer.
import { PolicyUpdateSchema, type PolicyDto } from "@/lib/assistance/schema";
import { GRANT_KIND_LABELS } from "@/lib/assistance/labels";
import { useApiForm } from "../form/use-api-form";
import { Button } from "../ui/button";
import { controlAria, inputClass } from "../ui/field";

export function PolicyForm({ policy }: { policy: PolicyDto }) {
  const k = policy.kind;
  const kit = useApiForm({
    schema: PolicyUpdateSchema,
    defaultValues: { requiresHardshipFile: policy.requiresHardshipFile, maxAmount: policy.maxAmount ?? "", maxPerHouseholdYear: policy.maxPerHouseholdYear ?? "", noticeDays: String(policy.noticeDays) },
    request: (v) => ({ url: `/api/v1/grants/policies/${k}`, method: "PATCH", body: v }),
    // The saved values become the row's new baseline (保存 greys out until the next change).
    onSaved: (): void => kit.form.reset(kit.form.getValues()),
  });
  const { register } = kit.form;
  const err = kit.err;
  const label = GRANT_KIND_LABELS[k];
  return (
    <form onSubmit={kit.onSubmit} noValidate className="grid grid-cols-2 items-start gap-3 border-b border-line py-4 last:border-b-0 md:grid-cols-[8rem_7rem_1fr_1fr_6rem_auto]">
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
        <Button type="submit" size="sm" variant="primary" disabled={kit.pending || !kit.form.formState.isDirty}>
          保存
        </Button>
        {kit.serverError && (
          <span role="alert" className="text-sm text-red-700">
            {kit.serverError}
          </span>
        )}
      </div>
    </form>
  );
}
