import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { notFound } from "../errors";
import { fromDateOnly, toDateOnly } from "../dates";
import { assertUuid, dateRange, decimalOrNull, moneyOut } from "../records/scope";
import { CAPPED, cappedAggregate, cappedTotal, inSubtree, pageAsOpened } from "../records/scoped-list";
import { findOrgInScope } from "../orgs/queries";
import type { ActivityDetail, ActivityDto, ActivityFilters, ActivityListQuery, ActivityTypeDto } from "./schema";
import { containsText } from "../db/like";

export const ACTIVITY_SELECT = {
  id: true,
  orgId: true,
  typeId: true,
  heldOn: true,
  place: true,
  participants: true,
  amountSpent: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true } },
  type: { select: { name: true } },
  _count: { select: { attachments: { where: { deletedAt: null } } } },
} satisfies Prisma.ActivityRecordSelect;
type ActivityRow = Prisma.ActivityRecordGetPayload<{ select: typeof ACTIVITY_SELECT }>;

function toActivityDto(r: ActivityRow): ActivityDto {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.org.name,
    typeId: r.typeId,
    typeName: r.type.name,
    heldOn: toDateOnly(r.heldOn)!,
    place: r.place,
    participants: r.participants,
    amountSpent: moneyOut(r.amountSpent),
    description: r.description,
    attachmentCount: r._count.attachments,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Activity records are staff records: members have none (403). */
export function activityScopeWhere(actor: Actor): Prisma.ActivityRecordWhereInput {
  assertStaffLike(actor);
  return { deletedAt: null, ...inSubtree(actor.orgId) };
}

async function activityListWhere(actor: Actor, q: ActivityFilters): Promise<Prisma.ActivityRecordWhereInput> {
  assertStaffLike(actor);
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  return {
    AND: [
      { deletedAt: null },
      inSubtree(q.orgId ?? actor.orgId),
      q.q ? { OR: [{ place: containsText(q.q) }, { description: containsText(q.q) }] } : {},
      q.typeId ? { typeId: q.typeId } : {},
      q.heldFrom || q.heldTo ? { heldOn: dateRange(q.heldFrom, q.heldTo) } : {},
    ],
  };
}

const ORDER: Record<ActivityListQuery["sort"], Prisma.ActivityRecordOrderByWithRelationInput[]> = {
  "-heldOn": [{ heldOn: "desc" }, { id: "asc" }],
  heldOn: [{ heldOn: "asc" }, { id: "asc" }],
  "-participants": [{ participants: "desc" }, { id: "asc" }],
  "-amountSpent": [{ amountSpent: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

/** The columns of ORDER's fields, for the page read through pg. */
const ORDER_COLUMNS = { heldOn: "t.held_on", participants: "t.participants", amountSpent: "t.amount_spent", createdAt: "t.created_at", id: "t.id" };

type OpenedActivity = Omit<ActivityRow, "heldOn" | "amountSpent" | "org" | "type" | "_count"> & {
  heldOn: string;
  amountSpent: string | null;
  orgName: string;
  typeName: string;
  attachments: number;
};

/** A page of activity records: as the list opens through pg (`pageAsOpened`), else through Prisma; the same rows either way. */
async function activityPage(where: Prisma.ActivityRecordWhereInput, sort: ActivityListQuery["sort"], skip: number, take: number): Promise<ActivityRow[]> {
  return pageAsOpened<OpenedActivity, ActivityRow>(
    where,
    {
      table: "activity_record",
      select: Prisma.sql`t.id, t.org_id AS "orgId", t.type_id AS "typeId", t.held_on::text AS "heldOn", t.place, t.participants,
        t.amount_spent::text AS "amountSpent", t.description, t.created_at AS "createdAt", t.updated_at AS "updatedAt",
        o.name AS "orgName", y.name AS "typeName",
        (SELECT count(*)::int FROM activity_attachment a WHERE a.record_id = t.id AND a.deleted_at IS NULL) AS attachments`,
      join: Prisma.sql`JOIN organisation o ON o.id = t.org_id JOIN activity_type y ON y.id = t.type_id`,
      order: ORDER[sort],
      columns: ORDER_COLUMNS,
      skip,
      take,
    },
    ({ heldOn, amountSpent, orgName, typeName, attachments, ...r }) => ({
      ...r,
      heldOn: fromDateOnly(heldOn),
      amountSpent: decimalOrNull(amountSpent),
      org: { name: orgName },
      type: { name: typeName },
      _count: { attachments },
    }),
    () => db.activityRecord.findMany({ where, select: ACTIVITY_SELECT, orderBy: ORDER[sort], skip, take }),
  );
}

export async function listActivities(actor: Actor, q: ActivityListQuery) {
  const where = await activityListWhere(actor, q);
  const [rows, sums] = await Promise.all([
    activityPage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize),
    cappedAggregate(where, { table: "activity_record", sum: { participants: "participants", amountSpent: "amount_spent" } }, () =>
      db.activityRecord.aggregate({ where, ...CAPPED, _count: { _all: true }, _sum: { participants: true, amountSpent: true } }),
    ),
  ]);
  const count = cappedTotal(sums._count._all);
  return {
    data: rows.map(toActivityDto),
    ...count,
    page: q.page,
    pageSize: q.pageSize,
    totals: count.totalCapped ? null : { count: count.total, participants: sums._sum.participants ?? 0, amountTotal: moneyOut(sums._sum.amountSpent) ?? "0.00" },
  };
}

export async function findActivityInScope(actor: Actor, id: string): Promise<ActivityRow> {
  assertUuid(id, "活动记录");
  const row = await db.activityRecord.findFirst({ where: { AND: [{ id }, activityScopeWhere(actor)] }, select: ACTIVITY_SELECT });
  if (!row) throw notFound("活动记录");
  return row;
}

export async function getActivity(actor: Actor, id: string): Promise<ActivityDetail> {
  const r = await findActivityInScope(actor, id);
  const attachments = await db.activityAttachment.findMany({
    where: { recordId: id, deletedAt: null },
    select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { ...toActivityDto(r), attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })) };
}

export async function exportActivities(actor: Actor, q: ActivityFilters): Promise<AsyncGenerator<ActivityDto[]>> {
  const where = await activityListWhere(actor, q);
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: ActivityRow[] = await db.activityRecord.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select: ACTIVITY_SELECT,
        orderBy: { id: "asc" },
        take: 2000,
      });
      if (rows.length === 0) return;
      yield rows.map(toActivityDto);
      after = rows[rows.length - 1].id;
    }
  })();
}

/** The configurable type list; record counts are those within the caller's scope. */
export async function listActivityTypes(actor: Actor, includeInactive = false): Promise<ActivityTypeDto[]> {
  const scope = activityScopeWhere(actor);
  const [types, counts] = await Promise.all([
    db.activityType.findMany({ where: includeInactive ? {} : { active: true }, orderBy: [{ sort: "asc" }, { id: "asc" }] }),
    db.activityRecord.groupBy({ by: ["typeId"], where: scope, _count: { _all: true } }),
  ]);
  const byType = new Map(counts.map((c) => [c.typeId, c._count._all]));
  return types.map((t) => ({ id: t.id, code: t.code, name: t.name, active: t.active, sort: t.sort, recordCount: byType.get(t.id) ?? 0 }));
}
