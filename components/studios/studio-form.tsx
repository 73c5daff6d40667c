"use client";
// Name (create) or correct (edit) an innovation studio on the form kit; same zod schemas as the API.
import { StudioCreateSchema, type StudioDto } from "@/lib/studios/schema";
import { STUDIO_KINDS, STUDIO_KIND_LABELS, STUDIO_LEVELS, STUDIO_LEVEL_LABELS } from "@/lib/studios/labels";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

type Props = { mode: "create"; scopeId: number } | { mode: "edit"; scopeId: number; studio: StudioDto };

export function StudioForm(props: Props) {
  const st = props.mode === "edit" ? props.studio : null;
  const cancelHref = st ? `/studios/${st.id}` : "/studios";
  const kit = useApiForm({
    schema: StudioCreateSchema,
    defaultValues: st
      ? { name: st.name, kind: st.kind, level: st.level, leadMemberId: st.leadMemberId, orgId: st.orgId, foundedOn: st.foundedOn, description: st.description ?? "" }
      : { name: "", kind: "MODEL_WORKER", level: "COUNTY", foundedOn: "", description: "" },
    request: (v) => (st ? patchChanged(`/api/v1/studios/${st.id}`, v, st) : { url: "/api/v1/studios", body: v }),
    unchangedHref: cancelHref,
    savedHref: (d) => `/studios/${d.id}`,
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel={st ? "保存修改" : "命名工作室"} cancelHref={cancelHref}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="st-name" label="工作室名称" required error={err("name")} hint="如：王建华劳模创新工作室">
          <input {...register("name")} {...controlAria("st-name", err("name"), "hint")} className={inputClass} />
        </Field>
        <Field id="st-kind" label="类别" required error={err("kind")}>
          <select {...register("kind")} {...controlAria("st-kind", err("kind"))} className={selectClass}>
            {STUDIO_KINDS.map((k) => (
              <option key={k} value={k}>
                {STUDIO_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="st-level" label="级别" required error={err("level")}>
          <select {...register("level")} {...controlAria("st-level", err("level"))} className={selectClass}>
            {STUDIO_LEVELS.map((l) => (
              <option key={l} value={l}>
                {STUDIO_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="st-founded" label="命名日期" required error={err("foundedOn")}>
          <input {...register("foundedOn")} {...controlAria("st-founded", err("foundedOn"))} type="date" className={inputClass} />
        </Field>
        <PickerField kit={kit} kind="member" name="leadMemberId" id="st-lead" label="领衔人（劳模、工匠）" required hint="输入姓名、手机号或完整身份证号搜索" within={props.scopeId} initial={st ? { id: st.leadMemberId, name: st.leadName } : null} />
        <PickerField kit={kit} kind="org" levels={["GRASSROOTS"]} name="orgId" id="st-host" label="依托企业工会" required hint="基层（企业）工会" within={props.scopeId} initial={st ? { id: String(st.orgId), name: st.orgName } : null} />
        <Field id="st-desc" label="简介" error={err("description")} className="md:col-span-2">
          <textarea {...register("description")} {...controlAria("st-desc", err("description"))} rows={3} className={inputClass} />
        </Field>
      </div>
    </FormShell>
  );
}
