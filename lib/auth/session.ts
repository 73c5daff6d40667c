import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { actorForSession } from "./sessions";
import type { Actor } from "./actor";
import { AppError } from "../errors";

/** The signed-in actor for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0].trim() ?? undefined;
  return actorForSession(session.sid, ip);
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
