"use client";
// One form for creating (under a parent) and editing an organisation. It validates
// with the same zod schemas as the API (OrgCreateSchema / OrgUpdateSchema) and
// writes only through the JSON API; server field errors land on their fields.
import { useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { OrgCreateSchema, OrgUpdateSchema, type Org } from "@/lib/orgs/schema";
import { KINDS_BY_LEVEL, ORG_LEVELS, levelRank, needsDivisionCode, type OrgKind, type OrgLevel } from "@/lib/orgs/labels";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { ORG_STATUS_LABELS, kindLabel, levelLabel } from "../format";
import { setFlash } from "../form/flash";

type Values = {
  parentId?: number;
  name: string;
  level?: OrgLevel;
  kind?: OrgKind;
  code: string;
  creditCode: string;
  employeeCount?: string;
  coveredEnterprises?: string;
  address: string;
  contactName: string;
  contactPhone: string;
  foundedOn: string;
  status?: "ACTIVE" | "DISSOLVED";
};

type Props =
  | { mode: "create"; parent: { id: number; name: string; level: OrgLevel } }
  | { mode: "edit"; org: Org };

const blankToUndefined = (v: unknown) => (v === "" || v == null ? undefined : v);

export function OrgForm(props: Props) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const isCreate = props.mode === "create";
  const allowedLevels = isCreate ? ORG_LEVELS.filter((l) => levelRank(l) > levelRank(props.parent.level)) : [];
  const initialLevel = allowedLevels[0];

  const defaults: Values = isCreate
    ? {
        parentId: props.parent.id,
        name: "",
        level: initialLevel,
        kind: initialLevel ? KINDS_BY_LEVEL[initialLevel][0] : undefined,
        code: "",
        creditCode: "",
        employeeCount: "",
        coveredEnterprises: "",
        address: "",
        contactName: "",
        contactPhone: "",
        foundedOn: "",
      }
    : {
        name: props.org.name,
        code: props.org.code ?? "",
        creditCode: props.org.creditCode ?? "",
        employeeCount: props.org.employeeCount == null ? "" : String(props.org.employeeCount),
        coveredEnterprises: props.org.coveredEnterprises == null ? "" : String(props.org.coveredEnterprises),
        address: props.org.address ?? "",
        contactName: props.org.contactName ?? "",
        contactPhone: props.org.contactPhone ?? "",
        foundedOn: props.org.foundedOn ?? "",
        status: props.org.status,
      };

  const schema = isCreate ? OrgCreateSchema : OrgUpdateSchema;
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting, dirtyFields },
  } = useForm<Values>({
    // The schemas' input types are looser than Values (coerced numbers); the
    // field names are the same, which is what the resolver needs.
    resolver: zodResolver(schema as typeof OrgUpdateSchema) as unknown as Resolver<Values>,
    defaultValues: defaults,
    mode: "onTouched",
  });

  const watchedLevel = useWatch({ control, name: "level" });
  const level = isCreate ? watchedLevel : (props.org.level as OrgLevel);
  const kinds = level ? KINDS_BY_LEVEL[level] : [];
  const codeRequired = level ? needsDivisionCode(level) : false;
  const cancelHref = isCreate ? `/orgs/${props.parent.id}` : `/orgs/${props.org.id}`;

  async function onSubmit(values: Values) {
    setServerError(null);
    let body: Record<string, unknown> = values;
    if (!isCreate) {
      // Send what changed only: the audit log records the fields touched.
      body = Object.fromEntries(Object.entries(values).filter(([k]) => dirtyFields[k as keyof Values]));
      if (Object.keys(body).length === 0) {
        router.push(cancelHref);
        return;
      }
    }
    const res = await apiRequest<Org>(isCreate ? "/api/v1/organisations" : `/api/v1/organisations/${props.org.id}`, {
      method: isCreate ? "POST" : "PATCH",
      body,
    });
    if (!res.ok) {
      setServerError(res.error.message);
      for (const [field, message] of Object.entries(res.error.fields ?? {})) {
        if (field in defaults) setError(field as keyof Values, { type: "server", message }, { shouldFocus: true });
      }
      return;
    }
    setFlash({ message: "保存成功" });
    router.push(`/orgs/${res.data.id}`);
    router.refresh();
  }

  const err = (k: keyof Values) => errors[k]?.message as string | undefined;
  const numberReg = (k: "employeeCount" | "coveredEnterprises") => register(k, { setValueAs: blankToUndefined });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {serverError && <Alert tone="error" title="保存失败">{serverError}</Alert>}

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-gray-900">组织信息</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {isCreate ? (
            <Field id="org-parent" label="上级组织">
              <input id="org-parent" value={props.parent.name} readOnly disabled className={inputClass} />
            </Field>
          ) : null}
          <Field id="org-name" label="组织名称" required error={err("name")} className={isCreate ? undefined : "md:col-span-2"}>
            <input {...register("name")} {...controlAria("org-name", err("name"))} className={inputClass} autoComplete="off" />
          </Field>

          {isCreate ? (
            <>
              <Field id="org-level" label="层级" required error={err("level")}>
                <select
                  {...register("level", {
                    onChange: (e) => {
                      const l = e.target.value as OrgLevel;
                      setValue("kind", KINDS_BY_LEVEL[l]?.[0], { shouldDirty: true });
                    },
                  })}
                  {...controlAria("org-level", err("level"))}
                  className={selectClass}
                >
                  {allowedLevels.map((l) => (
                    <option key={l} value={l}>
                      {levelLabel(l)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="org-kind" label="类型" required error={err("kind")}>
                <select {...register("kind")} {...controlAria("org-kind", err("kind"))} className={selectClass}>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {kindLabel(k)}
                    </option>
                  ))}
                </select>
              </Field>
            </>
          ) : (
            <Field id="org-level-kind" label="层级 / 类型" hint="层级和类型建立后不能修改">
              <input id="org-level-kind" value={`${levelLabel(props.org.level)} · ${kindLabel(props.org.kind)}`} readOnly disabled className={inputClass} />
            </Field>
          )}

          <Field id="org-code" label="行政区划代码" required={codeRequired} error={err("code")} hint={codeRequired ? "县级及以上组织须填写，6位数字（GB/T 2260）" : "6位数字（GB/T 2260），可不填"}>
            <input {...register("code")} {...controlAria("org-code", err("code"), "hint")} inputMode="numeric" className={inputClass} autoComplete="off" />
          </Field>
          <Field id="org-credit" label="统一社会信用代码" error={err("creditCode")} hint="18位，可不填">
            <input {...register("creditCode")} {...controlAria("org-credit", err("creditCode"), "hint")} className={`${inputClass} uppercase`} autoComplete="off" />
          </Field>
          <Field id="org-employees" label="职工人数" error={err("employeeCount")}>
            <input {...numberReg("employeeCount")} {...controlAria("org-employees", err("employeeCount"))} type="number" min={0} step={1} inputMode="numeric" className={inputClass} />
          </Field>
          <Field id="org-covered" label="覆盖企业数" error={err("coveredEnterprises")} hint="联合工会、行业工会覆盖的企业数">
            <input {...numberReg("coveredEnterprises")} {...controlAria("org-covered", err("coveredEnterprises"), "hint")} type="number" min={0} step={1} inputMode="numeric" className={inputClass} />
          </Field>
          <Field id="org-founded" label="成立日期" error={err("foundedOn")}>
            <input {...register("foundedOn")} {...controlAria("org-founded", err("foundedOn"))} type="date" className={inputClass} />
          </Field>
          {!isCreate && (
            <Field id="org-status" label="状态" error={err("status")}>
              <select {...register("status")} {...controlAria("org-status", err("status"))} className={selectClass}>
                {(Object.keys(ORG_STATUS_LABELS) as (keyof typeof ORG_STATUS_LABELS)[]).map((s) => (
                  <option key={s} value={s}>
                    {ORG_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-gray-900">联系方式</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field id="org-contact" label="联系人" error={err("contactName")}>
            <input {...register("contactName")} {...controlAria("org-contact", err("contactName"))} className={inputClass} autoComplete="off" />
          </Field>
          <Field id="org-phone" label="联系电话" error={err("contactPhone")} hint="手机号或带区号的固话，如 0515-86212345">
            <input {...register("contactPhone")} {...controlAria("org-phone", err("contactPhone"), "hint")} type="tel" className={inputClass} autoComplete="off" />
          </Field>
          <Field id="org-address" label="地址" error={err("address")} className="md:col-span-2">
            <input {...register("address")} {...controlAria("org-address", err("address"))} className={inputClass} autoComplete="off" />
          </Field>
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "创建组织" : "保存修改"}
        </Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
