// The public 网上入会 pages (no sign-in; proxy.ts lets /join through): a narrow,
// phone-first column under the portal's brand.
import type { ReactNode } from "react";
import Link from "next/link";
import { Brand } from "@/components/shell/brand";

export default function JoinLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col border-t-4 border-brand">
      <div className="flex flex-1 justify-center px-4 py-6 sm:py-10">
        <div className="w-full max-w-[440px]">
          <div className="mb-5 flex justify-center">
            <Brand href="/join" />
          </div>
          {children}
          <p className="mt-6 text-center text-sm">
            <Link href="/join" className="text-sky-800 underline">
              申请入会
            </Link>
            <span className="mx-2 text-muted">·</span>
            <Link href="/join/status" className="text-sky-800 underline">
              查询进度
            </Link>
            <span className="mx-2 text-muted">·</span>
            <Link href="/activate" className="text-sky-800 underline">
              会员首次登录
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
