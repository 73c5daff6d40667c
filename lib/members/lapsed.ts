// The lapsed-member review list (会籍复核). The membership rules treat a member
// who takes no part in the union for six months without reason as having
// left; unions review such cases rather than drop them silently
// (../shared/DOMAIN.md). Union activity, as far as the registry records it:
// joining, a transfer, a training or a competition taken part in (by its start
// day), an assistance application, and the last review that kept the member.
// Dues are not kept here. The list only proposes: staff keep a member or
// confirm leaving (reviewLapsedMember in ./mutations.ts), one by one.
import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { notFound } from "../errors";
import { addMonths, toDateOnly, todayCST } from "../dates";
import { isOrgVisible } from "../orgs/queries";
import type { LapsedListQuery, LapsedMemberDto } from "./schema";

export const LAPSE_MONTHS = 6;
/**
 * Counting stops here ("1,000+"): a work list's count says how much is left, not a
 * statistic. Each member counted costs four index probes; past ~2,000 the planner
 * hashes the whole province's recent competition entries instead, and counting a
 * county of 185,650 members (20 M) to 10,000 took 0.5–0.75 s, to 1,000 20 ms.
 */
export const LAPSED_COUNT_CAP = 1_000;

const { sql } = Prisma;

/** Members with no activity on or after `cutoff` (a date). */
function lapsedWhere(root: number, cutoff: Date) {
  return sql`
    m.org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[${root}]::int[])
    AND m.status = 'ACTIVE' AND m.joined_on < ${cutoff}
    AND (m.reviewed_on IS NULL OR m.reviewed_on < ${cutoff})
    AND NOT EXISTS (SELECT 1 FROM member_transfer t WHERE t.member_id = m.id AND t.transferred_on >= ${cutoff})
    AND NOT EXISTS (SELECT 1 FROM training_enrolment e JOIN training_session s ON s.id = e.session_id WHERE e.member_id = m.id AND s.starts_on >= ${cutoff})
    AND NOT EXISTS (SELECT 1 FROM competition_entry c JOIN competition k ON k.id = c.competition_id WHERE c.member_id = m.id AND k.starts_on >= ${cutoff})
    AND NOT EXISTS (SELECT 1 FROM "grant" g WHERE g.member_id = m.id AND g.created_at >= ${cutoff})`;
}

/** The review's subtree (the caller's own, or one below it: else 404) and its cutoff day. */
async function lapsedScope(actor: Actor, orgId: number | undefined) {
  assertStaffLike(actor);
  const root = orgId ?? actor.orgId;
  if (root !== actor.orgId) {
    const o = await db.organisation.findUnique({ where: { id: root }, select: { ancestorIds: true } });
    if (!o || !isOrgVisible(actor, o.ancestorIds)) throw notFound("组织");
  }
  const cutoffDay = addMonths(todayCST(), -LAPSE_MONTHS);
  return { where: lapsedWhere(root, new Date(`${cutoffDay}T00:00:00Z`)), cutoffDay };
}

/** The members due for review, counted up to `cap` and one more (which says the cap was passed). */
async function countUpTo(where: Prisma.Sql, cap: number): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM member m WHERE ${where} LIMIT ${cap + 1}) x`;
  return n;
}

/** How many members of the subtree are due for review, counted up to `cap` (the desk's). */
export async function countLapsedMembers(actor: Actor, orgId: number, cap: number): Promise<{ count: number; capped: boolean }> {
  const { where } = await lapsedScope(actor, orgId);
  const n = await countUpTo(where, cap);
  return { count: Math.min(n, cap), capped: n > cap };
}

export async function listLapsedMembers(actor: Actor, q: LapsedListQuery) {
  const { where, cutoffDay } = await lapsedScope(actor, q.orgId);
  // The last activity only for the page's rows (the select list runs after LIMIT).
  const [n, rows] = await Promise.all([
    countUpTo(where, LAPSED_COUNT_CAP),
    db.$queryRaw<{ id: string; name: string; idMasked: string; orgId: number; orgName: string; joinedOn: Date; last: Date }[]>`
    SELECT m.id, m.name, m.id_masked AS "idMasked", m.org_id AS "orgId", o.name AS "orgName", m.joined_on AS "joinedOn",
      greatest(m.joined_on, m.reviewed_on,
        (SELECT max(t.transferred_on) FROM member_transfer t WHERE t.member_id = m.id),
        (SELECT max(s.starts_on) FROM training_enrolment e JOIN training_session s ON s.id = e.session_id WHERE e.member_id = m.id),
        (SELECT max(k.starts_on) FROM competition_entry c JOIN competition k ON k.id = c.competition_id WHERE c.member_id = m.id),
        (SELECT max((g.created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM "grant" g WHERE g.member_id = m.id)) AS last
    FROM member m JOIN organisation o ON o.id = m.org_id
    WHERE ${where}
    ORDER BY m.joined_on, m.id
    LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  ]);
  const data: LapsedMemberDto[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    idMasked: r.idMasked,
    orgId: r.orgId,
    orgName: r.orgName,
    joinedOn: toDateOnly(r.joinedOn)!,
    lastActivityOn: toDateOnly(r.last)!,
  }));
  return { data, total: Math.min(n, LAPSED_COUNT_CAP), totalCapped: n > LAPSED_COUNT_CAP, page: q.page, pageSize: q.pageSize, cutoff: cutoffDay };
}
