"use client";
// The 保存成功 message after a save, shown on the page the form moves to (the
// record's page), with the next step where there is one (继续登记 …). Kept in
// sessionStorage for exactly one navigation.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

export type FlashMessage = { message: string; next?: { label: string; href: string } };

const KEY = "flash";

const HERE = "flash:here";

/** `here`: the form stays on its page (no navigation follows), so show the message at once. */
export function setFlash(f: FlashMessage, here = false) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(f));
  } catch {
    // private mode without storage: the page change alone shows the save
  }
  if (here) window.dispatchEvent(new Event(HERE));
}

function takeFlash(): FlashMessage | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    sessionStorage.removeItem(KEY);
    return JSON.parse(raw) as FlashMessage;
  } catch {
    return null;
  }
}

/** Rendered once in each layout, above the page. */
export function Flash() {
  const pathname = usePathname();
  const [flash, setState] = useState<{ at: string; f: FlashMessage } | null>(null);
  useEffect(() => {
    const f = takeFlash();
    // Reading storage is only possible after mount; the message belongs to the page it arrived on.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (f) setState({ at: pathname, f });
    const here = () => {
      const g = takeFlash();
      if (g) setState({ at: pathname, f: g });
    };
    window.addEventListener(HERE, here);
    return () => window.removeEventListener(HERE, here);
  }, [pathname]);
  if (!flash || flash.at !== pathname) return null;
  return (
    <div role="status" className="no-print mb-4 flex flex-wrap items-center gap-3 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2.5 text-sm text-emerald-900">
      <span className="font-medium">✓ {flash.f.message}</span>
      {flash.f.next && (
        <Link href={flash.f.next.href} className="font-medium text-sky-800 underline hover:text-brand">
          {flash.f.next.label} →
        </Link>
      )}
      <button type="button" onClick={() => setState(null)} className="ml-auto text-emerald-800 hover:underline" aria-label="关闭提示">
        ×
      </button>
    </div>
  );
}
