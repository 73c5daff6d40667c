"use client";
import { useState } from "react";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        // The server revokes the session in next-auth's signOut event. next-auth's
        // client (10 KB compressed) loads with the click, not with every page.
        import("next-auth/react")
          .then(({ signOut }) => signOut({ callbackUrl: "/login" }))
          .catch(() => setBusy(false));
      }}
      className="sign-out"
    >
      {busy ? "正在退出…" : "退出登录"}
    </button>
  );
}
