"use client";
// Enrolling an authenticator app (QR code, confirm with a code, recovery codes
// shown once) and turning two-factor sign-in off (password and a code).
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { TwoFactorConfirmSchema, TwoFactorDisableSchema } from "@/lib/auth/two-factor-schema";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field, controlAria, inputClass } from "../ui/field";

type Enrolment = { secret: string; uri: string; qrDataUrl: string };

export function TwoFactorEnrol() {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [recovery, setRecovery] = useState<string[] | null>(null);

  async function start() {
    setBusy(true);
    const res = await apiRequest<Enrolment>("/api/v1/me/two-factor/enrol", { method: "POST" });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setError(undefined);
    setEnrolment(res.data);
  }

  async function confirm(e: FormEvent) {
    e.preventDefault();
    const parsed = TwoFactorConfirmSchema.safeParse({ code });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setBusy(true);
    const res = await apiRequest<{ recoveryCodes: string[] }>("/api/v1/me/two-factor/confirm", { method: "POST", body: parsed.data });
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.code ?? res.error.message);
    setError(undefined);
    setRecovery(res.data.recoveryCodes);
  }

  if (recovery) {
    return (
      <div className="space-y-3">
        <Alert tone="success" title="两步验证已启用">
          以后登录时，输入密码后还须输入验证器上的 6 位数字。
        </Alert>
        <p className="text-sm">
          下面是 {recovery.length} 个<strong>一次性恢复码</strong>：手机丢失时，可用其中一个代替验证码登录，每个只能用一次。请抄写或打印后妥善保管，
          <strong>离开本页后不再显示</strong>。
        </p>
        <ul aria-label="恢复码" className="grid grid-cols-2 gap-2 rounded border border-line bg-gray-50 p-3 font-mono text-[15px] sm:grid-cols-5">
          {recovery.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Button variant="primary" onClick={() => router.refresh()}>
          我已保存恢复码
        </Button>
      </div>
    );
  }

  if (!enrolment) {
    return (
      <div className="space-y-3">
        {error && <Alert tone="error">{error}</Alert>}
        <p className="text-sm text-muted">未启用。</p>
        <Button variant="primary" onClick={start} disabled={busy}>
          {busy ? "正在生成…" : "绑定验证器"}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={confirm} noValidate className="space-y-4">
      <ol className="list-decimal space-y-3 pl-5 text-sm">
        <li>
          用手机验证器扫描二维码：
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL, nothing to optimise */}
          <img src={enrolment.qrDataUrl} alt="验证器绑定二维码" width={200} height={200} className="mt-2 block rounded border border-line" />
          <span className="mt-2 block text-muted">
            无法扫码时，手动输入密钥：<code data-testid="totp-secret" className="break-all font-mono text-gray-900">{enrolment.secret}</code>
          </span>
        </li>
        <li>输入验证器上显示的 6 位数字，确认绑定。</li>
      </ol>
      <Field id="totp-code" label="验证码" error={error}>
        <input
          {...controlAria("totp-code", error)}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.target.value.trim())}
          className={inputClass}
        />
      </Field>
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? "正在确认…" : "确认绑定"}
      </Button>
    </form>
  );
}

export function TwoFactorDisable() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ password: "", code: "" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const parsed = TwoFactorDisableSchema.safeParse(values);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "输入有误");
    setBusy(true);
    const res = await apiRequest("/api/v1/me/two-factor/disable", { method: "POST", body: parsed.data });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setOpen(false);
    router.refresh();
  }

  return (
    <>
      <Button variant="danger" onClick={() => { setError(null); setOpen(true); }}>
        停用两步验证
      </Button>
      <ConfirmDialog open={open} title="停用两步验证" confirmLabel="停用" busy={busy} error={error} onConfirm={submit} onCancel={() => setOpen(false)}>
        <p className="mb-3 text-sm">停用后，只凭密码即可登录本账号。请输入登录密码和验证器上的验证码（或一个恢复码）确认。</p>
        <div className="space-y-3">
          <Field id="disable-password" label="登录密码">
            <input id="disable-password" type="password" autoComplete="current-password" value={values.password} onChange={(e) => setValues({ ...values, password: e.target.value })} className={inputClass} />
          </Field>
          <Field id="disable-code" label="验证码或恢复码">
            <input id="disable-code" autoComplete="one-time-code" maxLength={11} value={values.code} onChange={(e) => setValues({ ...values, code: e.target.value.trim() })} className={inputClass} />
          </Field>
        </div>
      </ConfirmDialog>
    </>
  );
}
