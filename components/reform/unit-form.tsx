"use client";
// 登记/修改协同单位 (the partner-unit register of an organisation) on the form
// kit: name, kind, the union organisation it is (if any), contact person and phone.
import { UnitCreateSchema, type UnitDto } from "@/lib/reform/schema";
import { UNIT_KINDS, UNIT_KIND_LABELS } from "@/lib/reform/labels";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

type Props = { scopeId: number } & ({ mode: "create"; orgId: number } | { mode: "edit"; unit: UnitDto });

export function UnitForm(props: Props) {
  const u = props.mode === "edit" ? props.unit : null;
  const kit = useApiForm({
    schema: UnitCreateSchema,
    defaultValues: u
      ? { name: u.name, kind: u.kind, linkedOrgId: u.linkedOrgId ?? undefined, contactName: u.contactName ?? "", contactPhone: u.contactPhone ?? "" }
      : { orgId: props.mode === "create" ? props.orgId : undefined, name: "", kind: "GOVERNMENT", contactName: "", contactPhone: "" },
    request: (v) => {
      if (!u) return { url: "/api/v1/reform/units", body: v };
      const body: Record<string, unknown> = {};
      if (v.name !== u.name) body.name = v.name;
      if (v.kind !== u.kind) body.kind = v.kind;
      // Blank optional fields clear what was stored (null).
      if ((v.linkedOrgId ?? null) !== u.linkedOrgId) body.linkedOrgId = v.linkedOrgId ?? null;
      if ((v.contactName ?? null) !== u.contactName) body.contactName = v.contactName ?? null;
      if ((v.contactPhone ?? null) !== u.contactPhone) body.contactPhone = v.contactPhone ?? null;
      return Object.keys(body).length ? { url: `/api/v1/reform/units/${u.id}`, method: "PATCH", body } : null;
    },
    unchangedHref: "/reform/units",
    savedHref: () => "/reform/units",
    next: () => (u ? undefined : { label: "继续登记", href: "/reform/units/new" }),
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel={u ? "保存修改" : "登记单位"} cancelHref="/reform/units">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="u-name" label="单位名称" required error={err("name")}>
          <input {...register("name")} {...controlAria("u-name", err("name"))} placeholder="如：建湖县人社局" className={inputClass} />
        </Field>
        <Field id="u-kind" label="类别" required error={err("kind")}>
          <select {...register("kind")} {...controlAria("u-kind", err("kind"))} className={selectClass}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>{UNIT_KIND_LABELS[k]}</option>
            ))}
          </select>
        </Field>
        <PickerField
          kit={kit}
          kind="org"
          name="linkedOrgId"
          id="u-linked"
          label="对应的工会组织"
          hint="单位本身是工会组织时选择，其工作人员即可填报该单位的任务"
          within={props.scopeId}
          initial={u?.linkedOrgId ? { id: String(u.linkedOrgId), name: u.linkedOrgName ?? "" } : null}
        />
        <div />
        <Field id="u-contact" label="联系人" error={err("contactName")}>
          <input {...register("contactName")} {...controlAria("u-contact", err("contactName"))} className={inputClass} />
        </Field>
        <Field id="u-phone" label="联系电话" error={err("contactPhone")} hint="手机号或带区号的固话">
          <input {...register("contactPhone")} {...controlAria("u-phone", err("contactPhone"), "hint")} type="tel" className={inputClass} />
        </Field>
      </div>
    </FormShell>
  );
}
