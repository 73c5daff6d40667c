"use client";
// A sortable column's header link. A client component so that the page's React
// payload carries its three props, not its link and two spans (see README
// "A list page's HTML"); the server still renders it, so sorting works without
// JavaScript.
import Link from "next/link";
import type { ReactNode } from "react";

export type SortState = "ascending" | "descending" | "none";

const ARROW: Record<SortState, string> = { ascending: "↑", descending: "↓", none: "↕" };
const HINT: Record<SortState, string> = { ascending: "（当前升序，点击改为降序）", descending: "（当前降序，点击改为升序）", none: "（点击排序）" };

export function SortLink({ href, label, state }: { href: string; label: ReactNode; state: SortState }) {
  return (
    <Link href={href} className="sort-link" scroll={false}>
      {label}
      {state === "none" ? <span aria-hidden="true">{ARROW.none}</span> : <span aria-hidden="true" data-on="">{ARROW[state]}</span>}
      <span className="sr-only">{HINT[state]}</span>
    </Link>
  );
}
