"use client";
// First sign-in: the one-time code and a new password, on the form kit with the
// server's schema (the password rules and the confirmation are checked here first).
import { ActivateSchema } from "@/lib/self-service/schema";
import { PASSWORD_HINT } from "@/lib/auth/password-policy";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { Field, controlAria, inputClass } from "../ui/field";

const FIELDS = [
  { key: "phone", label: "手机号", type: "text", autoComplete: "username", inputMode: "numeric" as const },
  { key: "code", label: "激活码", type: "text", autoComplete: "one-time-code", inputMode: "numeric" as const },
  { key: "password", label: "设置密码", type: "password", autoComplete: "new-password", hint: PASSWORD_HINT },
  { key: "confirm", label: "确认密码", type: "password", autoComplete: "new-password" },
] as const;

export function ActivateForm() {
  const kit = useApiForm({
    schema: ActivateSchema,
    defaultValues: { phone: "", code: "", password: "", confirm: "" },
    request: (v) => ({ url: "/api/v1/activate", body: v }),
    savedMessage: false,
    savedHref: () => "/login?activated=1",
  });
  return (
    <FormShell kit={kit} submitLabel="设置密码" className="mt-6 space-y-4">
      {FIELDS.map((f) => {
        const hint = "hint" in f ? f.hint : undefined;
        return (
          <Field key={f.key} id={`act-${f.key}`} label={f.label} error={kit.err(f.key)} hint={hint}>
            <input {...kit.form.register(f.key)} {...controlAria(`act-${f.key}`, kit.err(f.key), hint)} type={f.type} autoComplete={f.autoComplete} inputMode={"inputMode" in f ? f.inputMode : undefined} className={inputClass} />
          </Field>
        );
      })}
    </FormShell>
  );
}
