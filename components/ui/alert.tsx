// A notice in the page: looks are the `alert` rules in app/globals.css (a list
// page sends its notices twice, as HTML and in its React payload).
import type { ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "error" | "info" | "success" | "warning";

/** Errors are announced immediately (role=alert); other tones politely (role=status). */
export function Alert({ tone = "info", title, children, className }: { tone?: AlertTone; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("alert", `alert-${tone}`, className)}>
      {title ? <p className="alert-title">{title}</p> : null}
      {title && children ? <div className="mt-1">{children}</div> : (children ?? null)}
    </div>
  );
}
