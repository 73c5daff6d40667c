// Staff portal shell (staff, leaders, admins): top bar, scope switcher, programme nav.
// Each page still checks the actor itself: layouts do not re-run on navigation.
import { redirect } from "next/navigation";
import { SECURITY_PAGE, requireActor } from "@/lib/auth/session";
import { ROLE_LABELS, isStaffLike } from "@/lib/auth/actor";
import { listScopeOptions } from "@/lib/orgs/queries";
import { TopBar } from "@/components/shell/top-bar";
import { Flash } from "@/components/form/flash";
import { SideNav } from "@/components/shell/side-nav";
import { ScopeSwitcher, type ScopeOption } from "@/components/shell/scope-switcher";
import { getScopeRoot } from "./scope";
import { setScope } from "./scope-actions";

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
      <a href="#main" className="skip-link">
        跳到主要内容
      </a>
      <TopBar displayName={actor.displayName} roleLabel={ROLE_LABELS[actor.role]} orgName={actor.orgName} securityHref={SECURITY_PAGE} />
      <div className="shell-body">
        <aside className="shell-aside">
          <div className="shell-aside-inner">
            <div className="sm:w-72 lg:w-auto lg:px-1">
              <ScopeSwitcher options={options} currentId={scope.id} action={setScope} />
            </div>
            <SideNav />
          </div>
        </aside>
        <main id="main" className="shell-main">
          <Flash />
          {children}
        </main>
      </div>
      <footer className="no-print shell-footer">
        工会工作平台 · 数据仅供工会内部工作使用，查看和修改均记入审计日志
      </footer>
    </div>
  );
}
