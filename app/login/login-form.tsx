"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { safeCallbackUrl } from "@/components/url";
import { apiRequest } from "@/components/api";

// One message for every failure: it must not reveal whether the account exists.
const FAILED = "用户名或密码错误。连续多次错误后账户将被临时锁定，请稍后再试。";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const router = useRouter();

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const username = String(fd.get("username") ?? "").trim();
    const password = String(fd.get("password") ?? "");
    if (!username || !password) {
      setError("请输入用户名（或手机号）和密码。");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await signIn("credentials", { username, password, redirect: false });
      if (!res || res.error || !res.ok) {
        setError(FAILED);
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
      <Button type="submit" variant="primary" className="w-full" disabled={busy} aria-busy={busy || undefined}>
        {busy ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
