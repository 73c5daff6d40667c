"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { ActivateSchema } from "@/lib/self-service/schema";
import { MAX_PASSWORD_LENGTH, PASSWORD_HINT } from "@/lib/auth/password-policy";
import { fieldErrors } from "@/lib/validation/zod";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass } from "../ui/field";

const FIELDS = [
  { key: "phone", label: "手机号", type: "text", autoComplete: "username", inputMode: "numeric" as const, maxLength: 11 },
  { key: "code", label: "激活码", type: "text", autoComplete: "one-time-code", inputMode: "numeric" as const, maxLength: 8 },
  { key: "password", label: "设置密码", type: "password", autoComplete: "new-password", hint: PASSWORD_HINT, maxLength: MAX_PASSWORD_LENGTH },
  { key: "confirm", label: "确认密码", type: "password", autoComplete: "new-password", maxLength: MAX_PASSWORD_LENGTH },
] as const;

export function ActivateForm() {
  const router = useRouter();
  const [values, setValues] = useState({ phone: "", code: "", password: "", confirm: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const parsed = ActivateSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    setBusy(true);
    const res = await apiRequest("/api/v1/activate", { method: "POST", body: parsed.data });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    router.push("/login?activated=1");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      {FIELDS.map((f) => (
        <Field key={f.key} id={`act-${f.key}`} label={f.label} error={errors[f.key]} hint={"hint" in f ? f.hint : undefined}>
          <input
            {...controlAria(`act-${f.key}`, errors[f.key], "hint" in f ? f.hint : undefined)}
            name={f.key}
            type={f.type}
            autoComplete={f.autoComplete}
            inputMode={"inputMode" in f ? f.inputMode : undefined}
            maxLength={f.maxLength}
            value={values[f.key]}
            onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            className={inputClass}
          />
        </Field>
      ))}
      <Button type="submit" variant="primary" className="w-full" disabled={busy}>
        {busy ? "正在提交…" : "设置密码"}
      </Button>
    </form>
  );
}
