import "server-only";
import { notFound } from "../errors";
import { homeOrg } from "../orgs/queries";
import type { Actor } from "../auth/actor";
import type { ActorFacts } from "./grant-workflow";

/** The facts the workflow decides on: role and the level of the actor's home organisation. */
export async function actorFacts(actor: Actor): Promise<ActorFacts> {
  const home = await homeOrg(actor);
  if (!home) throw notFound("组织");
  return { userId: actor.userId, role: actor.role, homeOrgId: actor.orgId, homeLevel: home.level };
}
