// The portal's current scope: an organisation within the actor's subtree, kept
// in the `scope` cookie by the switcher. The cookie is only a preference: it is
// re-validated on every request, and anything invalid falls back to home.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { resolveScopeRoot } from "@/lib/orgs/queries";
import type { Actor } from "@/lib/auth/actor";

export const SCOPE_COOKIE = "scope";

export function parseScopeCookie(raw: string | undefined): number | null {
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/** The organisation pages work within (default: the actor's home organisation). */
export const getScopeRoot = cache(async (actor: Actor) => {
  const requested = parseScopeCookie((await cookies()).get(SCOPE_COOKIE)?.value);
  if (requested !== null && requested !== actor.orgId) {
    try {
      return await resolveScopeRoot(actor, requested);
    } catch {
      // stale or foreign id (moved account, deleted org): use home
    }
  }
  return resolveScopeRoot(actor);
});
