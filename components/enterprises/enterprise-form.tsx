"use client";
// One form for registering and editing an enterprise. Validation uses the API's
// zod schemas (EnterpriseCreateSchema / EnterpriseUpdateSchema); writes go to
// the JSON API only, and server field errors land on their fields.
import { useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { EnterpriseCreateSchema, EnterpriseUpdateSchema, type EnterpriseDto } from "@/lib/enterprises/schema";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass } from "../ui/field";
import { OrgPicker, type OrgFilter, type PickedOrg } from "../orgs/org-picker";
import { setFlash } from "../form/flash";
import { OWNERSHIPS, OWNERSHIP_LABELS } from "@/lib/yearbook/labels";

type Values = { name: string; creditCode: string; workerCount: string; ownership: string; areaOrgId?: number; unionOrgId?: number | null };

type Props =
  | { mode: "create"; scopeId: number; defaultArea?: PickedOrg | null; defaultUnion?: PickedOrg | null }
  | { mode: "edit"; scopeId: number; enterprise: EnterpriseDto };

const AREAS: readonly OrgFilter[] = [{ level: "TOWN" }, { level: "VILLAGE" }];
const UNIONS: readonly OrgFilter[] = [
  { level: "GRASSROOTS", kind: "INDEPENDENT" },
  { level: "GRASSROOTS", kind: "JOINT" },
];
const FIELDS = ["name", "creditCode", "workerCount", "ownership", "areaOrgId", "unionOrgId"] as const;

export function EnterpriseForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const e = isCreate ? null : props.enterprise;
  const [serverError, setServerError] = useState<string | null>(null);
  const [area, setArea] = useState<PickedOrg | null>(e ? { id: e.areaOrgId, name: e.areaName } : isCreate ? (props.defaultArea ?? null) : null);
  const [union, setUnion] = useState<PickedOrg | null>(
    e?.unionOrgId ? { id: e.unionOrgId, name: e.unionName ?? "" } : isCreate ? (props.defaultUnion ?? null) : null,
  );

  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? EnterpriseCreateSchema : (EnterpriseUpdateSchema as unknown as typeof EnterpriseCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: e
      ? { name: e.name, creditCode: e.creditCode ?? "", workerCount: String(e.workerCount), ownership: e.ownership ?? "", areaOrgId: e.areaOrgId, unionOrgId: e.unionOrgId }
      : { name: "", creditCode: "", workerCount: "", ownership: "", areaOrgId: area?.id, unionOrgId: union?.id ?? null },
    mode: "onTouched",
  });

  const cancelHref = e ? `/enterprises/${e.id}` : "/enterprises";

  function body(v: Values): Record<string, unknown> {
    const creditCode = v.creditCode ? v.creditCode : null;
    if (!e) return { name: v.name, workerCount: v.workerCount, areaOrgId: v.areaOrgId, unionOrgId: v.unionOrgId ?? null, ...(creditCode ? { creditCode } : {}), ...(v.ownership ? { ownership: v.ownership } : {}) };
    const out: Record<string, unknown> = {};
    if (v.name !== e.name) out.name = v.name;
    if (creditCode !== e.creditCode) out.creditCode = creditCode;
    if (Number(v.workerCount) !== e.workerCount) out.workerCount = Number(v.workerCount);
    if ((v.ownership || null) !== e.ownership) out.ownership = v.ownership || null;
    if (v.areaOrgId !== e.areaOrgId) out.areaOrgId = v.areaOrgId;
    if ((v.unionOrgId ?? null) !== e.unionOrgId) out.unionOrgId = v.unionOrgId ?? null;
    return out;
  }

  async function onSubmit(v: Values) {
    setServerError(null);
    const payload = body(v);
    if (e && Object.keys(payload).length === 0) {
      router.push(cancelHref);
      return;
    }
    const res = await apiRequest<EnterpriseDto>(e ? `/api/v1/enterprises/${e.id}` : "/api/v1/enterprises", { method: e ? "PATCH" : "POST", body: payload });
    if (!res.ok) {
      setServerError(res.error.message);
      for (const [field, message] of Object.entries(res.error.fields ?? {})) {
        if ((FIELDS as readonly string[]).includes(field)) setError(field as keyof Values, { type: "server", message });
      }
      return;
    }
    setFlash({ message: "保存成功" });
    router.push(`/enterprises/${res.data.id}`);
    router.refresh();
  }

  const err = (k: keyof Values) => errors[k]?.message as string | undefined;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {serverError && (
        <Alert tone="error" title="保存失败">
          {serverError}
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="e-name" label="企业名称" required error={err("name")} className="md:col-span-2">
          <input {...register("name")} {...controlAria("e-name", err("name"))} autoComplete="off" className={inputClass} />
        </Field>
        <Field id="e-code" label="统一社会信用代码" error={err("creditCode")} hint="18位；个体工商户等暂无代码的可不填">
          <input {...register("creditCode")} {...controlAria("e-code", err("creditCode"), "hint")} autoComplete="off" spellCheck={false} className={`${inputClass} font-mono uppercase`} />
        </Field>
        <Field id="e-workers" label="职工人数" required error={err("workerCount")}>
          <input {...register("workerCount")} {...controlAria("e-workers", err("workerCount"))} type="number" inputMode="numeric" min={1} className={inputClass} />
        </Field>
        <Field id="e-ownership" label="单位性质" error={err("ownership")} hint="按工会统计年报的分类；年报按它汇总基层工会">
          <select {...register("ownership")} {...controlAria("e-ownership", err("ownership"), "hint")} className={inputClass}>
            <option value="">未填写</option>
            {OWNERSHIPS.map((o) => (
              <option key={o} value={o}>
                {OWNERSHIP_LABELS[o]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="e-area" label="所在地" required error={err("areaOrgId")} hint="企业所在的镇（街道）或村（社区）">
          <Controller
            control={control}
            name="areaOrgId"
            render={({ field }) => (
              <OrgPicker
                value={area}
                within={props.scopeId}
                filters={AREAS}
                placeholder="输入镇（街道）、村（社区）名称搜索"
                onBlur={field.onBlur}
                onChange={(o) => {
                  setArea(o);
                  field.onChange(o?.id);
                }}
                {...controlAria("e-area", err("areaOrgId"), "hint")}
                id="e-area"
              />
            )}
          />
        </Field>
        <Field id="e-union" label="所属工会" error={err("unionOrgId")} hint="企业自己的独立基层工会，或覆盖它的联合工会；留空表示尚未建会">
          <Controller
            control={control}
            name="unionOrgId"
            render={({ field }) => (
              <OrgPicker
                value={union}
                within={props.scopeId}
                filters={UNIONS}
                placeholder="未建会（输入工会名称搜索）"
                onBlur={field.onBlur}
                onChange={(o) => {
                  setUnion(o);
                  field.onChange(o?.id ?? null);
                }}
                {...controlAria("e-union", err("unionOrgId"), "hint")}
                id="e-union"
              />
            )}
          />
          {union && (
            <Button
              size="sm"
              variant="ghost"
              className="mt-1"
              onClick={() => {
                setUnion(null);
                setValue("unionOrgId", null, { shouldDirty: true });
              }}
            >
              设为未建会
            </Button>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "登记企业" : "保存修改"}
        </Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
