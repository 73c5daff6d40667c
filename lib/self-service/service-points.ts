import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { forbidden } from "../errors";

/**
 * Service points near a member: those recorded by their own union and by the
 * unions above it (town, county), the closest level first.
 */
export async function listOwnServicePoints(actor: Actor, limit = 30) {
  if (actor.role !== "MEMBER" || !actor.memberId) throw forbidden("仅会员本人可以查看");
  const m = await db.member.findUniqueOrThrow({ where: { id: actor.memberId }, select: { org: { select: { ancestorIds: true } } } });
  // Province and city points are not "nearby": stop at the county.
  const chain = m.org.ancestorIds.slice(2);
  const rows = await db.servicePoint.findMany({
    where: { orgId: { in: chain }, deletedAt: null },
    select: { id: true, name: true, kind: true, address: true, openHours: true, phone: true, orgId: true },
    take: 500,
  });
  const rank = (orgId: number) => -chain.indexOf(orgId);
  return rows
    .sort((a, b) => rank(a.orgId) - rank(b.orgId) || a.name.localeCompare(b.name, "zh"))
    .slice(0, limit)
    .map(({ orgId: _o, ...p }) => p);
}
