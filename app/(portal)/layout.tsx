// Staff portal shell (staff, leaders, admins): top bar, scope switcher, programme nav.
// Each page still checks the actor itself: layouts do not re-run on navigation.
import { redirect } from "next/navigation";
import { SECURITY_PAGE, requireActor } from "@/lib/auth/session";
import { ROLE_LABELS, isStaffLike } from "@/lib/auth/actor";
import { listScopeOptions } from "@/lib/orgs/queries";
import { PortalShell } from "@/components/shell/portal-shell";
import type { ScopeOption } from "@/components/shell/scope-switcher";
import { getScopeRoot } from "./scope";
import { setScope } from "./scope-actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // Members have their own pages; partner-unit accounts only their 产改 tasks.
  if (!isStaffLike(actor)) redirect(actor.role === "MEMBER" ? "/me" : "/partner");
  const [scope, rawOptions] = await Promise.all([getScopeRoot(actor), listScopeOptions(actor)]);
  const minDepth = rawOptions.reduce((m, o) => Math.min(m, o.depth), Number.POSITIVE_INFINITY);
  const options: ScopeOption[] = rawOptions.map((o) => [o.id, o.name, o.depth - minDepth]);
  if (!options.some(([id]) => id === scope.id)) options.push([scope.id, scope.name, 0]);

  return (
    <PortalShell user={{ displayName: actor.displayName, roleLabel: ROLE_LABELS[actor.role], orgName: actor.orgName, securityHref: SECURITY_PAGE }} scope={{ options, currentId: scope.id, action: setScope }}>
      {children}
    </PortalShell>
  );
}
