// The member registry's list, search and export queries, in SQL written for the
// indexes in prisma/schema/members.prisma. At a province's 2,000,000 members the
// query Prisma builds for a relation filter (`org: { ancestorIds: { has } }`)
// joins the organisation table twice and the planner falls back to a full scan
// (~250 ms). Here the scope is a semi-join on the subtree's org ids, the page is
// found in an index before any row is read, and the total is counted only when
// the page does not already tell it, and only so far (COUNT_CAP). README, Speed.
import "server-only";
import { preparedRows, Prisma, sqlRows } from "../db/client";
import type { Actor } from "../auth/actor";
import { isStaffLike, seesOwnRecordsOnly } from "../auth/actor";
import { decryptIdNumber, hashIdNumber } from "../crypto/pii";
import { guardIdSearch } from "./id-lookup";
import { findOrgInScope, homeOrg } from "../orgs/queries";
import { parseIdNumber } from "./id-number";
import type { z } from "../validation/zod";
import type { MemberDto, MemberListItem, MemberListQuery, MemberPageSchema, MemberSort } from "./schema";
import { maskPhone } from "./phone";
import { escapeLike } from "../db/like";
import { MEMBER_STATUS_ALL, memberStatusShown } from "./labels";
import { tallyMembers } from "./tally";
import { carriedConditions, countCarried, hasCarriedFilters } from "./carried";
import { ROLLUP_MAX_DEPTH, todaysCounts } from "../dashboard/facts";
import { COUNTY_DEPTH, isWide } from "../orgs/labels";
import { MemberStatus, Sex } from "../db/generated/enums";

export type MemberFilters = Omit<MemberListQuery, "sort" | "page" | "pageSize">;

/**
 * Totals are counted only so far: a search that matches more than 10,000
 * people is no longer a search, and a province's or a city's registry is
 * "100,000+" (the dashboard has its exact size). A county's registry, 100,000
 * members and more, is counted exactly: a few milliseconds per 100,000.
 */
export const COUNT_CAP = { search: 10_000, wide: 100_000 } as const;

const { sql, join, empty, raw } = Prisma;

/** The members in the subtree of `orgId`: a semi-join on the GIN-indexed path. */
const inSubtree = (orgId: number) => sql`m.org_id IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[${orgId}]::int[])`;

/** The members of the county `orgId` lies in (at or below COUNTY_DEPTH). */
const inCounty = (orgId: number) => sql`m.county_id = (SELECT ancestor_ids[${COUNTY_DEPTH + 1}] FROM organisation WHERE id = ${orgId})`;

async function rootCount(): Promise<number> {
  const [{ n }] = await preparedRows<{ n: number }>("org_root_count", `SELECT count(*)::int AS n FROM organisation WHERE parent_id IS NULL`, []);
  return n;
}

/**
 * The search box takes a name, a phone number or an ID number. An ID number is
 * matched through its keyed hash (exact only: the plaintext is never stored);
 * digits are a phone prefix; anything else a name prefix. LIKE prefixes use the
 * btree indexes because the database collation is C (scripts/lib/embedded-db.ts).
 */
type SearchKind = "idNumber" | "phone" | "name";
export function searchKind(q: string): SearchKind {
  if (/^(\d{15}|\d{17}[\dXx])$/.test(q)) return "idNumber";
  if (/^\d{3,11}$/.test(q)) return "phone";
  return "name";
}

const likePrefix = (q: string) => `${escapeLike(q)}%`;

function searchSql(q: string): Prisma.Sql {
  switch (searchKind(q)) {
    case "idNumber": {
      const id = parseIdNumber(q);
      return id.ok ? sql`m.id_hash = ${hashIdNumber(id.value.idNumber)}` : sql`false`;
    }
    case "phone":
      return sql`m.phone LIKE ${likePrefix(q)}`;
    case "name":
      return sql`m.name LIKE ${likePrefix(q)}`;
  }
}

/** The registry as it opens: no search and no filter beyond the scope and a status. */
const asOpened = (f: MemberFilters) => !f.q && !hasCarriedFilters(f);

/**
 * The WHERE clause for an actor and filters. The actor's scope is always in it:
 * a member sees their own record; staff the subtree of their organisation, or
 * of a requested organisation once findOrgInScope has confirmed it lies inside
 * (a subtree of a node in scope is itself in scope).
 */
async function whereSql(actor: Actor, f: MemberFilters & { ids?: string[] }): Promise<{ where: Prisma.Sql; wide: boolean; depth: number; county: number | null }> {
  const rootRow = f.orgId ? await findOrgInScope(actor, f.orgId) : await homeOrg(actor);
  const depth = rootRow?.depth ?? actor.orgDepth;
  // The materialised path holds every ancestor, the root first: the county is the one at COUNTY_DEPTH.
  const county = rootRow && depth >= COUNTY_DEPTH ? rootRow.ancestorIds[COUNTY_DEPTH] : null;
  const conds: Prisma.Sql[] = [];
  if (seesOwnRecordsOnly(actor)) conds.push(actor.memberId ? sql`m.id = ${actor.memberId}::uuid` : sql`false`);
  const root = f.orgId ?? actor.orgId;
  // Below a city a name or phone search, and a list filtered on what members
  // carry (sex, group, joining date), read their county's slice of an index
  // (migrations member_county_id, member_county_phone, member_county_filters):
  // for the county itself that slice is the subtree.
  const inCountySlice = ((!!f.q && searchKind(f.q) !== "idNumber") || hasCarriedFilters(f)) && !isWide(depth);
  if (inCountySlice) conds.push(inCounty(root));
  const subtreeIsCounty = inCountySlice && depth === COUNTY_DEPTH;
  // The subtree of the only root is every member: checking 29,000 unions per
  // search would cost more than the search.
  const subtreeIsAll = depth === 0 && (await rootCount()) === 1;
  if (!subtreeIsCounty && !subtreeIsAll) conds.push(inSubtree(root));
  if (f.q) {
    if (searchKind(f.q) === "idNumber") await guardIdSearch(actor);
    conds.push(searchSql(f.q));
  }
  // Selected rows, and a member's own record, whatever their status; a list otherwise shows the counted members unless told otherwise.
  const status = f.ids || seesOwnRecordsOnly(actor) ? (f.status ?? MEMBER_STATUS_ALL) : memberStatusShown(f.status);
  if (status !== MEMBER_STATUS_ALL) conds.push(sql`m.status = ${status}::"MemberStatus"`);
  conds.push(...carriedConditions(f, inCountySlice));
  if (f.ids) conds.push(sql`m.id = ANY(${f.ids}::uuid[])`);
  return { where: conds.length ? join(conds, " AND ") : sql`true`, wide: isStaffLike(actor) && isWide(depth), depth, county };
}

const SORT_COLUMNS: Record<MemberSort, [column: string, direction: "ASC" | "DESC"]> = {
  name: ["name", "ASC"],
  "-name": ["name", "DESC"],
  joinedOn: ["joined_on", "ASC"],
  "-joinedOn": ["joined_on", "DESC"],
  "-createdAt": ["created_at", "DESC"],
};

/**
 * ORDER BY for a sort; ties break on id in the same direction, so the order
 * is an index read forwards or backwards. Given such an index and a LIMIT, the
 * planner likes to walk it and filter, betting on meeting a page of matches
 * early. Across a province or a city (`walk`) that bet pays; within a county,
 * 1% of the rows, a filter makes it read most of the table (650 ms for a phone
 * prefix at bench scale). There the sort key is written as an expression no
 * index provides (`|| ''`, `+ 0`), so the planner gathers the scope's rows from
 * the org_id indexes and sorts only those.
 */
function orderSql(sort: MemberSort, walk: boolean): Prisma.Sql {
  const [column, direction] = SORT_COLUMNS[sort];
  const key = walk ? `m.${column}` : column === "name" ? `(m.name || '')` : `(m.${column} + ${column === "joined_on" ? "0" : "interval '0'"})`;
  return raw(`${key} ${direction}, m.id ${direction}`);
}

/**
 * Without an explicit order, a name search lists by name: exact matches first
 * (a string sorts before its extensions), and the name index delivers the rows
 * already in that order. Everything else lists newest members first.
 */
export function effectiveSort(q: Pick<MemberListQuery, "q" | "sort">): MemberSort {
  if (q.sort) return q.sort;
  if (q.q && searchKind(q.q) === "name") return "name";
  return "-joinedOn";
}

type MemberListRow = {
  id: string;
  name: string;
  idMasked: string;
  birthYear: number;
  sex: MemberDto["sex"];
  phone: string;
  orgId: number;
  orgName: string;
  joinedOn: string;
  status: MemberDto["status"];
  groups: MemberDto["groups"] | null;
  cardNo: string | null;
  leftOn: string | null;
  leftReason: string | null;
  retainedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * The rows of a page: `picked` selects only their ids, so that choosing them
 * reads the covering indexes alone; the 20 rows are read afterwards, with
 * their union's name. Never the ID number's hash, and its cipher only for the
 * import-format export. Read through sqlRows: dates come as text, YYYY-MM-DD.
 */
const selectRows = (picked: Prisma.Sql, order: Prisma.Sql, withCipher = false, withHits = false) => sql`
  SELECT m.id, m.name, ${withHits ? sql`p.hits::int AS hits,` : empty} m.id_masked AS "idMasked", extract(year FROM m.birth_date)::int AS "birthYear", m.sex::text AS sex, m.phone,
         ${withCipher ? sql`m.id_cipher AS "idCipher", o.credit_code AS "orgCreditCode",` : empty}
         m.org_id AS "orgId", o.name AS "orgName", m.joined_on::text AS "joinedOn", m.status::text AS status,
         m.groups::text[] AS groups, m.card_no AS "cardNo", m.left_on::text AS "leftOn", m.left_reason AS "leftReason",
         m.retained_on::text AS "retainedOn", m.created_at AS "createdAt", m.updated_at AS "updatedAt"
  FROM (${picked}) p JOIN member m ON m.id = p.id JOIN organisation o ON o.id = m.org_id
  ORDER BY ${order}`;

function toDto({ phone, ...r }: MemberListRow): MemberListItem {
  return {
    ...r,
    phoneMasked: maskPhone(phone),
    groups: r.groups ?? [],
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type MemberPage = z.infer<typeof MemberPageSchema>;

/**
 * A page whose statement also counts the matches (`hits`, in every row): its
 * rows, and the count, unknown when a page past the first is empty.
 */
async function pageWithHits(picked: Prisma.Sql, sort: MemberSort, offset: number): Promise<{ data: MemberListItem[]; hits: number | undefined }> {
  const found = await sqlRows<MemberListRow & { hits: number }>(selectRows(picked, orderSql(sort, true), false, true));
  return { data: found.map(({ hits: _, ...r }) => toDto(r)), hits: found[0]?.hits ?? (offset === 0 ? 0 : undefined) };
}

/** A total counted only as far as `cap`: one more means "cap+". */
const cappedAt = (n: number, cap: number) => (n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false });

/**
 * A county's own registry as it opens: the members of one status or of all,
 * by joining date, by name or newest entries first, nothing else filtered. The
 * county's slices of three indexes hold them in those orders (migrations
 * member_county_id: county, name, id, status; member_county_filters: county,
 * status, sex, joining date; member_county_created: county, created_at, id,
 * status), so the page is read from there rather than by walking the
 * province's order or gathering the county: by joining date one ordered
 * reading per status and sex, merged. 0.4 ms of the database against 4–6 for
 * the walk at 2 M. The statement picking the page's ids; `also` keeps only some
 * unions' entries (townPage), or the members carrying a county's filters in
 * joining order (their slice is then one sex's when the filter says so), or is
 * `empty` for the county itself.
 */
function slicesPage(county: number, also: Prisma.Sql, q: MemberListQuery, sort: MemberSort, offset: number): Prisma.Sql {
  const shown = memberStatusShown(q.status);
  const [column] = SORT_COLUMNS[sort];
  const order = orderSql(sort, true);
  if (column === "name" || column === "created_at") {
    const status = shown === MEMBER_STATUS_ALL ? empty : sql`AND m.status = ${shown}::"MemberStatus"`;
    return sql`SELECT m.id FROM member m WHERE m.county_id = ${county} ${status} ${also} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${offset}`;
  }
  const statuses = shown === MEMBER_STATUS_ALL ? Object.values(MemberStatus) : [shown];
  const slices = statuses.flatMap((status) =>
    (q.sex ? [q.sex] : Object.values(Sex)).map(
      (sex) => sql`(SELECT m.id, m.joined_on FROM member m
                    WHERE m.county_id = ${county} AND m.status = ${status}::"MemberStatus" AND m.sex = ${sex}::"Sex" ${also} ORDER BY ${order} LIMIT ${offset + q.pageSize})`,
    ),
  );
  return sql`SELECT m.id FROM (${join(slices, " UNION ALL ")}) m ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${offset}`;
}

/**
 * A town's (or any organisation's below a county) registry as it opens, read
 *  from its county's slices as the county's own is read (slicesPage), keeping the
 * entries of the town's unions: the indexes hold each entry's union, so the
 * reading stays in the index. It reads about (offset + page) × C / n entries
 * per slice (n members in the town, C in its county), where gathering the town
 * costs ~0.6 µs per member; so only while that is at most n, from the
 * rollup's counts (any age will do to choose a plan). At 20 M a town of 17,351
 * members in a county of 185,051: its first page by joining date 0.45 ms of the
 * database against 14.7 gathered, page 50 by name 8.8 ms. Should the town's
 * members sit far down the order, the reading is still bounded by its county's
 * slice, where the walk it replaces could run through the province's.
 * Null to gather, or for any other list.
 */
async function townPage(root: number, county: number, q: MemberListQuery, sort: MemberSort, offset: number): Promise<Prisma.Sql | null> {
  const counts = await todaysCounts([root, county], ["members"]);
  const n = counts?.get(root, "members") ?? 0;
  const inCounty = counts?.get(county, "members") ?? 0;
  if (!n || !inCounty || (offset + q.pageSize) * inCounty > n * n) return null;
  const unions = await preparedRows<{ id: number }>("org_subtree_ids", `SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[$1::int]`, [root]);
  // `+ 0`: on org_id itself the planner took the (org_id, status) index and sorted the town (53 ms at 20 M).
  return slicesPage(county, sql`AND (m.org_id + 0) = ANY(${unions.map((u) => u.id)}::int[])`, q, sort, offset);
}

/**
 * Whether organisation `c` is one of a province's or a city's counties: a
 * child of the root or of its children, found by parent_id's index
 * (`ancestor_ids @>` the province's id would read every organisation, 28 ms at 20 M).
 */
function isCountyOf(root: number, depth: number): Prisma.Sql {
  const parents = depth === COUNTY_DEPTH - 1 ? sql`ARRAY[${root}]::int[]` : sql`ARRAY(SELECT id FROM organisation WHERE parent_id = ${root})`;
  return sql`c.parent_id = ANY(${parents}) AND c.depth = ${COUNTY_DEPTH}`;
}

/**
 * A province's or a city's registry as it opens, newest entries first: one
 * backward reading of each county's slice of (county_id, created_at, id,
 * status) as far as the page's end, and one of the members of unions above a
 * county (county_id null, within the scope), merged: 2.7 ms of the database
 * for the province at 20 M. Without it the page sorted the whole registry:
 * 4.6–7 s. Null for any other sort.
 */
function newestAcrossCounties(root: number, depth: number, q: MemberListQuery, where: Prisma.Sql, sort: MemberSort, offset: number): Prisma.Sql | null {
  if (SORT_COLUMNS[sort][0] !== "created_at") return null;
  const shown = memberStatusShown(q.status);
  const status = shown === MEMBER_STATUS_ALL ? empty : sql`AND m.status = ${shown}::"MemberStatus"`;
  const order = orderSql(sort, true);
  const upTo = offset + q.pageSize;
  return sql`SELECT m.id FROM (
      SELECT s.id, s.created_at FROM organisation c CROSS JOIN LATERAL (
        SELECT m.id, m.created_at FROM member m WHERE m.county_id = c.id ${status} ORDER BY ${order} LIMIT ${upTo}
      ) s WHERE ${isCountyOf(root, depth)}
      UNION ALL
      (SELECT m.id, m.created_at FROM member m WHERE m.county_id IS NULL AND ${where} ORDER BY ${order} LIMIT ${upTo})
    ) m ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${offset}`;
}

/**
 * The most member_county_tally rows `surelyOverCap` adds up: a county's members of one status
 * are ~55 rows (a sex and a year each), so ~9 counties, 1.7 million members at 20 M and
 * ~170,000 at 2 M.
 */
const OVER_CAP_ROWS = 500;

/**
 * Whether a province's or a city's registry as it opens (no filter but a
 * status) certainly holds more than `cap`: when the members of its first
 * counties alone pass it, as member_county_tally counts them (kept by the
 * writes in the writing transaction, so as fresh as the page). A partial sum
 * of counts is a lower bound. Then the page says "100,000+" without counting
 * 100,001 index entries (8.6 ms of the database at 20 M). Its 500 rows cost
 * 0.4 ms at 20 M, where 2,500 rows of member_tally (one per organisation and
 * status, ~one county's) cost 3.5: the page, read after it, waited for them.
 */
async function surelyOverCap(q: MemberListQuery, root: number, depth: number, cap: number): Promise<boolean> {
  if (!asOpened(q)) return false;
  const shown = memberStatusShown(q.status);
  const status = shown === MEMBER_STATUS_ALL ? empty : sql`AND t.status = ${shown}::"MemberStatus"`;
  const [{ n }] = await sqlRows<{ n: string }>(sql`SELECT coalesce(sum(t.n), 0)::bigint AS n FROM (
      SELECT t.n FROM member_county_tally t
      WHERE t.county_id = ANY(ARRAY(SELECT c.id FROM organisation c WHERE ${isCountyOf(root, depth)})) AND t.grp = '' ${status}
      LIMIT ${OVER_CAP_ROWS}) t`);
  return Number(n) > cap;
}

export async function listMembers(actor: Actor, q: MemberListQuery): Promise<MemberPage> {
  const { where, wide, depth, county } = await whereSql(actor, q);
  const sort = effectiveSort(q);
  const offset = (q.page - 1) * q.pageSize;
  const pick = (picked: Prisma.Sql) => sqlRows<MemberListRow>(selectRows(picked, orderSql(sort, true)));
  const cap = q.q ? COUNT_CAP.search : wide ? COUNT_CAP.wide : null;
  // Filtered on nothing but the scope (checked above) and a status, the exact count is the
  // tally's: read beside the page rather than after it (a county's from its ~50 rows of
  // member_county_tally, lib/members/tally.ts). A page that turns out not full needs no
  // count, and this one goes unused.
  const root = q.orgId ?? actor.orgId;
  // So is a county's filtered on what members carry, the tally's of migration member_county_tally.
  const carriedInOrder = isStaffLike(actor) && !q.q && hasCarriedFilters(q) && depth === COUNTY_DEPTH && SORT_COLUMNS[sort][0] === "joined_on";
  const tallied = carriedInOrder
    ? countCarried(root, memberStatusShown(q.status), q)
    : cap === null && isStaffLike(actor) && !hasCarriedFilters(q)
      ? tallyMembers([root], memberStatusShown(q.status)).then((t) => t.get(root) ?? 0)
      : null;
  tallied?.catch(() => undefined); // awaited below, or not needed: never an unhandled rejection
  // The registry as it opens is read in order from the county slices of its indexes, and so is a
  // county's filtered on what members carry in joining order; a search is not, nor any other filtered list.
  const inCountyOrder = carriedInOrder
    ? slicesPage(root, sql`AND ${join(carriedConditions(q, true), " AND ")}`, q, sort, offset)
    : !isStaffLike(actor) || !asOpened(q)
    ? null
    : depth === COUNTY_DEPTH
      ? slicesPage(root, empty, q, sort, offset)
      : wide
        ? newestAcrossCounties(root, depth, q, where, sort, offset)
        : county !== null && depth <= ROLLUP_MAX_DEPTH
          ? await townPage(root, county, q, sort, offset)
          : null;
  // Whether a wide list is over its cap, read beside its page: the page as any list's (below)
  // is read at the same time, for when it is (a province's, as it opens).
  const overCapRead = wide ? surelyOverCap(q, root, depth, cap!) : null;
  const plainPage = sql`SELECT m.id FROM member m WHERE ${where} ORDER BY ${orderSql(sort, wide)} LIMIT ${q.pageSize} OFFSET ${offset}`;
  const plainBeside = overCapRead && !inCountyOrder && asOpened(q) ? pick(plainPage) : null;
  for (const read of [overCapRead, plainBeside]) read?.catch(() => undefined); // awaited below, or not needed: never an unhandled rejection
  let rows: MemberListRow[] | null = inCountyOrder ? await pick(inCountyOrder) : null;
  let hits: number | undefined;
  if (rows === null && (q.q || hasCarriedFilters(q)) && !wide) {
    // Below a city a search, or a list filtered on what members carry (but a county's in joining order, above), gathers every match of
    // the scope before it sorts (from its county's slice of an index): one reading gives the
    // page and the count, exact for a list, up to the cap for a search.
    // Past the cap that reading stopped early and its page may be wrong: the page is then found as any other.
    const [column] = SORT_COLUMNS[sort];
    const found = await pageWithHits(
      sql`SELECT m.id, count(*) OVER () AS hits FROM (SELECT m.id, ${raw(`m.${column}`)} FROM member m WHERE ${where} ${cap === null ? empty : sql`LIMIT ${cap + 1}`}) m
          ORDER BY ${orderSql(sort, false)} LIMIT ${q.pageSize} OFFSET ${offset}`,
      sort,
      offset,
    );
    hits = found.hits;
    if (hits !== undefined && (cap === null || hits <= cap)) return { data: found.data, page: q.page, pageSize: q.pageSize, sort, total: hits, totalCapped: false };
  }
  // Over the cap for certain: the page is read below like any other, and not counted.
  const overCap = overCapRead !== null && (await overCapRead);
  if (rows === null && wide && !overCap) {
    // Across a province or a city the page walks the sort's index; its total, counted
    // only so far, rides in the same statement (an InitPlan, run once).
    const found = await pageWithHits(
      sql`SELECT m.id, (SELECT count(*) FROM (SELECT 1 FROM member m WHERE ${where} LIMIT ${cap! + 1}) t) AS hits
          FROM member m WHERE ${where} ORDER BY ${orderSql(sort, true)} LIMIT ${q.pageSize} OFFSET ${offset}`,
      sort,
      offset,
    );
    if (found.hits !== undefined) return { data: found.data, page: q.page, pageSize: q.pageSize, sort, ...cappedAt(found.hits, cap!) };
    rows = []; // an empty page past the first: counted below
  }
  rows ??= await (plainBeside ?? pick(plainPage));
  const page = { data: rows.map(toDto), page: q.page, pageSize: q.pageSize, sort };
  if (overCap) return { ...page, total: cap!, totalCapped: true };
  if (hits !== undefined) return { ...page, ...cappedAt(hits, cap!) };
  // A page that is not full is the last one: the total follows without counting.
  if (rows.length > 0 && rows.length < q.pageSize) return { ...page, total: offset + rows.length, totalCapped: false };
  if (tallied) return { ...page, total: await tallied, totalCapped: false };
  const [{ n }] = await sqlRows<{ n: number }>(
    cap === null
      ? sql`SELECT count(*)::int AS n FROM member m WHERE ${where}`
      : sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM member m WHERE ${where} LIMIT ${cap + 1}) t`,
  );
  return cap !== null ? { ...page, ...cappedAt(n, cap) } : { ...page, total: n, totalCapped: false };
}

export type MemberExportRow = MemberListItem & { phone: string; orgCreditCode: string | null; idNumber: string | null };

/**
 * Every member matching the filters, in keyset pages of 2,000 (by id), for the
 * streaming export. `withIdNumbers` (the import format, for staff, audited by
 * the caller) decrypts each full number; otherwise `idNumber` is null.
 */
export async function* exportMembers(actor: Actor, f: MemberFilters & { ids?: string[] }, withIdNumbers = false): AsyncGenerator<MemberExportRow[]> {
  const { where } = await whereSql(actor, f);
  let after: string | null = null;
  for (;;) {
    type Row = MemberListRow & { orgCreditCode?: string | null; idCipher?: Uint8Array };
    const rows: Row[] = await sqlRows<Row>(
      selectRows(
        sql`SELECT m.id FROM member m WHERE ${where} ${after ? sql`AND m.id > ${after}::uuid` : empty} ORDER BY m.id LIMIT 2000`,
        sql`m.id`,
        withIdNumbers,
      ),
    );
    if (rows.length === 0) return;
    yield rows.map(({ idCipher, orgCreditCode, ...r }) => ({ ...toDto(r), phone: r.phone, orgCreditCode: orgCreditCode ?? null, idNumber: idCipher ? decryptIdNumber(idCipher) : null }));
    after = rows[rows.length - 1].id;
  }
}
