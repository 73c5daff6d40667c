import "server-only";
// Proposes model workers, craftsmen and studio teams for an order: the honour
// holders and studio leads/members within the caller's reach and the
// enterprise's city. Reach is the caller's subtree, so a county proposes its
// own people only and a city (which sees both sides) proposes across counties.
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { inSubtree } from "../records/scoped-list";
import { findOrderInScope } from "./queries";
import { rankCandidates, type CandidateFacts } from "./ranking";
import type { Candidate } from "./schema";

/** Individual honours that make a member a 劳模/工匠 for this programme. */
const HELPER_TITLES = ["MODEL_WORKER", "MAY_DAY_MEDAL", "CRAFTSMAN", "TECH_PACESETTER", "WOMEN_PACESETTER"];
const LIMIT = 20;

type PersonRow = {
  id: string;
  name: string;
  org_name: string;
  path: number[];
  honours: string[] | null;
  texts: string[] | null;
  kinds: string[] | null;
  is_lead: boolean;
};
type StudioRow = { id: string; name: string; org_name: string; path: number[]; kind: string; texts: string[] | null };
type LoadRow = { key: string; open: number; served: number; same: number };

export async function proposeCandidates(actor: Actor, orderId: string): Promise<Candidate[]> {
  const order = await findOrderInScope(actor, orderId);
  const area = await db.organisation.findUniqueOrThrow({ where: { id: order.enterprise.areaOrgId }, select: { ancestorIds: true } });
  // Within the caller's subtree and the enterprise's city (nearest is at most "same city").
  const reach = [actor.orgId, ...(area.ancestorIds.length > 1 ? [area.ancestorIds[1]] : [])];
  const reachArr = Prisma.sql`ARRAY[${Prisma.join(reach)}]::int[]`;
  const live = Prisma.sql`s.deleted_at IS NULL AND s.status <> 'REVOKED'`;

  const [people, studios] = await Promise.all([
    db.$queryRaw<PersonRow[]>`
      WITH helpers AS (
        SELECT h.member_id AS id FROM honour h
        WHERE h.deleted_at IS NULL AND h.status = 'AWARDED' AND h.member_id IS NOT NULL AND h.title::text IN (${Prisma.join(HELPER_TITLES)})
        UNION SELECT s.lead_member_id FROM studio s WHERE ${live}
        UNION SELECT sm.member_id FROM studio_member sm JOIN studio s ON s.id = sm.studio_id WHERE ${live}
      )
      SELECT m.id::text, m.name, o.name AS org_name, o.ancestor_ids AS path,
        (SELECT array_agg(DISTINCT h.title_text) FROM honour h WHERE h.member_id = m.id AND h.deleted_at IS NULL AND h.status = 'AWARDED') AS honours,
        (SELECT array_agg(t) FROM (
          SELECT s.name || ' ' || coalesce(s.description, '') AS t FROM studio s
          WHERE ${live} AND (s.lead_member_id = m.id OR EXISTS (SELECT 1 FROM studio_member sm WHERE sm.studio_id = s.id AND sm.member_id = m.id))
          UNION ALL
          SELECT a.title FROM studio_achievement a JOIN studio s ON s.id = a.studio_id
          WHERE a.deleted_at IS NULL AND ${live} AND (s.lead_member_id = m.id OR EXISTS (SELECT 1 FROM studio_member sm WHERE sm.studio_id = s.id AND sm.member_id = m.id))
        ) x) AS texts,
        (SELECT array_agg(DISTINCT s.kind::text) FROM studio s
          WHERE ${live} AND (s.lead_member_id = m.id OR EXISTS (SELECT 1 FROM studio_member sm WHERE sm.studio_id = s.id AND sm.member_id = m.id))) AS kinds,
        EXISTS (SELECT 1 FROM studio s WHERE ${live} AND s.lead_member_id = m.id) AS is_lead
      FROM helpers JOIN member m ON m.id = helpers.id JOIN organisation o ON o.id = m.org_id
      WHERE m.status = 'ACTIVE' AND o.ancestor_ids @> ${reachArr}`,
    db.$queryRaw<StudioRow[]>`
      SELECT s.id::text, s.name, o.name AS org_name, o.ancestor_ids AS path, s.kind::text,
        array_prepend(s.name || ' ' || coalesce(s.description, ''),
          coalesce((SELECT array_agg(a.title) FROM studio_achievement a WHERE a.studio_id = s.id AND a.deleted_at IS NULL), '{}')) AS texts
      FROM studio s JOIN organisation o ON o.id = s.org_id
      WHERE ${live} AND s.scope_ids @> ${reachArr}`,
  ]);

  const loads = await db.$queryRaw<LoadRow[]>`
    SELECT coalesce(assignee_member_id, assignee_studio_id)::text AS key,
      count(*) FILTER (WHERE status = 'DISPATCHED')::int AS open,
      count(*) FILTER (WHERE status = 'CLOSED')::int AS served,
      count(*) FILTER (WHERE status = 'CLOSED' AND trade = ${order.trade}::"AssistTrade")::int AS same
    FROM assist_order WHERE coalesce(assignee_member_id, assignee_studio_id) IS NOT NULL
    GROUP BY 1`;
  const load = new Map(loads.map((l) => [l.key, l]));
  const withLoad = (id: string) => ({ openOrders: load.get(id)?.open ?? 0, servedOrders: load.get(id)?.served ?? 0, servedSameTrade: load.get(id)?.same ?? 0 });

  const facts: CandidateFacts[] = [
    ...people.map((p) => ({
      kind: "MEMBER" as const,
      id: p.id,
      name: p.name,
      orgName: p.org_name,
      path: p.path,
      texts: p.texts ?? [],
      studioKinds: p.kinds ?? [],
      honours: p.honours ?? [],
      isLead: p.is_lead,
      ...withLoad(p.id),
    })),
    ...studios.map((s) => ({
      kind: "STUDIO" as const,
      id: s.id,
      name: s.name,
      orgName: s.org_name,
      path: s.path,
      texts: s.texts ?? [],
      studioKinds: [s.kind],
      honours: [],
      isLead: false,
      ...withLoad(s.id),
    })),
  ];
  const areaPath = area.ancestorIds;
  return rankCandidates(facts, { trade: order.trade, preferredStudioKind: order.preferredStudioKind, path: areaPath })
    .slice(0, LIMIT)
    .map((c) => ({ kind: c.kind, id: c.id, name: c.name, orgName: c.orgName, distance: c.distance, fit: c.fit, reasons: c.reasons, openOrders: c.openOrders, servedOrders: c.servedOrders }));
}

/** A dispatch target must be one the caller could be proposed: a helper within reach. */
export async function isHelperInReach(actor: Actor, target: { memberId?: string; studioId?: string }) {
  if (target.studioId) {
    const n = await db.studio.count({ where: { id: target.studioId, deletedAt: null, status: { not: "REVOKED" }, ...inSubtree(actor.orgId) } });
    return n > 0;
  }
  const m = await db.member.findFirst({
    where: {
      id: target.memberId,
      status: "ACTIVE",
      org: { ancestorIds: { has: actor.orgId } },
      OR: [
        { honours: { some: { deletedAt: null, status: "AWARDED", title: { in: HELPER_TITLES as never } } } },
        { studiosLed: { some: { deletedAt: null, status: { not: "REVOKED" } } } },
        { studioMemberships: { some: { studio: { deletedAt: null, status: { not: "REVOKED" } } } } },
      ],
    },
    select: { id: true },
  });
  return m !== null;
}
