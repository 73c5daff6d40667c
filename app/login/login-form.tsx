"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { safeCallbackUrl } from "@/components/url";
import { apiRequest } from "@/components/api";
import { TWO_FACTOR_ERRORS } from "@/lib/auth/policy";

// One message for every failure: it must not reveal whether the account exists.
const FAILED = "用户名或密码错误。连续多次错误后账户将被临时锁定，请稍后再试。";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Second step: the password was right and the account has two-factor sign-in on.
  const [needCode, setNeedCode] = useState(false);
  const router = useRouter();

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const username = String(fd.get("username") ?? "").trim();
    const password = String(fd.get("password") ?? "");
    const code = String(fd.get("code") ?? "").trim();
    if (!username || !password) {
      setError("请输入用户名（或手机号）和密码。");
      return;
    }
    if (needCode && !code) {
      setError("请输入验证器上的 6 位数字，或一个恢复码。");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await signIn("credentials", { username, password, ...(needCode ? { code } : {}), redirect: false });
      if (!res || res.error || !res.ok) {
        if (res?.error === TWO_FACTOR_ERRORS.required) setNeedCode(true);
        else setError(res?.error === TWO_FACTOR_ERRORS.wrong ? "验证码不正确或已使用，请输入验证器当前显示的数字。多次错误后将暂停验证 15 分钟。" : FAILED);
        setBusy(false);
        return;
      }
      // Pages are dynamic, so the next render already sees the new session.
      // Members go to their own page (the portal would send them there anyway).
      let target = safeCallbackUrl(callbackUrl, "/", window.location.origin);
      if (target === "/") {
        const me = await apiRequest<{ role: string }>("/api/v1/me");
        if (me.ok && me.data.role === "MEMBER") target = "/me";
      }
      router.replace(target);
    } catch {
      setError("网络连接失败，请检查网络后重试。");
      setBusy(false);
    }
  }

  return (
    // method="post": should anyone submit before the page is interactive, the
    // password must never end up in a URL.
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-4" aria-describedby={error ? "login-error" : undefined}>
      {error && (
        <div id="login-error">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      <Field id="username" label="用户名 / 手机号">
        <input id="username" name="username" type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} maxLength={50} required className={inputClass} />
      </Field>
      <Field id="password" label="密码">
        <input id="password" name="password" type="password" autoComplete="current-password" maxLength={200} required className={inputClass} />
      </Field>
      {needCode && (
        <Field id="code" label="两步验证码" hint="打开手机验证器，输入本账号当前的 6 位数字；手机不在身边时可输入一个恢复码。">
          <input id="code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" autoFocus maxLength={11} required className={inputClass} />
        </Field>
      )}
      <Button type="submit" variant="primary" className="w-full" disabled={busy} aria-busy={busy || undefined}>
        {busy ? "正在登录…" : needCode ? "验证并登录" : "登录"}
      </Button>
    </form>
  );
}
