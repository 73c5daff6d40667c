// The link from a row to its record — the name column of a list, a member in a
// sub-list or a record's facts: one look everywhere, given by the class-less link
// rule for tables and facts in app/globals.css (a list page would otherwise name
// the class in every row). A plain <a>, not next/link: a <Link> per row is a
// client component per row (hydrated, prefetched, its props repeated in the React
// payload), and a list page is server-rendered anyway.
import type { ReactNode } from "react";
import { definedProps } from "../ui/compact-node";

export function RecordLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} {...definedProps({ className })}>
      {children}
    </a>
  );
}
