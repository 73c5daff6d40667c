"use client";
// One form for opening (create) and correcting (edit) a hardship file, on the
// form kit with the API's own schema. The narrative is never sent to the
// browser: on edit a blank box keeps the stored text, anything typed replaces it.
import { HardshipFileCreateSchema, type HardshipFileDto } from "@/lib/hardship/schema";
import { HARDSHIP_CATEGORIES, HARDSHIP_CATEGORY_LABELS, HARDSHIP_CAUSES, HARDSHIP_CAUSE_LABELS } from "@/lib/hardship/labels";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { ChoiceField, TextField } from "../form/fields";
import { changed } from "../programmes/form-errors";
import { AssistedMemberField } from "./member-field";

// The member is chosen only when a file is opened (the server refuses a file without one onto the same field).
const HardshipFormSchema = HardshipFileCreateSchema.partial({ memberId: true });

type Props = { mode: "create"; scopeId: number } | { mode: "edit"; file: HardshipFileDto };

export function HardshipForm(props: Props) {
  const f = props.mode === "edit" ? props.file : null;
  const cancelHref = f ? `/assistance/hardship/${f.id}` : "/assistance/hardship";
  const kit = useApiForm({
    schema: HardshipFormSchema,
    defaultValues: f
      ? { category: f.category, cause: f.cause, householdSize: String(f.householdSize), householdIncome: f.householdIncome, details: "" }
      : { memberId: undefined, category: undefined, cause: undefined, householdSize: "", householdIncome: "", details: "" },
    request: (v) => {
      if (!f) return { url: "/api/v1/hardship-files", body: v };
      const { category, cause, householdSize, householdIncome, details } = v;
      const body = { ...changed({ category, cause, householdSize, householdIncome }, f), ...(details ? { details } : {}) };
      return Object.keys(body).length ? { url: `/api/v1/hardship-files/${f.id}`, method: "PATCH", body: { ...body, version: f.version } } : null;
    },
    unchangedHref: cancelHref,
    savedHref: (d) => `/assistance/hardship/${d.id}`,
  });

  return (
    <FormShell kit={kit} submitLabel={f ? "保存修改" : "建立档案"} cancelHref={cancelHref}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <AssistedMemberField
          kit={kit}
          id="h-member"
          label="职工"
          hint="在会会员；每人全省只能有一份未结案档案"
          member={props.mode === "edit" ? { name: props.file.memberName, idMasked: props.file.memberIdMasked } : { scopeId: props.scopeId }}
        />
        <ChoiceField kit={kit} name="category" id="h-category" label="困难类别" required values={HARDSHIP_CATEGORIES} labels={HARDSHIP_CATEGORY_LABELS} />
        <ChoiceField kit={kit} name="cause" id="h-cause" label="致困原因" required values={HARDSHIP_CAUSES} labels={HARDSHIP_CAUSE_LABELS} />
        <TextField kit={kit} name="householdSize" id="h-size" label="家庭人口" required type="number" min={1} max={20} inputMode="numeric" />
        <TextField kit={kit} name="householdIncome" id="h-income" label="家庭年收入（元）" required hint="如 36000 或 36000.50" inputMode="decimal" />
      </div>
      <TextField
        kit={kit}
        name="details"
        id="h-details"
        label="困难情况说明"
        rows={4}
        hint={f ? "不修改请留空；填写后将替换原有说明（原说明在详情页申请查看）" : "家庭困难、病情等详细情况，加密保存，查看时记入审计日志"}
      />
    </FormShell>
  );
}
