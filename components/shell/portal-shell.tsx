"use client";
// The staff portal's frame: top bar, scope switcher and navigation beside the
// page. A client component so that its markup ships once in the JavaScript and
// every page's React payload carries only the props below (see README "A list
// page's HTML"); the server still renders it.
import type { ReactNode } from "react";
import { TopBar } from "./top-bar";
import { SideNav } from "./side-nav";
import { ScopeSwitcher } from "./scope-switcher";
import type { ScopeOption } from "@/lib/orgs/scope-options";
import { Flash } from "../form/flash";

type Props = {
  user: { displayName: string; roleLabel: string; orgName: string; securityHref: string };
  scope: { options: ScopeOption[]; currentId: number; action: (formData: FormData) => void | Promise<void> };
  children: ReactNode;
};

export function PortalShell({ user, scope, children }: Props) {
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="skip-link">
        跳到主要内容
      </a>
      <TopBar {...user} />
      <div className="shell-body">
        <aside className="shell-aside">
          <div className="shell-aside-inner">
            <ScopeSwitcher {...scope} />
            <SideNav />
          </div>
        </aside>
        <main id="main" className="shell-main">
          <Flash />
          {children}
        </main>
      </div>
      <footer className="no-print shell-footer">工会工作平台 · 数据仅供工会内部工作使用，查看和修改均记入审计日志</footer>
    </div>
  );
}
