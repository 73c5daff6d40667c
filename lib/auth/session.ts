import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { actorForSession } from "./sessions";
import { decodeSessionToken } from "./jwt";
import { isStaffLike, type Actor } from "./actor";
import { AppError } from "../errors";
import { clientAddress } from "../security/client-address";
import { mustEnrol } from "./two-factor";
import { SESSION_COOKIES } from "./cookie-names";

/** Where an administrator without two-factor sign-in is sent under REQUIRE_2FA=1. */
export const SECURITY_PAGE = "/account/security";

type Opts = {
  /** The enrolment page and routes themselves: reachable before two-factor sign-in is set up. */
  enrolling?: boolean;
};


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
export async function requireActor(opts: Opts = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (!opts.enrolling && mustEnrol(actor)) redirect(SECURITY_PAGE);
  return actor;
}

/** Signed-in staff, leader or admin; members and partner-unit accounts are sent to their own pages. */
export async function requireStaff(): Promise<Actor> {
  const actor = await requireActor();
  if (!isStaffLike(actor)) redirect(actor.role === "MEMBER" ? "/me" : "/partner");
  return actor;
}

/** Awaits a lib call; NOT_FOUND (also used for "outside your scope") becomes the 404 page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/** Route ids: positive integers of at most 9 digits, else 404. */
export function intId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) notFound();
  return Number(raw);
}

/** For route handlers: 401 in the API's error shape. */
export async function requireApiActor(opts: Opts = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录，或登录已超时");
  if (!opts.enrolling && mustEnrol(actor)) throw new AppError("FORBIDDEN", `管理员须先启用两步验证（${SECURITY_PAGE}）`);
  return actor;
}
