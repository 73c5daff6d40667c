// /activate — a member's first sign-in: the phone number, the one-time code
// from their union, and a password of their own.
import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/shell/public-shell";
import { ActivateForm } from "@/components/self-service/activate-form";

export const metadata: Metadata = { title: "会员首次登录" };

export default function ActivatePage() {
  return (
    <PublicShell brandHref="/login">
      <section aria-labelledby="activate-title" className="rounded-lg border border-line bg-white px-6 py-7 shadow-sm sm:px-8">
        <h1 id="activate-title" className="text-xl font-semibold text-gray-900">
          会员首次登录
        </h1>
        <p className="mt-1 text-sm text-muted">请输入在会员档案中登记的手机号，以及所在工会提供的8位激活码，设置您的登录密码。</p>
        <ActivateForm />
      </section>
      <p className="mt-6 text-center text-sm">
        <Link href="/login" className="text-sky-800 underline">
          已设置密码？返回登录
        </Link>
      </p>
    </PublicShell>
  );
}
