"use client";
// Sub-navigation of 困难帮扶: overview, queue, grants, files, funds, statistics, policies.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";

const TABS = [
  { href: "/assistance", label: "概览" },
  { href: "/assistance/queue", label: "待办" },
  { href: "/assistance/grants", label: "救助申请" },
  { href: "/assistance/hardship", label: "困难职工档案" },
  { href: "/assistance/funds", label: "帮扶资金" },
  { href: "/assistance/summary", label: "统计" },
  { href: "/assistance/policies", label: "救助政策" },
];

export function AssistanceTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="困难帮扶" className="no-print mb-5 border-b border-line">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {TABS.map((t) => {
          const active = t.href === "/assistance" ? pathname === t.href : pathname === t.href || pathname.startsWith(`${t.href}/`);
          return (
            <li key={t.href} className="shrink-0">
              <Link
                href={t.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap border-b-2 px-3 py-2 text-[15px]",
                  active ? "border-brand font-semibold text-brand" : "border-transparent text-gray-700 hover:border-gray-300 hover:text-gray-900",
                )}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
