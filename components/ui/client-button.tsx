"use client";
// A <button>. One that only acts through its onClick (type="button") is
// disabled until the page has hydrated: in the server's HTML it would take a
// click and do nothing, so a quick user (or a test) lost the click. Submit
// buttons stay enabled, since their forms also work without JavaScript.
import type { ComponentProps } from "react";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-class";
import { useHydrated } from "./use-hydrated";

type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant = "secondary", size = "md", className, type = "button", disabled, ...rest }: ButtonProps) {
  const hydrated = useHydrated();
  return <button type={type} disabled={disabled || (type === "button" && !hydrated)} className={buttonClass(variant, size, className)} {...rest} />;
}
