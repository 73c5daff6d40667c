"use client";
// Name (create) or correct (edit) an innovation studio on the form kit; same zod schemas as the API.
import { StudioCreateSchema, type StudioDto } from "@/lib/studios/schema";
import { STUDIO_KINDS, STUDIO_KIND_LABELS, STUDIO_LEVELS, STUDIO_LEVEL_LABELS } from "@/lib/studios/labels";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";
import { ChoiceField, TextField } from "../form/fields";

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
  return (
    <FormShell kit={kit} submitLabel={st ? "保存修改" : "命名工作室"} cancelHref={cancelHref}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField kit={kit} name="name" id="st-name" label="工作室名称" required hint="如：王建华劳模创新工作室" />
        <ChoiceField kit={kit} name="kind" id="st-kind" label="类别" required values={STUDIO_KINDS} labels={STUDIO_KIND_LABELS} empty={false} />
        <ChoiceField kit={kit} name="level" id="st-level" label="级别" required values={STUDIO_LEVELS} labels={STUDIO_LEVEL_LABELS} empty={false} />
        <TextField kit={kit} name="foundedOn" id="st-founded" label="命名日期" required type="date" />
        <PickerField kit={kit} kind="member" name="leadMemberId" id="st-lead" label="领衔人（劳模、工匠）" required hint="输入姓名、手机号或完整身份证号搜索" within={props.scopeId} initial={st ? { id: st.leadMemberId, name: st.leadName } : null} />
        <PickerField kit={kit} kind="org" levels={["GRASSROOTS"]} name="orgId" id="st-host" label="依托企业工会" required hint="基层（企业）工会" within={props.scopeId} initial={st ? { id: String(st.orgId), name: st.orgName } : null} />
        <TextField kit={kit} name="description" id="st-desc" label="简介" rows={3} className="md:col-span-2" />
      </div>
    </FormShell>
  );
}
