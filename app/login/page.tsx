// /login — sign-in for staff and members (next-auth credentials).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { PublicShell } from "@/components/shell/public-shell";
import { safeCallbackUrl } from "@/components/url";
import { Alert } from "@/components/ui/alert";
import { LoginForm } from "./login-form";
import Link from "next/link";

export const metadata: Metadata = { title: "登录" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const sp = await searchParams;
  const raw = Array.isArray(sp.callbackUrl) ? sp.callbackUrl[0] : sp.callbackUrl;
  const callbackUrl = safeCallbackUrl(raw, "/", process.env.NEXTAUTH_URL);
  const activated = sp.activated === "1";
  // Someone already signed in has no business here.
  const actor = await getActor();
  if (actor) redirect(actor.role === "MEMBER" ? "/me" : callbackUrl);

  return (
    <PublicShell brandHref="/login">
      <section aria-labelledby="login-title" className="rounded-lg border border-line bg-white px-6 py-7 shadow-sm sm:px-8">
        <h1 id="login-title" className="text-xl font-semibold text-gray-900">
          账号登录
        </h1>
        <p className="mt-1 text-sm text-muted">县（区）总工会及所属工会工作人员、会员使用</p>
        {activated && (
          <div className="mt-4">
            <Alert tone="success">密码已设置，请用手机号和新密码登录。</Alert>
          </div>
        )}
        <LoginForm callbackUrl={callbackUrl} />
      </section>
      <p className="mt-6 text-center text-xs leading-relaxed text-muted">
        本系统仅限授权人员使用，登录和操作均记入审计日志。
        <br />
        忘记密码请联系本单位工会系统管理员重置。
        <br />
        会员首次使用，请先
        <Link href="/activate" className="text-sky-800 underline">
          凭激活码设置密码
        </Link>
        ；还不是会员的职工可
        <Link href="/join" className="text-sky-800 underline">
          网上申请入会
        </Link>
        。
      </p>
    </PublicShell>
  );
}
