"use client";
// A GET search form whose URL carries only the filled-in fields. Without
// JavaScript it submits as a plain GET form (empty fields included, harmless).
import { useRouter } from "next/navigation";
import type { ComponentProps, FormEvent } from "react";

type Props = Omit<ComponentProps<"form">, "method" | "action" | "onSubmit"> & { action: string };

export function GetForm({ action, children, ...rest }: Props) {
  const router = useRouter();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const sp = new URLSearchParams();
    for (const [k, v] of new FormData(e.currentTarget)) {
      if (typeof v === "string" && v.trim() !== "") sp.set(k, v.trim());
    }
    const qs = sp.toString();
    router.push(qs ? `${action}?${qs}` : action);
  }
  return (
    <form method="get" action={action} onSubmit={onSubmit} {...rest}>
      {children}
    </form>
  );
}
