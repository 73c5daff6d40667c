// The link from a row to its record — the name column of a list, a member in a
// sub-list: one look everywhere. A plain <a>, not next/link: a <Link> per row is a
// client component per row (hydrated, prefetched, its props repeated in the React
// payload), and a list page is server-rendered anyway.
import type { ReactNode } from "react";
import { cn } from "../ui/cn";

export function RecordLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} className={cn("record-link", className)}>
      {children}
    </a>
  );
}
