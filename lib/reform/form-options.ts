// What the task and meeting forms offer: the plan organisation's register of
// units and the indicators a task may be linked to (read on the server; the
// indicator catalogue's SQL stays out of the client bundle).
import "server-only";
import type { Actor } from "../auth/actor";
import { LINKABLE_INDICATORS } from "../dashboard/queries";
import { listUnits } from "./queries";

export async function planFormOptions(actor: Actor, planOrgId: number) {
  const units = (await listUnits(actor, { orgId: planOrgId })).data.map((u) => ({ id: u.id, name: u.name }));
  return { units, indicators: LINKABLE_INDICATORS };
}
