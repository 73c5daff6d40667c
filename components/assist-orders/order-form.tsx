"use client";
// Enter an enterprise's need (企业下单) on the form kit; the API's zod schema validates both sides.
import { AssistOrderCreateSchema } from "@/lib/assist-orders/schema";
import { ASSIST_TRADES, ASSIST_TRADE_LABELS, ASSIST_URGENCIES, ASSIST_URGENCY_LABELS } from "@/lib/assist-orders/labels";
import { STUDIO_KINDS, STUDIO_KIND_LABELS } from "@/lib/studios/labels";
import { todayCST } from "@/lib/dates";
import type { Picked } from "../programmes/entity-picker";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";
import { ChoiceField, TextField } from "../form/fields";

export function AssistOrderForm({ scopeId, defaultOrg }: { scopeId: number; defaultOrg: Picked }) {
  const kit = useApiForm({
    schema: AssistOrderCreateSchema,
    defaultValues: { enterpriseId: "", orgId: Number(defaultOrg.id), trade: undefined, field: "", title: "", description: "", urgency: "NORMAL", preferredStudioKind: "", contactName: "", contactPhone: "", requestedOn: todayCST() },
    request: (v) => ({ url: "/api/v1/assist-orders", body: v }),
    savedHref: (d) => `/assist-orders/${d.id}`,
  });
  return (
    <FormShell kit={kit} submitLabel="保存需求" cancelHref="/assist-orders">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <PickerField kit={kit} kind="enterprise" name="enterpriseId" id="o-ent" label="企业" required hint="从企业名录中选择" />
        <PickerField kit={kit} kind="org" name="orgId" id="o-org" label="受理工会" required hint="本单位或下级工会；看板按受理工会统计" within={scopeId} initial={defaultOrg} />
        <ChoiceField kit={kit} name="trade" id="o-trade" label="技术领域（行业）" required values={ASSIST_TRADES} labels={ASSIST_TRADE_LABELS} />
        <TextField kit={kit} name="field" id="o-field" label="具体领域" required hint="如 数控加工精度、焊接工艺" />
        <TextField kit={kit} name="title" id="o-title" label="问题概述" required className="md:col-span-2" />
        <TextField kit={kit} name="description" id="o-desc" label="问题描述" required rows={4} className="md:col-span-2" />
        <ChoiceField kit={kit} name="urgency" id="o-urg" label="紧急程度" required values={ASSIST_URGENCIES} labels={ASSIST_URGENCY_LABELS} empty={false} />
        <ChoiceField kit={kit} name="preferredStudioKind" id="o-kind" label="希望的工作室类型" values={STUDIO_KINDS} labels={STUDIO_KIND_LABELS} empty="不限" />
        <TextField kit={kit} name="contactName" id="o-cname" label="企业联系人" required />
        <TextField kit={kit} name="contactPhone" id="o-cphone" label="联系电话" required hint="手机号或 0515-88888888" inputMode="tel" />
        <TextField kit={kit} name="requestedOn" id="o-date" label="下单日期" required type="date" max={todayCST()} />
      </div>
    </FormShell>
  );
}
