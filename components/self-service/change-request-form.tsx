"use client";
// Corrections other than the phone number go to the union as a request.
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { ChangeRequestSchema } from "@/lib/self-service/schema";
import { fieldErrors } from "@/lib/validation/zod";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass } from "../ui/field";

export function ChangeRequestForm({ disabled }: { disabled: boolean }) {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", idNumber: "", note: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim()));
    const parsed = ChangeRequestSchema.safeParse(body);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setBusy(true);
    const res = await apiRequest("/api/v1/me/change-requests", { method: "POST", body: parsed.data });
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      return setMessage({ tone: "error", text: res.error.message });
    }
    setErrors({});
    setValues({ name: "", idNumber: "", note: "" });
    setMessage({ tone: "success", text: "更正申请已提交，所在工会核实后会更新您的信息。" });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {disabled && <Alert tone="info">您有一项更正申请正在处理中，处理完成后才能再次提交。</Alert>}
      <Field id="cr-name" label="正确的姓名" error={errors.name} hint="不需更正请留空">
        <input {...controlAria("cr-name", errors.name)} value={values.name} onChange={set("name")} maxLength={20} className={inputClass} disabled={disabled} />
      </Field>
      <Field id="cr-id" label="正确的身份证号" error={errors.idNumber} hint="不需更正请留空">
        <input {...controlAria("cr-id", errors.idNumber)} value={values.idNumber} onChange={set("idNumber")} maxLength={18} autoComplete="off" className={inputClass} disabled={disabled} />
      </Field>
      <Field id="cr-note" label="说明" error={errors.note}>
        <textarea {...controlAria("cr-note", errors.note)} value={values.note} onChange={set("note")} maxLength={500} rows={2} className={inputClass} disabled={disabled} />
      </Field>
      <Button type="submit" disabled={busy || disabled}>
        {busy ? "正在提交…" : "提交更正申请"}
      </Button>
    </form>
  );
}
