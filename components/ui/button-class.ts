// The button look, shared by <button>s and button-styled links; server-safe.
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

/** The `btn` rules of app/globals.css (md is the base size): a page carries many buttons, each naming three short classes rather than ~30 utilities. */
export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "md", extra?: string) {
  return cn("btn", `btn-${variant}`, size === "sm" && "btn-sm", extra);
}
