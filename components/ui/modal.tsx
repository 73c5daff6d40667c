"use client";
// A modal panel on the native <dialog> (top layer, focus kept inside, Esc closes).
import { useId, type ReactNode } from "react";
import { useModalDialog } from "./use-modal-dialog";

type Props = { open: boolean; title: string; onClose: () => void; children: ReactNode; busy?: boolean; wide?: boolean };

export function Modal({ open, title, onClose, children, busy, wide }: Props) {
  const dialog = useModalDialog(open, busy, onClose);
  const titleId = useId();
  return (
    <dialog
      {...dialog}
      aria-labelledby={titleId}
      className={wide ? "modal modal-wide" : "modal"}
    >
      {open && (
        <div>
          <div className="flex items-center justify-between border-b border-line px-5 py-3">
            <h2 id={titleId} className="text-lg font-semibold text-gray-900">
              {title}
            </h2>
            <button type="button" onClick={onClose} disabled={busy} className="rounded p-1 text-gray-500 hover:bg-gray-100 hover:text-gray-800" aria-label="关闭">
              <span aria-hidden="true" className="block h-5 w-5 text-center leading-5">
                ×
              </span>
            </button>
          </div>
          <div className="px-5 py-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}
