import "server-only";
// The registry filtered on what members carry: sex, a group (女职工, 农民工,
// 快递员 …) and joining dates. Its conditions in SQL, and a county's exact
// total from member_county_tally (migration member_county_tally), which the
// writes keep in their own transaction.
import { Prisma, sqlRows } from "../db/client";
import { MEMBER_STATUS_ALL, type MemberStatusFilter } from "./labels";
import type { MemberListQuery } from "./schema";

const { sql, join, empty } = Prisma;

export type CarriedFilters = Pick<MemberListQuery, "sex" | "group" | "joinedFrom" | "joinedTo">;

export const hasCarriedFilters = (f: CarriedFilters) => !!(f.sex || f.group || f.joinedFrom || f.joinedTo);

/**
 * The filters as conditions on `member m`. In a county's slice of the index of
 * migration member_county_filters (`inCountySlice`) the group is read from the
 * slice's own entries: written as `@>`, a rare group (快递员, 1 % of members)
 * drew the planner to the province's GIN index instead, 34,000 table pages
 * read, 626 ms at 20 M. `= ANY` is the same test, which that index cannot serve.
 */
export function carriedConditions(f: CarriedFilters, inCountySlice: boolean): Prisma.Sql[] {
  const conds: Prisma.Sql[] = [];
  if (f.group) conds.push(inCountySlice ? sql`${f.group}::"MemberGroup" = ANY(m.groups)` : sql`m.groups @> ARRAY[${f.group}]::"MemberGroup"[]`);
  if (f.sex) conds.push(sql`m.sex = ${f.sex}::"Sex"`);
  if (f.joinedFrom) conds.push(sql`m.joined_on >= ${f.joinedFrom}::date`);
  if (f.joinedTo) conds.push(sql`m.joined_on <= ${f.joinedTo}::date`);
  return conds;
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : null);

/**
 * The members of the county `county` of `status` (or every status) carrying
 * `f`, exactly and in the snapshot of the reading: the years strictly between
 * the joining dates summed from member_county_tally (every year when no date
 * is given), and the members of the first and the last year counted from the
 * county's slice of the index, a year of a county being 1/25 of it. At 20 M a
 * county's female migrant workers took 20 ms counted from the index alone.
 */
export async function countCarried(county: number, status: MemberStatusFilter, f: CarriedFilters): Promise<number> {
  const st = status === MEMBER_STATUS_ALL ? null : status;
  const [from, to] = [yearOf(f.joinedFrom), yearOf(f.joinedTo)];
  const tallied = sql`(SELECT coalesce(sum(t.n), 0) FROM member_county_tally t
      WHERE t.county_id = ${county} AND t.grp = ${f.group ?? ""}
        ${st ? sql`AND t.status = ${st}::"MemberStatus"` : empty} ${f.sex ? sql`AND t.sex = ${f.sex}::"Sex"` : empty}
        ${from !== null ? sql`AND t.joined_year > ${from}::int` : empty} ${to !== null ? sql`AND t.joined_year < ${to}::int` : empty})`;
  const conds = [...(st ? [sql`m.status = ${st}::"MemberStatus"`] : []), ...carriedConditions(f, true)];
  const matching = conds.length ? join(conds, " AND ") : sql`true`;
  const edges = [...new Set([from, to].filter((y) => y !== null))].map(
    (y) => sql`(SELECT count(*) FROM member m WHERE m.county_id = ${county} AND ${matching}
        AND m.joined_on >= make_date(${y}::int, 1, 1) AND m.joined_on < make_date(${y}::int + 1, 1, 1))`,
  );
  const [{ n }] = await sqlRows<{ n: string }>(sql`SELECT (${join([tallied, ...edges], " + ")})::bigint AS n`);
  return Number(n);
}
