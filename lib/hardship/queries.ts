import "server-only";
import { db, Prisma } from "../db/client";
import { CAPPED, cappedAggregate, cappedTotal, inSubtree, pageAsOpened } from "../records/scoped-list";
import type { Actor } from "../auth/actor";
import { seesOwnRecordsOnly } from "../auth/actor";
import { notFound } from "../errors";
import { fromDateOnly, fromDateOnlyOrNull, toDateOnly, todayCST } from "../dates";
import { findOrgInScope } from "../orgs/queries";
import { isReviewDue, yearBefore } from "./workflow";
import type { HardshipFileDto, HardshipListQuery, HardshipVisitDto } from "./schema";
import { startsWithText } from "../db/like";

export const FILE_SELECT = {
  id: true,
  orgId: true,
  memberId: true,
  category: true,
  cause: true,
  householdSize: true,
  householdIncome: true,
  status: true,
  statusReason: true,
  statusOn: true,
  lastVerifiedOn: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true } },
  member: { select: { name: true, idMasked: true } },
} satisfies Prisma.HardshipFileSelect;

type FileRow = Prisma.HardshipFileGetPayload<{ select: typeof FILE_SELECT }>;

/** The anniversary of the last verification: the day the annual re-check falls due. */
function nextReview(lastVerifiedOn: string | null): string | null {
  if (!lastVerifiedOn) return null;
  const [y, m, d] = lastVerifiedOn.split("-").map(Number);
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function toFileDto(f: FileRow, hasDetails: boolean, today = todayCST()): HardshipFileDto {
  const last = toDateOnly(f.lastVerifiedOn);
  return {
    id: f.id,
    orgId: f.orgId,
    orgName: f.org.name,
    memberId: f.memberId,
    memberName: f.member.name,
    memberIdMasked: f.member.idMasked,
    category: f.category,
    cause: f.cause,
    householdSize: f.householdSize,
    householdIncome: f.householdIncome.toFixed(2),
    status: f.status,
    statusReason: f.statusReason,
    statusOn: toDateOnly(f.statusOn),
    lastVerifiedOn: last,
    nextReviewOn: f.status === "IN_FILE" ? nextReview(last) : null,
    reviewDue: isReviewDue(f.status, last, today),
    hasDetails,
    version: f.version,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}

/** Files the actor may see: their subtree for staff, leaders and admins; a member's own files. */
export function fileScopeWhere(actor: Actor): Prisma.HardshipFileWhereInput {
  if (seesOwnRecordsOnly(actor)) return actor.memberId ? { memberId: actor.memberId } : { id: { in: [] } };
  return inSubtree(actor.orgId);
}

/** 复核到期: in file and not verified within twelve months. */
export function reviewDueWhere(today: string): Prisma.HardshipFileWhereInput {
  return { status: "IN_FILE", OR: [{ lastVerifiedOn: null }, { lastVerifiedOn: { lte: fromDateOnly(yearBefore(today)) } }] };
}

const ORDER: Record<HardshipListQuery["sort"], Prisma.HardshipFileOrderByWithRelationInput[]> = {
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
  lastVerifiedOn: [{ lastVerifiedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
  "-lastVerifiedOn": [{ lastVerifiedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  memberName: [{ member: { name: "asc" } }, { id: "asc" }],
};

type FileFilters = Omit<HardshipListQuery, "sort" | "page" | "pageSize">;

async function fileListWhere(actor: Actor, q: FileFilters, today: string): Promise<Prisma.HardshipFileWhereInput> {
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  const own = seesOwnRecordsOnly(actor);
  return {
    AND: [
      own ? fileScopeWhere(actor) : {},
      own && !q.orgId ? {} : inSubtree(q.orgId ?? actor.orgId),
      q.memberId ? { memberId: q.memberId } : {},
      q.q ? { member: { name: startsWithText(q.q) } } : {},
      q.status ? { status: q.status } : {},
      q.category ? { category: q.category } : {},
      q.cause ? { cause: q.cause } : {},
      q.reviewDue ? reviewDueWhere(today) : {},
    ],
  };
}

/** Which of these files carry an encrypted narrative (without reading the ciphertext itself). */
export async function withDetails(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.hardshipFile.findMany({ where: { id: { in: ids }, detailsCipher: { not: null } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** The columns of ORDER's fields, for the page read through pg. */
const ORDER_COLUMNS = { createdAt: "t.created_at", lastVerifiedOn: "t.last_verified_on", id: "t.id" };

type OpenedFile = Omit<FileRow, "householdIncome" | "statusOn" | "lastVerifiedOn" | "org" | "member"> & {
  householdIncome: string;
  statusOn: string | null;
  lastVerifiedOn: string | null;
  orgName: string;
  memberName: string;
  memberIdMasked: string;
  hasDetails: boolean;
};

/**
 * A page of files, each with whether it carries an encrypted narrative: as the
 * list opens through pg (`pageAsOpened`, that fact in the same statement),
 * else through Prisma and `withDetails`; the same rows either way.
 */
async function filePage(where: Prisma.HardshipFileWhereInput, sort: HardshipListQuery["sort"], skip: number, take: number): Promise<{ row: FileRow; hasDetails: boolean }[]> {
  const viaPrisma = async () => {
    const rows = await db.hardshipFile.findMany({ where, select: FILE_SELECT, orderBy: ORDER[sort], skip, take });
    const details = await withDetails(rows.map((r) => r.id));
    return rows.map((row) => ({ row, hasDetails: details.has(row.id) }));
  };
  // Ordered by a member's name, the order is not the file's own: left to Prisma.
  if (sort === "memberName") return viaPrisma();
  return pageAsOpened<OpenedFile, { row: FileRow; hasDetails: boolean }>(
    where,
    {
      table: "hardship_file",
      select: Prisma.sql`t.id, t.org_id AS "orgId", t.member_id AS "memberId", t.category::text AS category, t.cause::text AS cause,
        t.household_size AS "householdSize", t.household_income::text AS "householdIncome", t.status::text AS status,
        t.status_reason AS "statusReason", t.status_on::text AS "statusOn", t.last_verified_on::text AS "lastVerifiedOn", t.version,
        t.created_at AS "createdAt", t.updated_at AS "updatedAt", o.name AS "orgName", m.name AS "memberName", m.id_masked AS "memberIdMasked",
        t.details_cipher IS NOT NULL AS "hasDetails"`,
      join: Prisma.sql`JOIN organisation o ON o.id = t.org_id JOIN member m ON m.id = t.member_id`,
      order: ORDER[sort],
      columns: ORDER_COLUMNS,
      skip,
      take,
    },
    ({ householdIncome, statusOn, lastVerifiedOn, orgName, memberName, memberIdMasked, hasDetails, ...f }) => ({
      row: {
        ...f,
        householdIncome: new Prisma.Decimal(householdIncome),
        statusOn: fromDateOnlyOrNull(statusOn),
        lastVerifiedOn: fromDateOnlyOrNull(lastVerifiedOn),
        org: { name: orgName },
        member: { name: memberName, idMasked: memberIdMasked },
      },
      hasDetails,
    }),
    viaPrisma,
  );
}

export async function listHardshipFiles(actor: Actor, q: HardshipListQuery, today = todayCST()) {
  const where = await fileListWhere(actor, q, today);
  const [rows, counted] = await Promise.all([
    filePage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize),
    cappedAggregate(where, { table: "hardship_file" }, () => db.hardshipFile.aggregate({ where, ...CAPPED, _count: { _all: true } })),
  ]);
  const total = counted._count._all;
  return { data: rows.map((r) => toFileDto(r.row, r.hasDetails, today)), ...cappedTotal(total), page: q.page, pageSize: q.pageSize };
}

/** A file the actor may see, else 404 (existence does not leak across scopes). */
export async function findFileInScope(actor: Actor, id: string): Promise<FileRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("困难职工档案");
  const row = await db.hardshipFile.findFirst({ where: { AND: [{ id }, fileScopeWhere(actor)] }, select: FILE_SELECT });
  if (!row) throw notFound("困难职工档案");
  return row;
}

export async function getHardshipFile(actor: Actor, id: string, today = todayCST()) {
  const f = await findFileInScope(actor, id);
  const [details, visits, grants] = await Promise.all([
    withDetails([id]),
    db.hardshipVisit.findMany({
      where: { fileId: id },
      orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, visitedOn: true, visitors: true, conclusion: true, createdAt: true, findingsCipher: true },
    }),
    db.grant.findMany({
      where: { fileId: id },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
      select: { id: true, kind: true, amount: true, status: true, year: true },
    }),
  ]);
  return {
    ...toFileDto(f, details.has(id), today),
    visits: visits.map(
      (v): HardshipVisitDto => ({
        id: v.id,
        visitedOn: toDateOnly(v.visitedOn)!,
        visitors: v.visitors,
        conclusion: v.conclusion,
        hasFindings: v.findingsCipher !== null,
        createdAt: v.createdAt.toISOString(),
      }),
    ),
    grants: grants.map((g) => ({ id: g.id, kind: g.kind, amount: g.amount.toFixed(2), status: g.status, year: g.year })),
  };
}
export type HardshipFileDetail = Awaited<ReturnType<typeof getHardshipFile>>;

/**
 * Every file matching the filters, in keyset pages, for the streaming export
 * (narratives are never exported). Scope is checked when called, before the
 * caller audits or sends anything.
 */
export async function exportHardshipFiles(actor: Actor, q: FileFilters, today = todayCST()): Promise<AsyncGenerator<HardshipFileDto[]>> {
  const where = await fileListWhere(actor, q, today);
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: FileRow[] = await db.hardshipFile.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select: FILE_SELECT,
        orderBy: { id: "asc" },
        take: 2000,
      });
      if (rows.length === 0) return;
      const details = await withDetails(rows.map((r) => r.id));
      yield rows.map((r) => toFileDto(r, details.has(r.id), today));
      after = rows[rows.length - 1].id;
    }
  })();
}
