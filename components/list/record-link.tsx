// The link from a row to its record — the name column of a list, a member in a
// sub-list: one look everywhere.
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "../ui/cn";

export function RecordLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <Link href={href} className={cn("text-sky-800 hover:text-brand hover:underline", className)}>
      {children}
    </Link>
  );
}
