// The public 网上入会 pages (no sign-in; lib/security/page-guard.ts lets /join through): a narrow,
// phone-first column under the portal's brand.
import type { ReactNode } from "react";
import Link from "next/link";
import { PublicShell } from "@/components/shell/public-shell";

export default function JoinLayout({ children }: { children: ReactNode }) {
  return (
    <PublicShell brandHref="/join" phone>
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
    </PublicShell>
  );
}
