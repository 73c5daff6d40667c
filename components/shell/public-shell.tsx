// The frame of the pages used without a session (sign-in, first sign-in,
// 网上入会): the brand over one narrow column. `phone` is the joining pages'
// form-first column (top-aligned, a little wider); the default is centred.
import type { ReactNode } from "react";
import { Brand } from "./brand";

export function PublicShell({ brandHref, phone = false, children }: { brandHref: string; phone?: boolean; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col border-t-4 border-brand">
      <div className={phone ? "flex flex-1 justify-center px-4 py-6 sm:py-10" : "flex flex-1 items-center justify-center px-4 py-10"}>
        <div className={phone ? "w-full max-w-[440px]" : "w-full max-w-[400px]"}>
          <div className={phone ? "mb-5 flex justify-center" : "mb-6 flex justify-center"}>
            <Brand href={brandHref} />
          </div>
          {children}
        </div>
      </div>
    </div>
  );
}
