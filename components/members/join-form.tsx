"use client";
// 网上入会 on a phone: who the worker is, where they work (town or street from
// the tree, grouped by county), their group, optionally the union (searched
// by name, names only), and consent to the data-use notice. On the form kit
// with the API's own schema; on success the application number is shown, to
// follow it on /join/status (the next step).
import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { JoinApplySchema } from "@/lib/members/join-schema";
import { MEMBER_GROUPS, MEMBER_GROUP_LABELS } from "@/lib/members/labels";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Field, FieldSet, controlAria, inputClass } from "../ui/field";
import type { SearchFn } from "../programmes/entity-picker";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";
import { useApiForm } from "../form/use-api-form";

type Town = { id: number; name: string; county: string };
type Receipt = { number: string; message: string };

const TEXT_FIELDS = [
  { key: "name", label: "姓名", autoComplete: "name" },
  { key: "idNumber", label: "身份证号", autoComplete: "off", hint: "18位，最后一位可能是X" },
  { key: "phone", label: "手机号", autoComplete: "tel", inputMode: "numeric" as const, hint: "工会同意后，用这个手机号登录会员服务" },
  { key: "employer", label: "工作单位或平台", autoComplete: "organization", hint: "如：美团外卖骑手、满帮货车司机、某某公司" },
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

const ORG_HINT = "知道工会名称可以搜索选择；不选则由所在镇（街道）工会办理";

export function JoinForm({ towns }: { towns: Town[] }) {
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const kit = useApiForm({
    schema: JoinApplySchema,
    defaultValues: { name: "", idNumber: "", phone: "", employer: "", townId: "", groups: [] },
    request: (body) => ({ url: "/api/v1/join/applications", body }),
    // The receipt below is the message and the next step (查询办理进度).
    savedMessage: false,
    onSaved: (r: Receipt) => setReceipt(r),
  });
  const { register, setValue, control } = kit.form;
  const townValue = useWatch({ control, name: "townId" });
  const townId = townValue ? Number(townValue) : null;
  const search = useMemo(() => joinUnionSearch(townId), [townId]);
  const byCounty = useMemo(() => {
    const m = new Map<string, Town[]>();
    for (const t of towns) m.set(t.county, [...(m.get(t.county) ?? []), t]);
    return [...m];
  }, [towns]);

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

  const consentError = kit.err("consent");
  return (
    <FormShell kit={kit} submitLabel="提交入会申请" pendingLabel="正在提交…" failTitle="未能提交" wide className="mt-6 space-y-4">
      {TEXT_FIELDS.map((f) => {
        const hint = "hint" in f ? f.hint : undefined;
        return (
          <Field key={f.key} id={`join-${f.key}`} label={f.label} required error={kit.err(f.key)} hint={hint}>
            <input
              {...register(f.key)}
              {...controlAria(`join-${f.key}`, kit.err(f.key), hint)}
              type="text"
              autoComplete={f.autoComplete}
              inputMode={"inputMode" in f ? f.inputMode : undefined}
              className={inputClass}
            />
          </Field>
        );
      })}
      <Field id="join-town" label="工作所在的镇（街道）" required error={kit.err("townId")}>
        <select
          {...register("townId", { onChange: () => setValue("orgId", undefined) })}
          {...controlAria("join-town", kit.err("townId"))}
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
      {/* A new town starts the union search afresh (the picked union belonged to the old one). */}
      <PickerField
        key={townId ?? "none"}
        kit={kit}
        kind="union"
        name="orgId"
        id="join-org"
        label="加入的工会（选填）"
        hint={ORG_HINT}
        search={search}
        placeholder={townId ? "输入工会名称搜索" : "请先选择镇（街道）"}
        emptyText="没有匹配的工会，可以不选，交由镇（街道）工会办理"
        disabled={!townId}
      />
      <FieldSet id="join-groups" legend="人员类别（选填，可多选）" error={kit.err("groups")}>
        <div className="grid grid-cols-2 gap-2">
          {MEMBER_GROUPS.map((g) => (
            <label key={g} className="flex min-h-11 items-center gap-2 text-[15px]">
              <input type="checkbox" value={g} {...register("groups")} className="h-5 w-5" />
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
            {...register("consent")}
            className="mt-0.5 h-5 w-5"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? "join-consent-error" : undefined}
          />
          我已阅读并同意《个人信息使用说明》
        </label>
        {consentError && (
          <p id="join-consent-error" className="mt-1 text-sm text-red-700">
            {consentError}
          </p>
        )}
      </div>
    </FormShell>
  );
}
