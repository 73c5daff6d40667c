"use client";
// Receive a case on the form kit: a member from the registry, or a worker who
// is not a member (name and mobile number only). The facts are encrypted on the server.
import { useState } from "react";
import { RightsCaseCreateSchema } from "@/lib/rights-cases/schema";
import { RIGHTS_CHANNELS, RIGHTS_CHANNEL_LABELS, RIGHTS_KINDS, RIGHTS_KIND_LABELS } from "@/lib/rights-cases/labels";
import { todayCST } from "@/lib/dates";
import type { Picked } from "../programmes/entity-picker";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";
import { ChoiceField, TextField } from "../form/fields";

export function CaseForm({ scopeId, defaultOrg }: { scopeId: number; defaultOrg: Picked }) {
  const [isMember, setIsMember] = useState(true);
  const kit = useApiForm({
    schema: RightsCaseCreateSchema,
    defaultValues: { memberId: undefined, applicantName: "", applicantPhone: "", kind: undefined, channel: "VISIT", facts: "", workers: "1", receivedOn: todayCST(), receivingOrgId: Number(defaultOrg.id) },
    // Only the chosen kind of applicant is sent.
    request: (v) => ({ url: "/api/v1/rights-cases", body: isMember ? { ...v, applicantName: undefined, applicantPhone: undefined } : { ...v, memberId: undefined } }),
    savedHref: (d) => `/rights-cases/${d.id}`,
  });
  return (
    <FormShell kit={kit} submitLabel="保存">
      <fieldset className="flex gap-6 text-sm">
        <legend className="mb-1 font-medium text-gray-800">职工</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="who" checked={isMember} onChange={() => setIsMember(true)} /> 会员
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="who" checked={!isMember} onChange={() => setIsMember(false)} /> 非会员职工
        </label>
      </fieldset>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {isMember ? (
          <PickerField kit={kit} kind="member" name="memberId" id="c-member" label="会员" required within={scopeId} />
        ) : (
          <>
            <TextField kit={kit} name="applicantName" id="c-name" label="姓名" required />
            <TextField kit={kit} name="applicantPhone" id="c-phone" label="手机号" required hint="加密保存" inputMode="tel" />
          </>
        )}
        <ChoiceField kit={kit} name="kind" id="c-kind" label="诉求类别" required values={RIGHTS_KINDS} labels={RIGHTS_KIND_LABELS} />
        <ChoiceField kit={kit} name="channel" id="c-channel" label="来源渠道" required values={RIGHTS_CHANNELS} labels={RIGHTS_CHANNEL_LABELS} empty={false} />
        <TextField kit={kit} name="facts" id="c-facts" label="案情" required rows={5} hint="加密保存，仅办理人员经登记后可查看" className="md:col-span-2" />
        <TextField kit={kit} name="workers" id="c-workers" label="涉及职工人数" required type="number" min={1} />
        <TextField kit={kit} name="receivedOn" id="c-date" label="接收日期" required type="date" max={todayCST()} />
        <PickerField kit={kit} kind="org" name="receivingOrgId" id="c-org" label="接收工会" required within={scopeId} initial={defaultOrg} />
      </div>
    </FormShell>
  );
}
