"use client";
// A button that sends one request only after an explicit confirmation, then
// goes to `then` or refreshes the page. The server's refusal (its message, or
// the named field's message) stays in the dialog; the dialog may carry fields
// of its own, read when the request is built.
import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button, type ButtonSize, type ButtonVariant } from "./button";
import { ConfirmDialog } from "./confirm-dialog";

export type ActionRequest = { url: string; method?: "POST" | "PATCH" | "DELETE"; body?: unknown };

type Props<T> = {
  /** The button's text; also the dialog's title and confirm label unless given. */
  label: string;
  title?: string;
  confirmLabel?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  disabled?: boolean;
  "aria-label"?: string;
  /** Built when confirmed; a string instead refuses with that message (the dialog's own fields failed a check). */
  request: () => ActionRequest | string;
  /** The request field whose server message to show rather than the general one. */
  field?: string;
  /** Where to go afterwards (else the page refreshes). */
  then?: string;
  onDone?: (data: T) => void;
  /** The dialog's text and fields. */
  children: ReactNode;
};

export function ConfirmAction<T = unknown>({ label, title = label, confirmLabel = label, variant = "secondary", size = "md", disabled, request, field, then, onDone, children, ...aria }: Props<T>) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    const req = request();
    if (typeof req === "string") return setError(req);
    setBusy(true);
    setError(null);
    const res = await apiRequest<T>(req.url, { method: req.method ?? "POST", body: req.body });
    setBusy(false);
    if (!res.ok) return setError((field && res.error.fields?.[field]) || res.error.message);
    setOpen(false);
    onDone?.(res.data);
    if (then) router.push(then);
    router.refresh();
  }
  return (
    <>
      <Button
        variant={variant}
        size={size}
        disabled={disabled}
        aria-label={aria["aria-label"]}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <ConfirmDialog open={open} title={title} confirmLabel={confirmLabel} busy={busy} error={error} onCancel={() => setOpen(false)} onConfirm={confirm}>
        {children}
      </ConfirmDialog>
    </>
  );
}
