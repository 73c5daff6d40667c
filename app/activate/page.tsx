// /activate — a member's first sign-in: the phone number, the one-time code
// from their union, and a password of their own.
import type { Metadata } from "next";
import Link from "next/link";
import { Brand } from "@/components/shell/brand";
import { ActivateForm } from "@/components/self-service/activate-form";

export const metadata: Metadata = { title: "会员首次登录" };

export default function ActivatePage() {
  return (
    <div className="flex min-h-screen flex-col border-t-4 border-brand">
      <div className="flex flex-1 items-center justify-center px-4 py-10">
        <div className="w-full max-w-[400px]">
          <div className="mb-6 flex justify-center">
            <Brand href="/login" />
          </div>
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
        </div>
      </div>
    </div>
  );
}
