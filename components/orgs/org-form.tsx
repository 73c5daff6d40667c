"use client";
// One form for creating (under a parent) and editing an organisation, on the
// form kit with the module's one form schema (OrgFormSchema, the API's create
// schema with parent and kind optional and the status added); it writes only
// through the JSON API, and an edit sends only the fields that changed (the
// audit log records the fields touched).
import { useWatch } from "react-hook-form";
import { OrgFormSchema, type Org } from "@/lib/orgs/schema";
import { KINDS_BY_LEVEL, ORG_LEVELS, levelRank, needsDivisionCode, type OrgLevel } from "@/lib/orgs/labels";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { ORG_STATUS_LABELS, kindLabel, levelLabel } from "../format";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";

type Props =
  | { mode: "create"; parent: { id: number; name: string; level: OrgLevel } }
  | { mode: "edit"; org: Org };

export function OrgForm(props: Props) {
  const isCreate = props.mode === "create";
  const o = isCreate ? null : props.org;
  const allowedLevels = isCreate ? ORG_LEVELS.filter((l) => levelRank(l) > levelRank(props.parent.level)) : [];
  const initialLevel = allowedLevels[0];
  const cancelHref = isCreate ? `/orgs/${props.parent.id}` : `/orgs/${props.org.id}`;

  const kit = useApiForm({
    schema: OrgFormSchema,
    defaultValues: o
      ? {
          name: o.name,
          level: o.level,
          code: o.code ?? "",
          creditCode: o.creditCode ?? "",
          employeeCount: o.employeeCount == null ? "" : String(o.employeeCount),
          coveredEnterprises: o.coveredEnterprises == null ? "" : String(o.coveredEnterprises),
          address: o.address ?? "",
          contactName: o.contactName ?? "",
          contactPhone: o.contactPhone ?? "",
          foundedOn: o.foundedOn ?? "",
          status: o.status,
        }
      : {
          parentId: isCreate ? props.parent.id : undefined,
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
        },
    request: (v) => {
      if (!o) return { url: "/api/v1/organisations", body: v };
      const { parentId: _p, level: _l, kind: _k, ...editable } = v;
      return patchChanged(`/api/v1/organisations/${o.id}`, editable, o);
    },
    unchangedHref: cancelHref,
    savedHref: (d) => `/orgs/${d.id}`,
  });
  const { register, control, setValue } = kit.form;
  const err = kit.err;

  const watchedLevel = useWatch({ control, name: "level" });
  const level = o ? o.level : watchedLevel;
  const kinds = level ? KINDS_BY_LEVEL[level] : [];
  const codeRequired = level ? needsDivisionCode(level) : false;

  return (
    <FormShell kit={kit} submitLabel={isCreate ? "创建组织" : "保存修改"} cancelHref={cancelHref}>
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
                    onChange: (e) => setValue("kind", KINDS_BY_LEVEL[e.target.value as OrgLevel]?.[0], { shouldDirty: true }),
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
            <input {...register("employeeCount")} {...controlAria("org-employees", err("employeeCount"))} type="number" min={0} step={1} inputMode="numeric" className={inputClass} />
          </Field>
          <Field id="org-covered" label="覆盖企业数" error={err("coveredEnterprises")} hint="联合工会、行业工会覆盖的企业数">
            <input {...register("coveredEnterprises")} {...controlAria("org-covered", err("coveredEnterprises"), "hint")} type="number" min={0} step={1} inputMode="numeric" className={inputClass} />
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

    </FormShell>
  );
}
