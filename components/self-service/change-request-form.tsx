"use client";
// Corrections other than the phone number go to the union as a request, on the
// form kit with the server's schema (a blank field means "no correction").
import { ChangeRequestSchema } from "@/lib/self-service/schema";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { Field, controlAria, inputClass } from "../ui/field";

const blank = (v: string) => (v.trim() ? v : undefined);

export default function ChangeRequestForm({ onDone }: { onDone: () => void }) {
  const kit = useApiForm({
    schema: ChangeRequestSchema,
    defaultValues: {},
    request: (v) => ({ url: "/api/v1/me/change-requests", body: v }),
    savedMessage: "更正申请已提交，所在工会核实后会更新您的信息。",
    onSaved: onDone,
  });
  const { register } = kit.form;
  const err = kit.err;
  return (
    <FormShell kit={kit} submitLabel="提交更正申请" onCancel={onDone} className="space-y-3">
      <Field id="cr-name" label="正确的姓名" error={err("name")} hint="不需更正请留空">
        <input {...register("name", { setValueAs: blank })} {...controlAria("cr-name", err("name"), "hint")} className={inputClass} />
      </Field>
      <Field id="cr-id" label="正确的身份证号" error={err("idNumber")} hint="不需更正请留空">
        <input {...register("idNumber", { setValueAs: blank })} {...controlAria("cr-id", err("idNumber"), "hint")} autoComplete="off" className={inputClass} />
      </Field>
      <Field id="cr-note" label="说明" error={err("note")}>
        <textarea {...register("note", { setValueAs: blank })} {...controlAria("cr-note", err("note"))} rows={2} className={inputClass} />
      </Field>
    </FormShell>
  );
}
