import "server-only";
import { db, plannedRows, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { notFound } from "../errors";
import { containsText } from "../db/like";
import { fromDateOnly, fromDateOnlyOrNull, toDateOnly } from "../dates";
import { assertUuid, dateRange, decimalOrNull, moneyOut } from "../records/scope";
import { CAPPED, cappedTotal, inSubtree, pageAsOpened, subtreeBelowTop, TOTALS_CAP } from "../records/scoped-list";
import { findOrgInScope } from "../orgs/queries";
import { ASSIST_STATUS_LABELS, ASSIST_TRADE_LABELS } from "./labels";
import type { AssistListQuery, AssistOrderDetail, AssistOrderDto, AssistVisitListQuery, TimelineItem, VisitRow } from "./schema";

export const ORDER_SELECT = {
  id: true,
  orgId: true,
  enterpriseId: true,
  trade: true,
  field: true,
  title: true,
  description: true,
  urgency: true,
  preferredStudioKind: true,
  contactName: true,
  contactPhone: true,
  requestedOn: true,
  status: true,
  dispatchedOn: true,
  dispatchNote: true,
  problemsSolved: true,
  workersTrained: true,
  benefit: true,
  rating: true,
  outcomeNote: true,
  closedOn: true,
  cancelReason: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true } },
  enterprise: { select: { name: true, areaOrgId: true } },
  assigneeMember: { select: { id: true, name: true, org: { select: { name: true } } } },
  assigneeStudio: { select: { id: true, name: true, org: { select: { name: true } } } },
} satisfies Prisma.AssistOrderSelect;
export type OrderRow = Prisma.AssistOrderGetPayload<{ select: typeof ORDER_SELECT }>;

/** What a list's row shows of an order (the detail adds the rest). */
type OrderListRow = Pick<
  OrderRow,
  | "id" | "orgId" | "org" | "enterpriseId" | "enterprise" | "trade" | "field" | "title" | "urgency" | "status" | "requestedOn"
  | "assigneeMember" | "assigneeStudio" | "problemsSolved" | "workersTrained" | "benefit" | "rating" | "closedOn"
>;

function toOrderDto(r: OrderListRow, visitCount: number): AssistOrderDto {
  const assignee = r.assigneeMember
    ? { kind: "MEMBER" as const, id: r.assigneeMember.id, name: r.assigneeMember.name, orgName: r.assigneeMember.org.name }
    : r.assigneeStudio
      ? { kind: "STUDIO" as const, id: r.assigneeStudio.id, name: r.assigneeStudio.name, orgName: r.assigneeStudio.org.name }
      : null;
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.org.name,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    trade: r.trade,
    field: r.field,
    title: r.title,
    urgency: r.urgency,
    status: r.status,
    requestedOn: toDateOnly(r.requestedOn)!,
    assignee,
    visitCount,
    problemsSolved: r.problemsSolved,
    workersTrained: r.workersTrained,
    benefit: moneyOut(r.benefit),
    rating: r.rating,
    closedOn: toDateOnly(r.closedOn),
  };
}

/** Orders are staff records, scoped by the union that handles them: members have none (403). */
export function orderScopeWhere(actor: Actor): Prisma.AssistOrderWhereInput {
  assertStaffLike(actor);
  return inSubtree(actor.orgId);
}

async function listWhere(actor: Actor, q: Omit<AssistListQuery, "sort" | "page" | "pageSize">): Promise<Prisma.AssistOrderWhereInput> {
  assertStaffLike(actor);
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  return {
    AND: [
      inSubtree(q.orgId ?? actor.orgId),
      q.q ? { OR: [{ title: containsText(q.q) }, { field: containsText(q.q) }, { enterprise: { name: containsText(q.q) } }] } : {},
      q.status ? { status: q.status } : {},
      q.trade ? { trade: q.trade } : {},
      q.requestedFrom || q.requestedTo ? { requestedOn: dateRange(q.requestedFrom, q.requestedTo) } : {},
      q.closedFrom || q.closedTo ? { closedOn: dateRange(q.closedFrom, q.closedTo) } : {},
    ],
  };
}

const ORDER_BY: Record<AssistListQuery["sort"], Prisma.AssistOrderOrderByWithRelationInput[]> = {
  "-requestedOn": [{ requestedOn: "desc" }, { id: "asc" }],
  requestedOn: [{ requestedOn: "asc" }, { id: "asc" }],
  "-benefit": [{ benefit: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

/** How many orders a list's filters match, stopping past `take` (the desk on 首页). */
export async function countOrders(actor: Actor, q: AssistListQuery, take?: number): Promise<number> {
  return db.assistOrder.count({ where: await listWhere(actor, q), take });
}

type OrderTotals = { n: number; problemsSolved: number; workersTrained: number; benefit: string; visits: () => Promise<number> };

/** The list's totals through Prisma, over any filters; the visits only when asked (not past the cap). */
async function totalsOf(where: Prisma.AssistOrderWhereInput): Promise<OrderTotals> {
  const agg = await db.assistOrder.aggregate({ where, ...CAPPED, _count: { _all: true }, _sum: { problemsSolved: true, workersTrained: true, benefit: true } });
  return {
    n: agg._count._all,
    problemsSolved: agg._sum.problemsSolved ?? 0,
    workersTrained: agg._sum.workersTrained ?? 0,
    benefit: moneyOut(agg._sum.benefit) ?? "0.00",
    visits: () => db.assistVisit.count({ where: { order: where } }),
  };
}

// The same totals, visits included, for a subtree below the top in one
// statement: the list as first opened filters on nothing else. Through Prisma
// they were an aggregate and then a count of the visits through the relation,
// two rounds and ~2 ms of the app's CPU to compile; the top's orders pass the
// cap, and there Prisma's capped aggregate is the better plan.
const SUBTREE_TOTALS_SQL = `
  WITH o AS (SELECT id, problems_solved, workers_trained, benefit FROM assist_order WHERE scope_ids @> ARRAY[$1::int] LIMIT ${TOTALS_CAP + 1})
  SELECT count(*)::int AS n,
         coalesce(sum(problems_solved), 0)::int AS problems_solved,
         coalesce(sum(workers_trained), 0)::int AS workers_trained,
         coalesce(sum(benefit), 0)::numeric(16, 2)::text AS benefit,
         (SELECT count(*)::int FROM assist_visit v WHERE v.order_id IN (SELECT id FROM o)) AS visits
    FROM o`;

async function subtreeTotals(root: number): Promise<OrderTotals> {
  type Row = { n: number; problems_solved: number; workers_trained: number; benefit: string; visits: number };
  const [r] = await plannedRows<Row>(SUBTREE_TOTALS_SQL, [root]);
  return { n: r.n, problemsSolved: r.problems_solved, workersTrained: r.workers_trained, benefit: r.benefit, visits: async () => r.visits };
}

/** The columns of ORDER_BY's fields, for the page read through pg. */
const ORDER_COLUMNS = { requestedOn: "t.requested_on", benefit: "t.benefit", createdAt: "t.created_at", id: "t.id" };

type OpenedOrder = Omit<OrderListRow, "org" | "enterprise" | "requestedOn" | "closedOn" | "benefit" | "assigneeMember" | "assigneeStudio"> & {
  orgName: string;
  enterpriseName: string;
  enterpriseAreaOrgId: number;
  requestedOn: string;
  closedOn: string | null;
  benefit: string | null;
  memberId: string | null;
  memberName: string | null;
  memberOrgName: string | null;
  studioId: string | null;
  studioName: string | null;
  studioOrgName: string | null;
  visits: number;
};

/**
 * A page of orders with each one's visits: as the list opens through pg
 * (`pageAsOpened`, the visits counted in the same statement), else through
 * Prisma and a count of the page's visits; the same rows either way.
 */
async function orderPage(where: Prisma.AssistOrderWhereInput, sort: AssistListQuery["sort"], skip: number, take: number): Promise<{ row: OrderListRow; visits: number }[]> {
  return pageAsOpened<OpenedOrder, { row: OrderListRow; visits: number }>(
    where,
    {
      table: "assist_order",
      select: Prisma.sql`t.id, t.org_id AS "orgId", t.enterprise_id AS "enterpriseId", t.trade::text AS trade, t.field, t.title, t.urgency::text AS urgency,
        t.status::text AS status, t.requested_on::text AS "requestedOn", t.problems_solved AS "problemsSolved", t.workers_trained AS "workersTrained",
        t.benefit::text AS benefit, t.rating, t.closed_on::text AS "closedOn", o.name AS "orgName", e.name AS "enterpriseName", e.area_org_id AS "enterpriseAreaOrgId",
        t.assignee_member_id AS "memberId", t.assignee_studio_id AS "studioId",
        (SELECT m.name FROM member m WHERE m.id = t.assignee_member_id) AS "memberName",
        (SELECT mo.name FROM member m JOIN organisation mo ON mo.id = m.org_id WHERE m.id = t.assignee_member_id) AS "memberOrgName",
        (SELECT s.name FROM studio s WHERE s.id = t.assignee_studio_id) AS "studioName",
        (SELECT so.name FROM studio s JOIN organisation so ON so.id = s.org_id WHERE s.id = t.assignee_studio_id) AS "studioOrgName",
        (SELECT count(*)::int FROM assist_visit v WHERE v.order_id = t.id) AS visits`,
      join: Prisma.sql`JOIN organisation o ON o.id = t.org_id JOIN enterprise e ON e.id = t.enterprise_id`,
      order: ORDER_BY[sort],
      columns: ORDER_COLUMNS,
      skip,
      take,
    },
    ({ orgName, enterpriseName, enterpriseAreaOrgId, requestedOn, closedOn, benefit, visits, memberId, memberName, memberOrgName, studioId, studioName, studioOrgName, ...own }) => ({
      row: {
        ...own,
        org: { name: orgName },
        enterprise: { name: enterpriseName, areaOrgId: enterpriseAreaOrgId },
        requestedOn: fromDateOnly(requestedOn),
        closedOn: fromDateOnlyOrNull(closedOn),
        benefit: decimalOrNull(benefit),
        assigneeMember: memberId === null ? null : { id: memberId, name: memberName!, org: { name: memberOrgName! } },
        assigneeStudio: studioId === null ? null : { id: studioId, name: studioName!, org: { name: studioOrgName! } },
      },
      visits,
    }),
    async () => {
      const rows = await db.assistOrder.findMany({ where, select: ORDER_SELECT, orderBy: ORDER_BY[sort], skip, take });
      const perOrder = await visitCounts(rows.map((r) => r.id));
      return rows.map((row) => ({ row, visits: perOrder.get(row.id) ?? 0 }));
    },
  );
}

export async function listOrders(actor: Actor, q: AssistListQuery) {
  const where = await listWhere(actor, q);
  const subtree = await subtreeBelowTop(where);
  const [rows, t] = await Promise.all([orderPage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize), subtree ? subtreeTotals(subtree.root) : totalsOf(where)]);
  const count = cappedTotal(t.n);
  // Past the cap, as every list, the visits of every order are not counted either (a province's 13,000 orders at 20 million members).
  const visits = count.totalCapped ? null : await t.visits();
  const page = { data: rows.map((r) => toOrderDto(r.row, r.visits)), ...count, page: q.page, pageSize: q.pageSize };
  if (visits === null) return { ...page, totals: null };
  return {
    ...page,
    totals: { count: count.total, visits, problemsSolved: t.problemsSolved, workersTrained: t.workersTrained, benefit: t.benefit },
  };
}

/**
 * Each order's visits, for a page of orders. Not Prisma's relation `_count` in
 * the select, which grouped every visit of the province by order on each request.
 */
async function visitCounts(orderIds: string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const groups = await db.assistVisit.groupBy({ by: ["orderId"], where: { orderId: { in: orderIds } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.orderId, g._count._all]));
}

export async function findOrderInScope(actor: Actor, id: string): Promise<OrderRow> {
  assertUuid(id, "助企行工单");
  const row = await db.assistOrder.findFirst({ where: { AND: [{ id }, orderScopeWhere(actor)] }, select: ORDER_SELECT });
  if (!row) throw notFound("助企行工单");
  return row;
}

export async function getOrder(actor: Actor, id: string): Promise<AssistOrderDetail> {
  const r = await findOrderInScope(actor, id);
  const [visits, team] = await Promise.all([
    db.assistVisit.findMany({ where: { orderId: id }, orderBy: [{ visitedOn: "asc" }, { createdAt: "asc" }] }),
    orderTeam(r),
  ]);
  const dto = toOrderDto(r, visits.length);
  const timeline: TimelineItem[] = [{ date: dto.requestedOn, kind: "REQUESTED", text: `${dto.enterpriseName}下单：${r.title}（${ASSIST_TRADE_LABELS[r.trade]}）` }];
  if (r.dispatchedOn && dto.assignee) {
    timeline.push({ date: toDateOnly(r.dispatchedOn)!, kind: "DISPATCHED", text: `${r.org.name}派单给${dto.assignee.name}（${dto.assignee.orgName}）` });
  }
  for (const v of visits) timeline.push({ date: toDateOnly(v.visitedOn)!, kind: "VISIT", text: `${v.visitors}上门服务 ${v.hours.toString()} 小时${v.content ? `：${v.content}` : ""}` });
  if (r.status === "CLOSED" && r.closedOn) {
    timeline.push({
      date: toDateOnly(r.closedOn)!,
      kind: "CLOSED",
      text: `办结：解决问题 ${r.problemsSolved ?? 0} 个，培训职工 ${r.workersTrained ?? 0} 人，经济效益 ¥${moneyOut(r.benefit) ?? "0.00"}，企业评价 ${r.rating ?? "-"} 分`,
    });
  }
  if (r.status === "CANCELLED") timeline.push({ date: r.updatedAt.toISOString().slice(0, 10), kind: "CANCELLED", text: `${ASSIST_STATUS_LABELS.CANCELLED}：${r.cancelReason ?? ""}` });
  // A stable order: by date, then the order the steps happen in.
  const step = ["REQUESTED", "DISPATCHED", "VISIT", "CLOSED", "CANCELLED"];
  timeline.sort((a, b) => a.date.localeCompare(b.date) || step.indexOf(a.kind) - step.indexOf(b.kind));
  return {
    ...dto,
    description: r.description,
    preferredStudioKind: r.preferredStudioKind,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    dispatchedOn: toDateOnly(r.dispatchedOn),
    dispatchNote: r.dispatchNote,
    outcomeNote: r.outcomeNote,
    cancelReason: r.cancelReason,
    team,
    visits: visits.map((v) => ({ id: v.id, visitedOn: toDateOnly(v.visitedOn)!, visitors: v.visitors, memberIds: v.memberIds, hours: v.hours.toString(), content: v.content })),
    timeline,
  };
}

async function orderTeam(r: OrderRow) {
  if (r.assigneeMember) return [{ id: r.assigneeMember.id, name: r.assigneeMember.name }];
  if (!r.assigneeStudio) return [];
  const s = await db.studio.findUniqueOrThrow({
    where: { id: r.assigneeStudio.id },
    select: { lead: { select: { id: true, name: true } }, members: { select: { member: { select: { id: true, name: true } } }, orderBy: { joinedOn: "asc" } } },
  });
  const rest = s.members.map((m) => m.member).filter((m) => m.id !== s.lead.id);
  return [s.lead, ...rest];
}

/**
 * The visits behind the dashboard's 劳模工匠助企行 figure: visits recorded on
 * orders, and activity records of the 助企行 types entered before orders
 * existed (MODEL_VISIT_ACTIVITY_CODES), counted exactly as the dashboard does.
 */
export async function listVisits(actor: Actor, q: AssistVisitListQuery, activityCodes: readonly string[]) {
  assertStaffLike(actor);
  const root = q.orgId ?? actor.orgId;
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  const from = q.from ?? "1900-01-01";
  const to = q.to ?? "2999-12-31";
  const codes = Prisma.join(activityCodes.map((c) => Prisma.sql`${c}`));
  const union = Prisma.sql`
    SELECT 'ORDER' AS source, o.id::text AS id, v.visited_on AS date, org.name AS org_name, e.name || '：' || o.title AS title, v.visitors, v.id::text AS tiebreak
    FROM assist_visit v JOIN assist_order o ON o.id = v.order_id JOIN organisation org ON org.id = o.org_id JOIN enterprise e ON e.id = o.enterprise_id
    WHERE o.scope_ids @> ARRAY[${root}]::int[] AND v.visited_on BETWEEN ${from}::date AND ${to}::date
    UNION ALL
    SELECT 'ACTIVITY', a.id::text, a.held_on, org.name, coalesce(a.description, t.name), NULL, a.id::text
    FROM activity_record a JOIN activity_type t ON t.id = a.type_id JOIN organisation org ON org.id = a.org_id
    WHERE a.deleted_at IS NULL AND t.code IN (${codes}) AND a.scope_ids @> ARRAY[${root}]::int[] AND a.held_on BETWEEN ${from}::date AND ${to}::date`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ source: "ORDER" | "ACTIVITY"; id: string; date: Date; org_name: string; title: string; visitors: string | null }[]>`
      SELECT * FROM (${union}) u ORDER BY date DESC, tiebreak LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${union}) u`,
  ]);
  const data: VisitRow[] = rows.map((r) => ({ source: r.source, id: r.id, date: toDateOnly(r.date)!, orgName: r.org_name, title: r.title, visitors: r.visitors }));
  return { data, total: Number(count[0].n), page: q.page, pageSize: q.pageSize };
}

/** The orders a member served (assigned to them, or on a visit), for their own benefits timeline. */
export async function listServedOrders(memberId: string) {
  const rows = await db.assistOrder.findMany({
    where: { status: { not: "CANCELLED" }, OR: [{ assigneeMemberId: memberId }, { visits: { some: { memberIds: { has: memberId } } } }] },
    select: { id: true, title: true, status: true, requestedOn: true, closedOn: true, problemsSolved: true, workersTrained: true, enterprise: { select: { name: true } } },
  });
  return rows;
}
