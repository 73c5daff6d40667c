// Page guards shared by server components.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/session";
import { isStaffLike, type Actor } from "@/lib/auth/actor";

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
