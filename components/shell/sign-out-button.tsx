"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";

export function SignOutButton() {
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
      className="sign-out"
    >
      {busy ? "正在退出…" : "退出登录"}
    </button>
  );
}
