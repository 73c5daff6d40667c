import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import type { ActorFacts } from "./grant-workflow";

/** The facts the workflow decides on: role and the level of the actor's home organisation. */
export async function actorFacts(actor: Actor): Promise<ActorFacts> {
  const home = await db.organisation.findUniqueOrThrow({ where: { id: actor.orgId }, select: { level: true } });
  return { userId: actor.userId, role: actor.role, homeOrgId: actor.orgId, homeLevel: home.level };
}
