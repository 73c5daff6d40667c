import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { findOrgInScope } from "../orgs/queries";
import { moneyText } from "./ledger";
import { fundTotals } from "./funds";
import { cstYear } from "../dates";
import type { SummaryQuery } from "./schema";

type Row = { amount: string; n: number; households: number };

/**
 * 统计: what was disbursed in a year within a subtree — by aid kind, by the
 * organisations directly below the scope root (towns, for a county), and by
 * month — with budget against spending per fund. Set-based SQL, one pass each.
 * Person-times count grants; households count distinct hardship files (or
 * members without one). The scope is the grant's own scope_ids (its
 * organisation's ancestor_ids, indexed on the grant): through the organisation,
 * a 20 M county's page joined the province's grants to theirs.
 */
export async function getSummary(actor: Actor, q: SummaryQuery, now = new Date()) {
  assertStaffLike(actor);
  const root = await findOrgInScope(actor, q.orgId ?? actor.orgId);
  const year = q.year ?? cstYear(now);
  const child = root.depth + 2; // ancestor_ids is 1-based: the root sits at depth + 1

  const [totals, byKind, byUnit, byMonth, byStatus, funds] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT COALESCE(SUM(g.amount), 0)::text AS amount, count(*)::int AS n,
             count(DISTINCT COALESCE(g.file_id::text, g.member_id::text))::int AS households
      FROM "grant" g
      WHERE g.scope_ids @> ARRAY[${root.id}::int] AND g.year = ${year} AND g.status = 'DISBURSED'`,
    db.$queryRaw<(Row & { kind: string })[]>`
      SELECT g.kind::text AS kind, SUM(g.amount)::text AS amount, count(*)::int AS n,
             count(DISTINCT COALESCE(g.file_id::text, g.member_id::text))::int AS households
      FROM "grant" g
      WHERE g.scope_ids @> ARRAY[${root.id}::int] AND g.year = ${year} AND g.status = 'DISBURSED'
      GROUP BY g.kind ORDER BY SUM(g.amount) DESC`,
    db.$queryRaw<(Row & { unit_id: number | null; unit_name: string | null })[]>`
      SELECT u.id AS unit_id, u.name AS unit_name, x.amount::text AS amount, x.n, x.households
      FROM (
        SELECT o.ancestor_ids[${child}::int] AS unit_id, SUM(g.amount) AS amount, count(*)::int AS n,
               count(DISTINCT COALESCE(g.file_id::text, g.member_id::text))::int AS households
        FROM "grant" g JOIN organisation o ON o.id = g.org_id
        WHERE g.scope_ids @> ARRAY[${root.id}::int] AND g.year = ${year} AND g.status = 'DISBURSED'
        GROUP BY 1
      ) x LEFT JOIN organisation u ON u.id = x.unit_id
      ORDER BY x.amount DESC`,
    db.$queryRaw<(Row & { month: string })[]>`
      SELECT to_char(g.disbursed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, SUM(g.amount)::text AS amount, count(*)::int AS n,
             count(DISTINCT COALESCE(g.file_id::text, g.member_id::text))::int AS households
      FROM "grant" g
      WHERE g.scope_ids @> ARRAY[${root.id}::int] AND g.year = ${year} AND g.status = 'DISBURSED'
      GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ status: string; n: number; amount: string }[]>`
      SELECT g.status::text AS status, count(*)::int AS n, SUM(g.amount)::text AS amount
      FROM "grant" g
      WHERE g.scope_ids @> ARRAY[${root.id}::int] AND g.year = ${year}
      GROUP BY 1`,
    db.$queryRaw<{ id: string; name: string; org_name: string; source: string; budget: string }[]>`
      SELECT f.id, f.name, o.name AS org_name, f.source::text AS source, f.budget::text AS budget
      FROM fund f JOIN organisation o ON o.id = f.org_id
      WHERE o.ancestor_ids @> ARRAY[${root.id}::int] AND f.year = ${year}
      ORDER BY o.depth, o.name, f.source`,
  ]);
  const fundSums = await fundTotals(funds.map((f) => f.id));
  const row = (r: Row) => ({ amount: moneyText(r.amount), personTimes: r.n, households: r.households });
  return {
    year,
    orgId: root.id,
    orgName: root.name,
    totals: row(totals[0]),
    byKind: byKind.map((r) => ({ kind: r.kind, ...row(r) })),
    byUnit: byUnit.map((r) => ({ orgId: r.unit_id, orgName: r.unit_name ?? root.name, ...row(r) })),
    byMonth: byMonth.map((r) => ({ month: r.month, ...row(r) })),
    byStatus: byStatus.map((r) => ({ status: r.status, count: r.n, amount: moneyText(r.amount) })),
    funds: funds.map((f) => {
      const t = fundSums.get(f.id);
      return {
        fundId: f.id,
        name: f.name,
        orgName: f.org_name,
        source: f.source,
        budget: moneyText(f.budget),
        allocated: t?.allocated ?? "0.00",
        spent: t?.disbursed ?? "0.00",
        balance: t?.balance ?? "0.00",
      };
    }),
  };
}
export type Summary = Awaited<ReturnType<typeof getSummary>>;
