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
import { addMonths, toDateOnly, todayCST } from "../dates";
import { todaysCounts } from "../dashboard/facts";
import { findOrgInScope } from "../orgs/queries";
import { registryEstimate, tallyMembers } from "./tally";
import type { LapsedListQuery, LapsedMemberDto } from "./schema";

export const LAPSE_MONTHS = 6;
/**
 * Counting stops here ("1,000+"): a work list's count says how much is left, not a
 * statistic. Each member counted costs four index probes; past ~2,000 the planner
 * hashes the whole province's recent competition entries instead, and counting a
 * county of 185,650 members (20 M) to 10,000 took 0.5–0.75 s, to 1,000 20 ms.
 */
export const LAPSED_COUNT_CAP = 1_000;

const { sql, raw } = Prisma;

/** The subtree's active members who joined before the cutoff: what the registry's indexes tell alone. */
function candidateWhere(root: number, cutoff: Date, alias: "m." | "") {
  return sql`${raw(alias)}org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[${root}]::int[])
    AND ${raw(alias)}status = 'ACTIVE' AND ${raw(alias)}joined_on < ${cutoff}`;
}

/**
 * The candidates gathered from the subtree's unions' index alone, as `member m`
 * (and `cand`, sorted when `sorted`), before any member row is read: OFFSET 0
 * keeps them a subquery of their own, which the planner would otherwise merge
 * into a walk of the whole registry (`gathersPage`). Counting to 1,000 this way
 * took 60–150 ms for a county, a town or a city of the 20 M province, against
 * 130–400 ms.
 */
function gathered(root: number, cutoff: Date, sorted: boolean) {
  return sql`(SELECT id, joined_on FROM member WHERE ${candidateWhere(root, cutoff, "")}
      ${sorted ? sql`ORDER BY joined_on, id` : Prisma.empty} OFFSET 0) cand
    JOIN member m ON m.id = cand.id`;
}

/** The rest of the rule: no activity on or after `cutoff` (a date), read from the member's row and records. */
function lapsedRule(cutoff: Date) {
  return sql`(m.reviewed_on IS NULL OR m.reviewed_on < ${cutoff})
    AND NOT EXISTS (SELECT 1 FROM member_transfer t WHERE t.member_id = m.id AND t.transferred_on >= ${cutoff})
    AND NOT EXISTS (SELECT 1 FROM training_enrolment e JOIN training_session s ON s.id = e.session_id WHERE e.member_id = m.id AND s.starts_on >= ${cutoff})
    AND NOT EXISTS (SELECT 1 FROM competition_entry c JOIN competition k ON k.id = c.competition_id WHERE c.member_id = m.id AND k.starts_on >= ${cutoff})
    AND NOT EXISTS (SELECT 1 FROM "grant" g WHERE g.member_id = m.id AND g.created_at >= ${cutoff})`;
}

/** The review's subtree (the caller's own, or one below it: else 404) and its cutoff day. */
async function lapsedScope(actor: Actor, orgId: number | undefined) {
  assertStaffLike(actor);
  const root = orgId ?? actor.orgId;
  if (root !== actor.orgId) await findOrgInScope(actor, root);
  const cutoffDay = addMonths(todayCST(), -LAPSE_MONTHS);
  return { root, cutoff: new Date(`${cutoffDay}T00:00:00Z`), cutoffDay };
}

/** The members due for review, counted up to `cap` and one more (which says the cap was passed). */
async function countUpTo(root: number, cutoff: Date, cap: number): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM ${gathered(root, cutoff, false)} WHERE ${lapsedRule(cutoff)} LIMIT ${cap + 1}) x`;
  return n;
}

/** How many members of the subtree are due for review, counted up to `cap` (the desk's). */
export async function countLapsedMembers(actor: Actor, orgId: number, cap: number): Promise<{ count: number; capped: boolean }> {
  const { root, cutoff } = await lapsedScope(actor, orgId);
  const n = await countUpTo(root, cutoff, cap);
  return { count: Math.min(n, cap), capped: n > cap };
}

/**
 * Whether a page ending at row `end` is gathered rather than walked. The
 * planner walks the registry's joining-day index in order, reading each
 * entry's member row and organisation, until the page is full: about
 * end × total ÷ n entries for a subtree of n active members in a registry of
 * `total`, ~60 µs each warm and far more cold. Gathering reads the subtree's n
 * candidates from its unions' index alone (~0.9 µs each) and sorts them. For a
 * county of the 20 M province (185,650 members) the first page walks in
 * 40–50 ms; its second walked 4,122 entries in 0.3–0.7 s and page 50 108,000 in
 * 2.5 s (43 s cold), where gathering takes 0.15–0.3 s for any page.
 */
export function gathersPage(end: number, n: number, total: number): boolean {
  return end * total * 60 >= n * n;
}

/**
 * About how many members the subtree has, for `gathersPage`: the dashboard's
 * figure down to a town (a minute old; the tally's sum over a province's
 * 208,000 unions took 0.6 s), else the tally's, which is small below a town.
 */
async function subtreeSize(root: number): Promise<number> {
  const rollup = (await todaysCounts([root], ["members"]))?.get(root, "members");
  return rollup || ((await tallyMembers([root], "ACTIVE")).get(root) ?? 0);
}

/** The page's rows, walked or gathered (`gathersPage`), in joining order. */
async function lapsedPage(root: number, cutoff: Date, q: LapsedListQuery) {
  const offset = (q.page - 1) * q.pageSize;
  const [n, total] = await Promise.all([subtreeSize(root), registryEstimate()]);
  const [from, cond, order] = gathersPage(offset + q.pageSize, n, total)
    ? [gathered(root, cutoff, true), lapsedRule(cutoff), sql`cand.joined_on, cand.id`]
    : [sql`member m`, sql`${candidateWhere(root, cutoff, "m.")} AND ${lapsedRule(cutoff)}`, sql`m.joined_on, m.id`];
  // The last activity only for the page's rows (the select list runs after LIMIT).
  return db.$queryRaw<{ id: string; name: string; idMasked: string; orgId: number; orgName: string; joinedOn: Date; last: Date }[]>`
    SELECT m.id, m.name, m.id_masked AS "idMasked", m.org_id AS "orgId", o.name AS "orgName", m.joined_on AS "joinedOn",
      greatest(m.joined_on, m.reviewed_on,
        (SELECT max(t.transferred_on) FROM member_transfer t WHERE t.member_id = m.id),
        (SELECT max(s.starts_on) FROM training_enrolment e JOIN training_session s ON s.id = e.session_id WHERE e.member_id = m.id),
        (SELECT max(k.starts_on) FROM competition_entry c JOIN competition k ON k.id = c.competition_id WHERE c.member_id = m.id),
        (SELECT max((g.created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM "grant" g WHERE g.member_id = m.id)) AS last
    FROM ${from} JOIN organisation o ON o.id = m.org_id
    WHERE ${cond}
    ORDER BY ${order}
    LIMIT ${q.pageSize} OFFSET ${offset}`;
}

export async function listLapsedMembers(actor: Actor, q: LapsedListQuery) {
  const { root, cutoff, cutoffDay } = await lapsedScope(actor, q.orgId);
  const [n, rows] = await Promise.all([countUpTo(root, cutoff, LAPSED_COUNT_CAP), lapsedPage(root, cutoff, q)]);
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
