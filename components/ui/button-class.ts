// The button look, shared by <button>s and button-styled links; server-safe.
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

const base =
  "inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md border font-medium transition-colors " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand " +
  "disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "border-brand bg-brand text-white hover:bg-brand-strong hover:border-brand-strong",
  secondary: "border-gray-300 bg-white text-gray-800 hover:bg-gray-50 hover:border-gray-400",
  danger: "border-red-300 bg-white text-red-700 hover:bg-red-50 hover:border-red-400",
  ghost: "border-transparent bg-transparent text-gray-700 hover:bg-gray-100",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 px-3 text-sm",
  md: "h-10 px-4 text-[15px]",
};

export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "md", extra?: string) {
  return cn(base, variants[variant], sizes[size], extra);
}
