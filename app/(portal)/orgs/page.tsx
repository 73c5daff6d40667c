// /orgs — the organisation browser starts at the current scope.
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getScopeRoot } from "../scope";

export default async function OrgsIndexPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  redirect(`/orgs/${scope.id}`);
}
