"use client";
// Enter an enterprise's need (企业下单) on the form kit; the API's zod schema validates both sides.
import { AssistOrderCreateSchema } from "@/lib/assist-orders/schema";
import { ASSIST_TRADES, ASSIST_TRADE_LABELS, ASSIST_URGENCIES, ASSIST_URGENCY_LABELS } from "@/lib/assist-orders/labels";
import { STUDIO_KINDS, STUDIO_KIND_LABELS } from "@/lib/studios/labels";
import { todayCST } from "@/lib/dates";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import type { Picked } from "../programmes/entity-picker";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

export function AssistOrderForm({ scopeId, defaultOrg }: { scopeId: number; defaultOrg: Picked }) {
  const kit = useApiForm({
    schema: AssistOrderCreateSchema,
    defaultValues: { enterpriseId: "", orgId: Number(defaultOrg.id), trade: undefined, field: "", title: "", description: "", urgency: "NORMAL", preferredStudioKind: "", contactName: "", contactPhone: "", requestedOn: todayCST() },
    request: (v) => ({ url: "/api/v1/assist-orders", body: v }),
    savedHref: (d) => `/assist-orders/${d.id}`,
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel="保存需求" cancelHref="/assist-orders">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <PickerField kit={kit} kind="enterprise" name="enterpriseId" id="o-ent" label="企业" required hint="从企业名录中选择" />
        <PickerField kit={kit} kind="org" name="orgId" id="o-org" label="受理工会" required hint="本单位或下级工会；看板按受理工会统计" within={scopeId} initial={defaultOrg} />
        <Field id="o-trade" label="技术领域（行业）" required error={err("trade")}>
          <select {...register("trade")} {...controlAria("o-trade", err("trade"))} className={selectClass}>
            <option value="">请选择</option>
            {ASSIST_TRADES.map((t) => (
              <option key={t} value={t}>
                {ASSIST_TRADE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="o-field" label="具体领域" required error={err("field")} hint="如 数控加工精度、焊接工艺">
          <input {...register("field")} {...controlAria("o-field", err("field"), "hint")} className={inputClass} />
        </Field>
        <Field id="o-title" label="问题概述" required error={err("title")} className="md:col-span-2">
          <input {...register("title")} {...controlAria("o-title", err("title"))} className={inputClass} />
        </Field>
        <Field id="o-desc" label="问题描述" required error={err("description")} className="md:col-span-2">
          <textarea {...register("description")} {...controlAria("o-desc", err("description"))} rows={4} className={inputClass} />
        </Field>
        <Field id="o-urg" label="紧急程度" required error={err("urgency")}>
          <select {...register("urgency")} {...controlAria("o-urg", err("urgency"))} className={selectClass}>
            {ASSIST_URGENCIES.map((u) => (
              <option key={u} value={u}>
                {ASSIST_URGENCY_LABELS[u]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="o-kind" label="希望的工作室类型" error={err("preferredStudioKind")}>
          <select {...register("preferredStudioKind")} {...controlAria("o-kind", err("preferredStudioKind"))} className={selectClass}>
            <option value="">不限</option>
            {STUDIO_KINDS.map((k) => (
              <option key={k} value={k}>
                {STUDIO_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="o-cname" label="企业联系人" required error={err("contactName")}>
          <input {...register("contactName")} {...controlAria("o-cname", err("contactName"))} className={inputClass} />
        </Field>
        <Field id="o-cphone" label="联系电话" required error={err("contactPhone")} hint="手机号或 0515-88888888">
          <input {...register("contactPhone")} {...controlAria("o-cphone", err("contactPhone"), "hint")} inputMode="tel" className={inputClass} />
        </Field>
        <Field id="o-date" label="下单日期" required error={err("requestedOn")}>
          <input {...register("requestedOn")} {...controlAria("o-date", err("requestedOn"))} type="date" max={todayCST()} className={inputClass} />
        </Field>
      </div>
    </FormShell>
  );
}
