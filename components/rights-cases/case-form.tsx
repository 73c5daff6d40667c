"use client";
// Receive a case: a member from the registry, or a worker who is not a member
// (name and mobile number only). The facts are encrypted on the server.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { RIGHTS_CHANNELS, RIGHTS_CHANNEL_LABELS, RIGHTS_KINDS, RIGHTS_KIND_LABELS } from "@/lib/rights-cases/labels";
import { todayCST } from "@/lib/dates";
import { apiRequest, type ApiError } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { memberSearch, orgSearch } from "../programmes/search";

export function CaseForm({ scopeId, defaultOrg }: { scopeId: number; defaultOrg: Picked }) {
  const router = useRouter();
  const [isMember, setIsMember] = useState(true);
  const [member, setMember] = useState<Picked | null>(null);
  const [org, setOrg] = useState<Picked | null>(defaultOrg);
  const [v, setV] = useState({ applicantName: "", applicantPhone: "", kind: "", channel: "VISIT", facts: "", workers: "1", receivedOn: todayCST() });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const searchMembers = useMemo(() => memberSearch(scopeId), [scopeId]);
  const searchOrgs = useMemo(() => orgSearch(scopeId), [scopeId]);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const fe = (k: string) => error?.fields?.[k];
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const who = isMember ? { memberId: member?.id } : { applicantName: v.applicantName, applicantPhone: v.applicantPhone };
    const res = await apiRequest<{ id: string }>("/api/v1/rights-cases", {
      method: "POST",
      body: { ...who, kind: v.kind, channel: v.channel, facts: v.facts, workers: Number(v.workers), receivedOn: v.receivedOn, receivingOrgId: org ? Number(org.id) : undefined },
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    router.push(`/rights-cases/${res.data.id}`);
    router.refresh();
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {error && (
        <Alert tone="error" title="保存失败">
          {error.message}
        </Alert>
      )}
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
          <Field id="c-member" label="会员" required error={fe("memberId")}>
            <EntityPicker id="c-member" value={member} onChange={setMember} search={searchMembers} listLabel="会员候选" emptyText="没有匹配的会员" placeholder="姓名、手机号或身份证号" />
          </Field>
        ) : (
          <>
            <Field id="c-name" label="姓名" required error={fe("applicantName")}>
              <input id="c-name" value={v.applicantName} onChange={set("applicantName")} maxLength={50} className={inputClass} />
            </Field>
            <Field id="c-phone" label="手机号" required error={fe("applicantPhone")} hint="加密保存">
              <input id="c-phone" value={v.applicantPhone} onChange={set("applicantPhone")} inputMode="tel" maxLength={11} className={inputClass} />
            </Field>
          </>
        )}
        <Field id="c-kind" label="诉求类别" required error={fe("kind")}>
          <select id="c-kind" value={v.kind} onChange={set("kind")} className={selectClass}>
            <option value="">请选择</option>
            {RIGHTS_KINDS.map((k) => (
              <option key={k} value={k}>
                {RIGHTS_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="c-channel" label="来源渠道" required error={fe("channel")}>
          <select id="c-channel" value={v.channel} onChange={set("channel")} className={selectClass}>
            {RIGHTS_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {RIGHTS_CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="c-facts" label="案情" required error={fe("facts")} hint="加密保存，仅办理人员经登记后可查看" className="md:col-span-2">
          <textarea id="c-facts" value={v.facts} onChange={set("facts")} rows={5} maxLength={4000} className={inputClass} />
        </Field>
        <Field id="c-workers" label="涉及职工人数" required error={fe("workers")}>
          <input id="c-workers" type="number" min={1} value={v.workers} onChange={set("workers")} className={inputClass} />
        </Field>
        <Field id="c-date" label="接收日期" required error={fe("receivedOn")}>
          <input id="c-date" type="date" value={v.receivedOn} onChange={set("receivedOn")} className={inputClass} />
        </Field>
        <Field id="c-org" label="接收工会" required error={fe("receivingOrgId")}>
          <EntityPicker id="c-org" value={org} onChange={setOrg} search={searchOrgs} listLabel="组织候选" emptyText="没有匹配的组织" placeholder="输入组织名称搜索" />
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={busy} aria-busy={busy || undefined}>
        {busy ? "正在保存…" : "保存"}
      </Button>
    </form>
  );
}
