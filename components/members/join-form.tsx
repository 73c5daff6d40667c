"use client";
// 网上入会 on a phone: who the worker is, where they work (town or street from
// the tree, grouped by county), their group, optionally the union (searched
// by name, names only), and consent to the data-use notice. On success the
// application number is shown, to follow it on /join/status.
import { useMemo, useState, type FormEvent } from "react";
import { JoinApplySchema } from "@/lib/members/join-schema";
import { MEMBER_GROUPS, MEMBER_GROUP_LABELS } from "@/lib/members/labels";
import { fieldErrors } from "@/lib/validation/zod";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, FieldSet, controlAria, inputClass } from "../ui/field";
import { EntityPicker, type Picked, type SearchFn } from "../programmes/entity-picker";

type Town = { id: number; name: string; county: string };
type Receipt = { number: string; message: string };

const TEXT_FIELDS = [
  { key: "name", label: "姓名", autoComplete: "name", maxLength: 20 },
  { key: "idNumber", label: "身份证号", autoComplete: "off", maxLength: 18, hint: "18位，最后一位可能是X" },
  { key: "phone", label: "手机号", autoComplete: "tel", inputMode: "numeric" as const, maxLength: 11, hint: "工会同意后，用这个手机号登录会员服务" },
  { key: "employer", label: "工作单位或平台", autoComplete: "organization", maxLength: 50, hint: "如：美团外卖骑手、满帮货车司机、某某公司" },
] as const;

function joinUnionSearch(townId: number | null): SearchFn {
  return async (q, signal) => {
    if (q.trim().length < 2) return { items: [], error: "请至少输入工会名称中的2个字" };
    const sp = new URLSearchParams({ q: q.trim() });
    if (townId) sp.set("townId", String(townId));
    const r = await apiRequest<{ data: { id: number; name: string }[] }>(`/api/v1/join/unions?${sp}`, { signal });
    if (!r.ok) return { items: [], error: r.error.message };
    return { items: r.data.data.map((o) => ({ id: String(o.id), name: o.name })), error: null };
  };
}

export function JoinForm({ towns }: { towns: Town[] }) {
  const [values, setValues] = useState({ name: "", idNumber: "", phone: "", employer: "" });
  const [townId, setTownId] = useState<number | null>(null);
  const [union, setUnion] = useState<Picked | null>(null);
  const [groups, setGroups] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const search = useMemo(() => joinUnionSearch(townId), [townId]);
  const byCounty = useMemo(() => {
    const m = new Map<string, Town[]>();
    for (const t of towns) m.set(t.county, [...(m.get(t.county) ?? []), t]);
    return [...m];
  }, [towns]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const input = { ...values, townId: townId ?? undefined, ...(union ? { orgId: Number(union.id) } : {}), groups, consent };
    const parsed = JoinApplySchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return setError("请按提示修改后再提交");
    }
    setErrors({});
    setBusy(true);
    const res = await apiRequest<Receipt>("/api/v1/join/applications", { method: "POST", body: parsed.data });
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      return setError(res.error.message);
    }
    setReceipt(res.data);
  }

  if (receipt) {
    return (
      <div className="mt-6 space-y-4">
        <Alert tone="success" title="申请已提交">
          <p>
            申请编号：<span className="font-mono text-lg tracking-wider" aria-label="申请编号">{receipt.number}</span>
          </p>
          <p className="mt-2">{receipt.message}</p>
        </Alert>
        <p className="text-sm text-muted">
          如果您已是工会会员（在任何工会登记过），无需重新入会；更换工作单位后请办理转会（会籍接转）。查询进度时会告诉您。
        </p>
        <a href="/join/status" className="block text-center text-sky-800 underline">
          查询办理进度
        </a>
      </div>
    );
  }

  const townError = errors.townId;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      {TEXT_FIELDS.map((f) => (
        <Field key={f.key} id={`join-${f.key}`} label={f.label} required error={errors[f.key]} hint={"hint" in f ? f.hint : undefined}>
          <input
            {...controlAria(`join-${f.key}`, errors[f.key], "hint" in f ? f.hint : undefined)}
            name={f.key}
            type="text"
            autoComplete={f.autoComplete}
            inputMode={"inputMode" in f ? f.inputMode : undefined}
            maxLength={f.maxLength}
            value={values[f.key]}
            onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            className={inputClass}
          />
        </Field>
      ))}
      <Field id="join-town" label="工作所在的镇（街道）" required error={townError}>
        <select
          {...controlAria("join-town", townError)}
          name="townId"
          value={townId ?? ""}
          onChange={(e) => {
            setTownId(e.target.value ? Number(e.target.value) : null);
            setUnion(null);
          }}
          className={inputClass}
        >
          <option value="">请选择</option>
          {byCounty.map(([county, list]) => (
            <optgroup key={county} label={county}>
              {list.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id="join-org" label="加入的工会（选填）" error={errors.orgId} hint="知道工会名称可以搜索选择；不选则由所在镇（街道）工会办理">
        <EntityPicker
          value={union}
          onChange={(o) => setUnion(o)}
          search={search}
          placeholder={townId ? "输入工会名称搜索" : "请先选择镇（街道）"}
          listLabel="工会候选"
          emptyText="没有匹配的工会，可以不选，交由镇（街道）工会办理"
          disabled={!townId}
          {...controlAria("join-org", errors.orgId, "知道工会名称可以搜索选择；不选则由所在镇（街道）工会办理")}
        />
      </Field>
      <FieldSet id="join-groups" legend="人员类别（选填，可多选）" error={errors.groups}>
        <div className="grid grid-cols-2 gap-2">
          {MEMBER_GROUPS.map((g) => (
            <label key={g} className="flex min-h-11 items-center gap-2 text-[15px]">
              <input type="checkbox" checked={groups.includes(g)} onChange={(e) => setGroups((xs) => (e.target.checked ? [...xs, g] : xs.filter((x) => x !== g)))} className="h-5 w-5" />
              {MEMBER_GROUP_LABELS[g]}
            </label>
          ))}
        </div>
      </FieldSet>
      <details className="rounded border border-line bg-gray-50 px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium">个人信息使用说明</summary>
        <p className="mt-2">
          您填写的姓名、身份证号、手机号和工作单位只用于办理入会和会员服务，由受理的工会及其上级工会查看。身份证号加密保存，页面上只显示部分号码。我们不会把您的信息提供给您的工作单位或平台。
        </p>
      </details>
      <div>
        <label className="flex items-start gap-2 text-[15px]">
          <input
            type="checkbox"
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
            className="mt-0.5 h-5 w-5"
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "join-consent-error" : undefined}
          />
          我已阅读并同意《个人信息使用说明》
        </label>
        {errors.consent && (
          <p id="join-consent-error" className="mt-1 text-sm text-red-700">
            {errors.consent}
          </p>
        )}
      </div>
      <Button type="submit" variant="primary" className="w-full" disabled={busy}>
        {busy ? "正在提交…" : "提交入会申请"}
      </Button>
    </form>
  );
}
