// A partner-unit account's pages (e.g. the 人社局 contact): the 产改 tasks its
// unit leads or shares, nothing else. Every other account is sent home.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS, isPartner } from "@/lib/auth/actor";
import { TopBar } from "@/components/shell/top-bar";

export default async function PartnerLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (!isPartner(actor)) redirect("/");
  return (
    <div className="flex min-h-screen flex-col">
      <TopBar displayName={actor.displayName} roleLabel={ROLE_LABELS[actor.role]} orgName={`${actor.orgName}协同单位`} homeHref="/partner" />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-5 sm:px-6 lg:py-7">
        {children}
      </main>
    </div>
  );
}
