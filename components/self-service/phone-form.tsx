"use client";
// A member corrects their phone number (it is also their sign-in name), on the
// form kit: the server's schema checks it here first, and the server's own
// refusals (the same number, a number taken) come back under the field.
import { useEffect } from "react";
import { PhoneChangeSchema } from "@/lib/self-service/schema";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { Field, controlAria, inputClass } from "../ui/field";

export default function PhoneForm({ onDone }: { onDone: () => void }) {
  const kit = useApiForm({
    schema: PhoneChangeSchema,
    defaultValues: { phone: "" },
    request: (v) => ({ url: "/api/v1/me/phone", method: "PUT", body: v }),
    savedMessage: (d: { phone: string }) => `手机号已更新为 ${d.phone}，下次请用新手机号登录。`,
    onSaved: onDone,
  });
  const { setFocus } = kit.form;
  // Opened by a click on 修改手机号: the number is what comes next.
  useEffect(() => setFocus("phone"), [setFocus]);
  const error = kit.err("phone");
  return (
    <FormShell kit={kit} submitLabel="更新手机号" onCancel={onDone} className="space-y-3">
      <Field id="new-phone" label="新手机号" error={error}>
        <input {...kit.form.register("phone", { setValueAs: (v: string) => v.trim() })} {...controlAria("new-phone", error)} inputMode="numeric" autoComplete="tel" className={inputClass} />
      </Field>
    </FormShell>
  );
}
