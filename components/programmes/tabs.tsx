// Links styled as tabs between sibling list pages (e.g. 荣誉 / 劳模服务); looks are
// the `tabs` rules in app/globals.css, the current tab marked by aria-current.
import Link from "next/link";
import { definedProps } from "../ui/compact-node";

export function TabLinks({ items, current, label }: { items: { href: string; label: string }[]; current: string; label: string }) {
  return (
    <nav aria-label={label} className="tabs">
      {items.map((t) => (
        <Link key={t.href} href={t.href} {...definedProps({ "aria-current": t.href === current ? ("page" as const) : undefined })}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
