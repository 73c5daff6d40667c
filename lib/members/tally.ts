import "server-only";
import { Prisma, sqlRows } from "../db/client";
import { MEMBER_STATUS_ALL, type MemberStatusFilter } from "./labels";

// A subtree's exact member count from `member_tally` (members per organisation
// and status, changed by statement triggers on `member` in the writing
// transaction: migration member_tally). It is the count of the members a
// query of the same snapshot would find, read from one row per organisation
// and status instead of one index entry per member: a county of 185,650 at 20
// million members, 74–106 ms counted from `member`, is ~2,100 rows and 3 ms.
// A county itself is read from `member_county_tally`, kept by the same writes:
// its ~50 rows for every group, 0.5 ms (migration member_tally_sum_county).

/** Members of `status` (or every status) in the subtree of each root. */
export async function tallyMembers(rootIds: number[], status: MemberStatusFilter): Promise<Map<number, number>> {
  if (rootIds.length === 0) return new Map();
  const st = status === MEMBER_STATUS_ALL ? null : status;
  const rows = await sqlRows<{ root: number; n: string }>(Prisma.sql`SELECT root, n FROM member_tally_sum(${rootIds}::int[], ${st}::"MemberStatus")`);
  return new Map(rows.map((r) => [r.root, Number(r.n)]));
}

/**
 * The registry's size as the planner estimates it (pg_class.reltuples): what a
 * list weighs a subtree against to choose between walking the registry's order
 * and gathering the subtree (`gathersPage` in ./lapsed.ts).
 */
export async function registryEstimate(): Promise<number> {
  const [{ total }] = await sqlRows<{ total: number }>(Prisma.sql`SELECT reltuples::float8 AS total FROM pg_class WHERE oid = 'member'::regclass`);
  return total;
}
