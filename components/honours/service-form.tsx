"use client";
// Record or correct a service to a model worker (体检、疗休养、服务卡、走访慰问)
// on the form kit. The create schema is the form's one schema (editing starts
// from the record's member); a service date must lie in the past, refused here
// and by the API with the same message.
import { ServiceCreateSchema, type ServiceDto } from "@/lib/honours/schema";
import { SERVICE_KINDS, SERVICE_KIND_LABELS } from "@/lib/honours/labels";
import { todayCST } from "@/lib/dates";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

type Props = { mode: "create"; scopeId: number } | { mode: "edit"; service: ServiceDto };

const LIST = "/honours/services";

export function ServiceForm(props: Props) {
  const s = props.mode === "edit" ? props.service : null;
  const today = todayCST();
  const kit = useApiForm({
    schema: ServiceCreateSchema,
    defaultValues: s
      ? { memberId: s.memberId, kind: s.kind, servedOn: s.servedOn, year: s.year, amount: s.amount ?? "", notes: s.notes ?? "" }
      : { memberId: undefined, kind: "HEALTH_CHECK", servedOn: today, year: "", amount: "", notes: "" },
    request: ({ memberId, ...v }) => {
      if (!s) return { url: "/api/v1/model-worker-services", body: { memberId, ...v } };
      // A year emptied on correction is, as on creation, the service date's year (the API keeps a year, it never clears it).
      return patchChanged(`/api/v1/model-worker-services/${s.id}`, { ...v, year: v.year ?? Number(v.servedOn.slice(0, 4)) }, s);
    },
    unchangedHref: LIST,
    savedHref: (d: ServiceDto) => `${LIST}?q=${encodeURIComponent(d.memberName)}`,
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel={s ? "保存修改" : "登记服务"} cancelHref={LIST}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {s ? (
          <Field id="s-member-ro" label="劳模（会员）">
            <input id="s-member-ro" value={`${s.memberName} · ${s.orgName}`} readOnly disabled className={inputClass} />
          </Field>
        ) : (
          <PickerField kit={kit} kind="member" name="memberId" id="s-member" label="劳模（会员）" required hint="输入姓名、手机号或完整身份证号搜索" within={props.mode === "create" ? props.scopeId : undefined} />
        )}
        <Field id="s-kind" label="服务项目" required error={err("kind")}>
          <select {...register("kind")} {...controlAria("s-kind", err("kind"))} className={selectClass}>
            {SERVICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {SERVICE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="s-on" label="服务日期" required error={err("servedOn")}>
          <input {...register("servedOn")} {...controlAria("s-on", err("servedOn"))} type="date" max={today} className={inputClass} />
        </Field>
        <Field id="s-year" label="服务年度" error={err("year")} hint="不填则取服务日期所在年度">
          <input {...register("year")} {...controlAria("s-year", err("year"), "hint")} type="number" inputMode="numeric" className={inputClass} />
        </Field>
        <Field id="s-amount" label="费用（元）" error={err("amount")} hint="如 2600.00；无费用可不填">
          <input {...register("amount")} {...controlAria("s-amount", err("amount"), "hint")} inputMode="decimal" className={inputClass} />
        </Field>
        <Field id="s-notes" label="备注" error={err("notes")}>
          <input {...register("notes")} {...controlAria("s-notes", err("notes"))} className={inputClass} />
        </Field>
      </div>
    </FormShell>
  );
}
