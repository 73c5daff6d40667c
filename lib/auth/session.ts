import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { actorForSession } from "./sessions";
import { decodeSessionToken } from "./jwt";
import type { Actor } from "./actor";
import { AppError } from "../errors";
import { clientAddress } from "../security/client-address";

// next-auth's cookie names (the __Secure- one over https).
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in actor for this request, or null. Cached per request.
 * The cookie is decoded directly (the same JWE next-auth writes) rather than
 * through getServerSession, which runs next-auth's whole handler on every
 * request: the cookie only names a server-side session, which is then checked.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((n) => jar.get(n)?.value).find(Boolean);
  if (!token || !process.env.NEXTAUTH_SECRET) return null;
  const payload = await decodeSessionToken({ token, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
  const sid = typeof payload?.sid === "string" ? payload.sid : null;
  if (!sid) return null;
  return actorForSession(sid, clientAddress(await headers()));
});

/** For pages: sends anyone without a valid session to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For route handlers: 401 in the API's error shape. */
export async function requireApiActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录，或登录已超时");
  return actor;
}
