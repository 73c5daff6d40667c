// /account/security — 账号安全: a staff member's two-factor sign-in (authenticator app).
// Outside the portal shell on purpose: under REQUIRE_2FA=1 an administrator
// without it is sent here from every other page, and must be able to enrol.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS, isStaffLike } from "@/lib/auth/actor";
import { twoFactorStatus } from "@/lib/auth/two-factor";
import { formatDateTime } from "@/lib/dates";
import { TopBar } from "@/components/shell/top-bar";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { TwoFactorDisable, TwoFactorEnrol } from "@/components/account/two-factor";
import Link from "next/link";

export const metadata: Metadata = { title: "账号安全" };

export default async function SecurityPage() {
  const actor = await requireActor({ enrolling: true });
  if (!isStaffLike(actor)) redirect(actor.role === "MEMBER" ? "/me" : "/partner");
  const status = await twoFactorStatus(actor);
  const mustEnrol = status.required && !status.enabled;
  return (
    <div className="flex min-h-screen flex-col">
      <TopBar displayName={actor.displayName} roleLabel={ROLE_LABELS[actor.role]} orgName={actor.orgName} />
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-6 sm:px-6">
        {!mustEnrol && (
          <p className="mb-3 text-sm">
            <Link href="/" className="text-sky-800 underline">
              ← 返回首页
            </Link>
          </p>
        )}
        <h1 className="mb-4 text-xl font-semibold text-gray-900">账号安全</h1>
        {mustEnrol && (
          <Alert tone="warning" className="mb-4" title="请先启用两步验证">
            本系统要求管理员账号使用两步验证。启用后才能继续使用其他功能。
          </Alert>
        )}
        <Card
          title="两步验证"
          description="登录时除密码外，还须输入手机验证器（如微信小程序“腾讯身份验证器”、Google Authenticator、Microsoft Authenticator）显示的 6 位数字。审批、发放资金的工作人员建议启用。"
        >
          {status.enabled ? (
            <div className="space-y-4">
              <Alert tone="success">
                已启用（{formatDateTime(status.enabledAt)} 起），剩余恢复码 {status.recoveryCodesLeft} 个。
              </Alert>
              {status.required ? <p className="text-sm text-muted">本系统要求管理员使用两步验证，不能停用。</p> : <TwoFactorDisable />}
            </div>
          ) : (
            <TwoFactorEnrol />
          )}
        </Card>
      </main>
    </div>
  );
}
