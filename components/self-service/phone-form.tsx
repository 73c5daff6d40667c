"use client";
// A member corrects their phone number (it is also their sign-in name).
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { PhoneChangeSchema } from "@/lib/self-service/schema";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, controlAria, inputClass } from "../ui/field";

export function PhoneForm({ current }: { current: string }) {
  const router = useRouter();
  const [phone, setPhone] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const parsed = PhoneChangeSchema.safeParse({ phone });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setBusy(true);
    const res = await apiRequest<{ phone: string }>("/api/v1/me/phone", { method: "PUT", body: parsed.data });
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.phone ?? res.error.message);
    setError(undefined);
    setPhone("");
    setDone(`手机号已更新为 ${res.data.phone}，下次请用新手机号登录。`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {done && <Alert tone="success">{done}</Alert>}
      <p className="text-sm text-muted">当前手机号：{current}</p>
      <Field id="new-phone" label="新手机号" error={error}>
        <input {...controlAria("new-phone", error)} name="phone" inputMode="numeric" autoComplete="tel" maxLength={11} value={phone} onChange={(e) => setPhone(e.target.value.trim())} className={inputClass} />
      </Field>
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? "正在保存…" : "更新手机号"}
      </Button>
    </form>
  );
}
