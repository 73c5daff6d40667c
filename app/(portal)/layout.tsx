// Staff portal shell (staff, leaders, admins): top bar, scope switcher, programme nav.
// Each page still checks the actor itself: layouts do not re-run on navigation.
import { redirect } from "next/navigation";
import { SECURITY_PAGE, requireActor } from "@/lib/auth/session";
import { ROLE_LABELS, isStaffLike } from "@/lib/auth/actor";
import { listScopeOptions } from "@/lib/orgs/queries";
import { TopBar } from "@/components/shell/top-bar";
import { Flash } from "@/components/form/flash";
import { SideNav, type NavItem } from "@/components/shell/side-nav";
import { ScopeSwitcher, type ScopeOption } from "@/components/shell/scope-switcher";
import { getScopeRoot } from "./scope";
import { setScope } from "./scope-actions";

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

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // Members have their own pages; partner-unit accounts only their 产改 tasks.
  if (!isStaffLike(actor)) redirect(actor.role === "MEMBER" ? "/me" : "/partner");
  const [scope, rawOptions] = await Promise.all([getScopeRoot(actor), listScopeOptions(actor)]);
  const minDepth = rawOptions.reduce((m, o) => Math.min(m, o.depth), Number.POSITIVE_INFINITY);
  const options: ScopeOption[] = rawOptions.map((o) => ({ id: o.id, name: o.name, indent: o.depth - minDepth }));
  if (!options.some((o) => o.id === scope.id)) options.push({ id: scope.id, name: scope.name, indent: 0 });

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        跳到主要内容
      </a>
      <TopBar displayName={actor.displayName} roleLabel={ROLE_LABELS[actor.role]} orgName={actor.orgName} securityHref={SECURITY_PAGE} />
      <div className="mx-auto flex w-full max-w-[1400px] flex-1 flex-col lg:flex-row">
        <aside className="border-b border-line bg-white px-4 py-3 lg:w-60 lg:shrink-0 lg:border-b-0 lg:border-r lg:px-3 lg:py-5">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end lg:flex-col lg:items-stretch lg:gap-5">
            <div className="sm:w-72 lg:w-auto lg:px-1">
              <ScopeSwitcher options={options} currentId={scope.id} action={setScope} />
            </div>
            <SideNav items={NAV} />
          </div>
        </aside>
        <main id="main" className="min-w-0 flex-1 px-4 py-5 sm:px-6 lg:px-8 lg:py-7">
          <Flash />
          {children}
        </main>
      </div>
      <footer className="no-print border-t border-line bg-white px-6 py-3 text-center text-xs text-muted">
        工会工作平台 · 数据仅供工会内部工作使用，查看和修改均记入审计日志
      </footer>
    </div>
  );
}
