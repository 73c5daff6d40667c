"use client";
// Soft delete with an explicit confirmation; afterwards goes to `then` or refreshes the page.
import type { ReactNode } from "react";
import type { ButtonSize } from "../ui/button";
import { ConfirmAction } from "../ui/confirm-action";

type Props = { url: string; title: string; children: ReactNode; then?: string; label?: string; size?: ButtonSize };

export function DeleteButton({ url, title, children, then, label = "删除", size = "md" }: Props) {
  return (
    <ConfirmAction label={label} title={title} confirmLabel={`确认${label}`} variant="danger" size={size} then={then} request={() => ({ url, method: "DELETE" })}>
      {children}
    </ConfirmAction>
  );
}
