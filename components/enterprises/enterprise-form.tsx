"use client";
// One form for registering and editing an enterprise, on the form kit with the
// API's own schema; writes go to the JSON API only, and server field errors
// land on their fields.
import { useState } from "react";
import { Controller } from "react-hook-form";
import { EnterpriseCreateSchema, type EnterpriseDto } from "@/lib/enterprises/schema";
import { Button } from "../ui/button";
import { Field, controlAria } from "../ui/field";
import { OrgPicker, type OrgFilter, type PickedOrg } from "../orgs/org-picker";
import { OWNERSHIPS, OWNERSHIP_LABELS } from "@/lib/yearbook/labels";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { ChoiceField, TextField } from "../form/fields";

type Props =
  | { mode: "create"; scopeId: number; defaultArea?: PickedOrg | null; defaultUnion?: PickedOrg | null }
  | { mode: "edit"; scopeId: number; enterprise: EnterpriseDto };

const AREAS: readonly OrgFilter[] = [{ level: "TOWN" }, { level: "VILLAGE" }];
const UNIONS: readonly OrgFilter[] = [
  { level: "GRASSROOTS", kind: "INDEPENDENT" },
  { level: "GRASSROOTS", kind: "JOINT" },
];

export function EnterpriseForm(props: Props) {
  const e = props.mode === "edit" ? props.enterprise : null;
  const [area, setArea] = useState<PickedOrg | null>(e ? { id: e.areaOrgId, name: e.areaName } : props.mode === "create" ? (props.defaultArea ?? null) : null);
  const [union, setUnion] = useState<PickedOrg | null>(e?.unionOrgId ? { id: e.unionOrgId, name: e.unionName ?? "" } : props.mode === "create" ? (props.defaultUnion ?? null) : null);
  const cancelHref = e ? `/enterprises/${e.id}` : "/enterprises";
  const kit = useApiForm({
    schema: EnterpriseCreateSchema,
    defaultValues: e
      ? { name: e.name, creditCode: e.creditCode ?? "", workerCount: String(e.workerCount), ownership: e.ownership ?? "", areaOrgId: e.areaOrgId, unionOrgId: e.unionOrgId }
      : { name: "", creditCode: "", workerCount: "", ownership: "", areaOrgId: area?.id, unionOrgId: union?.id ?? null },
    // A blank credit code, 单位性质 or union clears it on edit (null), and is left out of a new enterprise.
    request: (v) => (e ? patchChanged(`/api/v1/enterprises/${e.id}`, v, e) : { url: "/api/v1/enterprises", body: { ...v, unionOrgId: v.unionOrgId ?? null } }),
    unchangedHref: cancelHref,
    savedHref: (d) => `/enterprises/${d.id}`,
  });
  const { control, setValue } = kit.form;
  const err = kit.err;

  return (
    <FormShell kit={kit} submitLabel={e ? "保存修改" : "登记企业"} cancelHref={cancelHref}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField kit={kit} name="name" id="e-name" label="企业名称" required className="md:col-span-2" />
        <TextField kit={kit} name="creditCode" id="e-code" label="统一社会信用代码" hint="18位；个体工商户等暂无代码的可不填" inputClassName="font-mono uppercase" />
        <TextField kit={kit} name="workerCount" id="e-workers" label="职工人数" required type="number" inputMode="numeric" min={1} />
        <ChoiceField kit={kit} name="ownership" id="e-ownership" label="单位性质" empty="未填写" hint="按工会统计年报的分类；年报按它汇总基层工会" values={OWNERSHIPS} labels={OWNERSHIP_LABELS} />
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
    </FormShell>
  );
}
