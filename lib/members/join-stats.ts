import "server-only";
// 网上入会 on the dashboard: how long applications wait for a decision, as the
// median per child organisation (for a county: per town) and for the whole
// subtree. A median does not add up across organisations, so it is computed
// live from the applications rather than kept in the additive rollup; decided
// applications of a period are few (hundreds, not millions).
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { findOrgInScope } from "../orgs/queries";

export type JoinHandlingRow = { orgId: number | null; name: string; decided: number; accepted: number; medianHours: number | null };

type Raw = { org_id: number | null; name: string; decided: number; accepted: number; median_s: number | null };

const hours = (s: number | null) => (s == null ? null : Math.round((s / 3600) * 10) / 10);

/** Applications decided from `from` to `to` (China dates, inclusive): the subtree's total first, then each child's. */
export async function joinHandling(actor: Actor, orgId: number, from: string, to: string): Promise<JoinHandlingRow[]> {
  const org = await findOrgInScope(actor, orgId);
  const rows = await db.$queryRaw<Raw[]>`
    WITH decided AS (
      SELECT a.status, o.ancestor_ids, extract(epoch FROM a.decided_at - a.submitted_at)::float8 AS s
      FROM member_application a
      JOIN organisation o ON o.id = a.org_id
      WHERE o.ancestor_ids @> ARRAY[${org.id}::int] AND a.status IN ('ACCEPTED', 'DECLINED')
        AND a.decided_at >= (${from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
        AND a.decided_at < (${to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
    )
    SELECT NULL::int AS org_id, '合计' AS name, count(*)::int AS decided, count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS median_s
    FROM decided
    UNION ALL
    SELECT * FROM (
      SELECT c.id, c.name, count(d.s)::int, (count(*) FILTER (WHERE d.status = 'ACCEPTED'))::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY d.s)
      FROM organisation c
      JOIN decided d ON d.ancestor_ids @> ARRAY[c.id]
      WHERE c.parent_id = ${org.id}
      GROUP BY c.id, c.name
      ORDER BY 5 DESC, c.name
    ) AS per_child`;
  return rows.map((r) => ({ orgId: r.org_id, name: r.name, decided: r.decided, accepted: r.accepted, medianHours: hours(r.median_s) }));
}
