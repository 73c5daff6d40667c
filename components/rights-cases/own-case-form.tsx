"use client";
// A member's online rights request, on the form kit; the facts are encrypted
// on the server and shown only to the union staff handling it.
import { OwnRightsCaseCreateSchema } from "@/lib/rights-cases/schema";
import { RIGHTS_KINDS, RIGHTS_KIND_LABELS } from "@/lib/rights-cases/labels";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { ChoiceField, TextField } from "../form/fields";

export function OwnCaseForm() {
  const kit = useApiForm({
    schema: OwnRightsCaseCreateSchema,
    defaultValues: { kind: undefined, facts: "", workers: "1" },
    request: (v) => ({ url: "/api/v1/me/rights-cases", body: v }),
    savedHref: () => "/me/rights",
    savedMessage: "已提交，工会受理后会在这里显示办理进度",
  });
  return (
    <FormShell kit={kit} submitLabel="提交" className="space-y-4">
      <ChoiceField kit={kit} name="kind" id="r-kind" label="诉求类别" required values={RIGHTS_KINDS} labels={RIGHTS_KIND_LABELS} />
      <TextField kit={kit} name="facts" id="r-facts" label="情况说明" required rows={6} hint="单位名称、发生时间、涉及金额等；仅办理工会可见" />
      <TextField kit={kit} name="workers" id="r-workers" label="涉及职工人数" required type="number" min={1} inputMode="numeric" />
    </FormShell>
  );
}
