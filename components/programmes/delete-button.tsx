"use client";
// Soft delete with an explicit confirmation; afterwards goes to `then` or refreshes the page.
import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { apiRequest } from "../api";
import { Button, type ButtonSize } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";

type Props = { url: string; title: string; children: ReactNode; then?: string; label?: string; size?: ButtonSize; method?: "DELETE" | "POST" };

export function DeleteButton({ url, title, children, then, label = "删除", size = "md", method = "DELETE" }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    const res = await apiRequest(url, { method });
    setBusy(false);
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    setOpen(false);
    if (then) router.push(then);
    router.refresh();
  }
  return (
    <>
      <Button variant="danger" size={size} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog open={open} title={title} confirmLabel={`确认${label}`} busy={busy} error={error} onCancel={() => setOpen(false)} onConfirm={confirm}>
        {children}
      </ConfirmDialog>
    </>
  );
}
