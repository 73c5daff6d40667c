"use client";
// Programme navigation. A column on wide screens, a scrolling top row on phones.
// The links' look is the `side-nav` rules in app/globals.css (the current page by
// its aria-current), not utilities repeated on each of the sixteen links.
import Link from "next/link";
import { usePathname } from "next/navigation";

type NavItem = { href: string; label: string };

/** The staff portal's programmes (its layout's navigation): kept here, on the client, so no page sends the list in its React payload. */
const NAV: NavItem[] = [
  { href: "/", label: "首页" },
  { href: "/dashboard", label: "数据看板" },
  { href: "/reports", label: "报送审核" },
  { href: "/orgs", label: "组织体系" },
  { href: "/members", label: "会员管理" },
  { href: "/honours", label: "劳模工匠" },
  { href: "/studios", label: "创新工作室" },
  { href: "/assist-orders", label: "助企行" },
  { href: "/trainings", label: "技能培训" },
  { href: "/competitions", label: "劳动和技能竞赛" },
  { href: "/activities", label: "工作台账" },
  { href: "/assistance", label: "困难帮扶" },
  { href: "/rights-cases", label: "维权服务" },
  { href: "/contracts", label: "集体合同" },
  { href: "/enterprises", label: "企业名录" },
  { href: "/reform", label: "产改任务" },
];

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function SideNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="主导航" className="side-nav">
      <ul>
        {NAV.map((it) => (
          <li key={it.href}>
            <Link href={it.href} aria-current={isActive(pathname, it.href) ? "page" : undefined}>
              {it.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
