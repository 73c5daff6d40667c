"use client";
// The member pages' navigation: five tabs, thumb-reachable on a phone.
// No prefetch: the tabs are dynamic pages, so each visible tab cost two
// requests to the server while the phone was still hydrating the page it
// opened — eight server renders competing for the slow phone's link and, on
// the test machine, for the CPU that Lighthouse times. A tap fetches its tab.
import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/me", label: "会籍" },
  { href: "/me/benefits", label: "我的权益" },
  { href: "/me/applications", label: "我的申请" },
  { href: "/me/rights", label: "维权" },
  { href: "/me/profile", label: "个人信息" },
];

export function MemberTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="会员服务" className="border-b border-line bg-white">
      <ul className="mx-auto flex max-w-xl">
        {TABS.map((t) => {
          const active = t.href === "/me" ? pathname === "/me" : pathname.startsWith(t.href);
          return (
            <li key={t.href} className="flex-1">
              <Link
                href={t.href}
                prefetch={false}
                aria-current={active ? "page" : undefined}
                className={`block border-b-2 px-2 py-3 text-center text-[15px] ${active ? "border-brand font-semibold text-brand" : "border-transparent text-gray-700"}`}
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
