// The member's own pages (mobile first). Staff accounts never see these.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { TopBar } from "@/components/shell/top-bar";
import { MemberTabs } from "@/components/self-service/member-tabs";
import { Flash } from "@/components/form/flash";

export default async function MeLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (actor.role !== "MEMBER") redirect("/");
  return (
    <div className="flex min-h-screen flex-col">
      <TopBar displayName={actor.displayName} roleLabel={ROLE_LABELS[actor.role]} orgName={actor.orgName} homeHref="/me" />
      <MemberTabs />
      <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-5 sm:py-8">
        <Flash />
        {children}
      </main>
    </div>
  );
}
