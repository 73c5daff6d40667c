// Links styled as tabs between sibling list pages (e.g. 荣誉 / 劳模服务).
import Link from "next/link";
import { cn } from "../ui/cn";

export function TabLinks({ items, current, label }: { items: { href: string; label: string }[]; current: string; label: string }) {
  return (
    <nav aria-label={label} className="mb-4 flex gap-1 border-b border-line">
      {items.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? "page" : undefined}
          className={cn("-mb-px border-b-2 px-4 py-2 text-[15px]", t.href === current ? "border-brand font-medium text-brand" : "border-transparent text-gray-600 hover:text-gray-900")}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
