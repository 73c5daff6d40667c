"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { cn } from "../ui/cn";

export function SignOutButton({ className }: { className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        // The server revokes the session in next-auth's signOut event.
        signOut({ callbackUrl: "/login" }).catch(() => setBusy(false));
      }}
      className={cn(
        "inline-flex h-8 shrink-0 items-center whitespace-nowrap rounded-md border border-gray-300 bg-white px-3 text-sm text-gray-700 hover:border-gray-400 hover:bg-gray-50 disabled:opacity-60",
        className,
      )}
    >
      {busy ? "正在退出…" : "退出登录"}
    </button>
  );
}
