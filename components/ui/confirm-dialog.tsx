"use client";
// An explicit confirmation step before a consequential request. Built on the
// native <dialog> (modal, focus kept inside, Esc to cancel); never window.confirm.
import { useId, type ReactNode } from "react";
import { useModalDialog } from "./use-modal-dialog";
import { Button } from "./button";
import { Alert } from "./alert";

type Props = {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({ open, title, children, confirmLabel = "确认", cancelLabel = "取消", busy, error, onConfirm, onCancel }: Props) {
  const dialog = useModalDialog(open, busy, onCancel);
  const titleId = useId();
  const descId = useId();

  return (
    <dialog
      {...dialog}
      aria-labelledby={titleId}
      aria-describedby={children ? descId : undefined}
      className="m-auto w-[min(92vw,28rem)] rounded-lg border border-line bg-white p-0 text-ink shadow-xl"
    >
      {open && (
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold text-gray-900">
            {title}
          </h2>
          {children && (
            <div id={descId} className="mt-2 text-[15px] text-gray-700">
              {children}
            </div>
          )}
          {error && (
            <Alert tone="error" className="mt-3">
              {error}
            </Alert>
          )}
          <div className="mt-5 flex justify-end gap-2">
            <Button onClick={onCancel} disabled={busy} autoFocus>
              {cancelLabel}
            </Button>
            <Button variant="primary" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
              {busy ? "正在提交…" : confirmLabel}
            </Button>
          </div>
        </div>
      )}
    </dialog>
  );
}
