// Staff portal shell (staff, leaders, admins): top bar, scope switcher, programme nav.
// Each page still checks the actor itself: layouts do not re-run on navigation.
import { redirect } from "next/navigation";
import { SECURITY_PAGE, requireActor } from "@/lib/auth/session";
import { ROLE_LABELS, isStaffLike } from "@/lib/auth/actor";
import { listScopeOptions } from "@/lib/orgs/queries";
import { PortalShell } from "@/components/shell/portal-shell";
import { getScopeRoot } from "./scope";
import { setScope } from "./scope-actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // Members have their own pages; partner-unit accounts only their 产改 tasks.
  if (!isStaffLike(actor)) redirect(actor.role === "MEMBER" ? "/me" : "/partner");
  const scope = await getScopeRoot(actor);
  const options = await listScopeOptions(actor, scope);

  return (
    <PortalShell user={{ displayName: actor.displayName, roleLabel: ROLE_LABELS[actor.role], orgName: actor.orgName, securityHref: SECURITY_PAGE }} scope={{ options, currentId: scope.id, action: setScope }}>
      {children}
    </PortalShell>
  );
}
