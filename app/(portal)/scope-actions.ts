"use server";
// Sets the portal scope. Server actions are public endpoints: the id is checked
// against the caller's subtree here, and again by every page that reads it.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { resolveScopeRoot } from "@/lib/orgs/queries";
import { SCOPE_COOKIE, parseScopeCookie } from "./scope";

const MODULE_LISTS = ["/members", "/contracts", "/enterprises", "/trainings", "/competitions", "/honours", "/studios", "/activities", "/assistance", "/dashboard"];

/** Where to land after switching: pages tied to the old scope go to the new one's equivalent. */
function destination(returnTo: unknown, scopeId: number): string {
  // Only fixed destinations: the submitted path is never echoed into a redirect.
  const path = typeof returnTo === "string" ? returnTo : "/";
  if (path === "/orgs" || path.startsWith("/orgs/")) return `/orgs/${scopeId}`;
  // Fixed list pages stay where they are; a record's page goes back to its list.
  for (const fixed of ["/contracts/coverage", "/contracts/reminders", "/assistance/queue", "/assistance/summary"]) {
    if (path === fixed) return fixed;
  }
  for (const list of MODULE_LISTS) if (path === list || path.startsWith(`${list}/`)) return list;
  return "/";
}

export async function setScope(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const id = parseScopeCookie(String(formData.get("scopeId") ?? ""));
  // Throws FORBIDDEN/NOT_FOUND for anything outside the actor's subtree.
  const org = await resolveScopeRoot(actor, id ?? undefined);
  (await cookies()).set(SCOPE_COOKIE, String(org.id), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
  });
  redirect(destination(formData.get("returnTo"), org.id));
}
