import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { AppError, conflict, invalid } from "../errors";
import { fromDateOnly, toDateOnly } from "../dates";
import { requireOrgForWrite } from "../records/scope";
import { findEnterpriseInScope } from "../enterprises/queries";
import { findMemberInScope } from "../members/queries";
import { ASSIST_ACTS, ASSIST_STATUS_LABELS } from "./labels";
import { isHelperInReach } from "./matching";
import { findOrderInScope, getOrder, type OrderRow } from "./queries";
import type { AssistCloseInput, AssistDispatchInput, AssistOrderCreateInput, AssistVisitInput } from "./schema";

function assertAct(r: OrderRow, act: keyof typeof ASSIST_ACTS) {
  if (!ASSIST_ACTS[act].includes(r.status)) throw conflict(`工单当前状态为“${ASSIST_STATUS_LABELS[r.status]}”，不能执行此操作`);
}

export async function createOrder(actor: Actor, input: AssistOrderCreateInput) {
  assertCanWrite(actor);
  const org = await requireOrgForWrite(actor, input.orgId ?? actor.orgId, "orgId");
  const enterprise = await findEnterpriseInScope(actor, input.enterpriseId).catch(() => {
    throw new AppError("FORBIDDEN", "只能选择本单位及下级范围内的企业", { enterpriseId: "只能选择本单位及下级范围内的企业" });
  });
  const id = await db.$transaction(async (tx) => {
    const r = await tx.assistOrder.create({
      data: {
        orgId: org.id,
        enterpriseId: enterprise.id,
        trade: input.trade,
        field: input.field,
        title: input.title,
        description: input.description,
        urgency: input.urgency,
        preferredStudioKind: input.preferredStudioKind ?? null,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        requestedOn: fromDateOnly(input.requestedOn),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(actor, { action: "assist_order.create", entityType: "assist_order", entityId: r.id, orgId: org.id, details: { trade: input.trade } }, tx);
    return r.id;
  });
  return getOrder(actor, id);
}

export async function dispatchOrder(actor: Actor, id: string, input: AssistDispatchInput) {
  assertCanWrite(actor);
  const r = await findOrderInScope(actor, id);
  assertAct(r, "dispatch");
  const field = input.studioId ? "studioId" : "memberId";
  if (!(await isHelperInReach(actor, input))) {
    throw new AppError("FORBIDDEN", "只能派单给本单位及下级范围内的劳模工匠或工作室", { [field]: "只能派单给本单位及下级范围内的劳模工匠或工作室" });
  }
  if (input.dispatchedOn < toDateOnly(r.requestedOn)!) throw invalid("派单日期不能早于下单日期", { dispatchedOn: "派单日期不能早于下单日期" });
  await db.$transaction(async (tx) => {
    await tx.assistOrder.update({
      where: { id },
      data: {
        status: "DISPATCHED",
        assigneeMemberId: input.memberId ?? null,
        assigneeStudioId: input.studioId ?? null,
        dispatchedOn: fromDateOnly(input.dispatchedOn),
        dispatchNote: input.note ?? null,
      },
    });
    await audit(actor, { action: "assist_order.dispatch", entityType: "assist_order", entityId: id, orgId: r.orgId, details: { to: input.studioId ? "studio" : "member", redispatch: r.status === "DISPATCHED" } }, tx);
  });
  return getOrder(actor, id);
}

/**
 * Who went: the dispatched person, a member of the dispatched studio, or a
 * member within the caller's subtree. The first two may live in another
 * county when the city dispatched across counties.
 */
async function visitorNames(actor: Actor, r: OrderRow, memberIds: string[]) {
  const team = r.assigneeStudio
    ? (await db.studioMember.findMany({ where: { studioId: r.assigneeStudio.id }, select: { memberId: true } })).map((m) => m.memberId)
    : [];
  const names: string[] = [];
  for (const mid of [...new Set(memberIds)]) {
    if (mid === r.assigneeMember?.id || team.includes(mid)) {
      names.push((await db.member.findUniqueOrThrow({ where: { id: mid }, select: { name: true } })).name);
      continue;
    }
    try {
      names.push((await findMemberInScope(actor, mid)).name);
    } catch {
      throw new AppError("FORBIDDEN", "服务人员应为派单对象、其工作室成员或本单位及下级工会的会员", { memberIds: "服务人员应为派单对象、其工作室成员或本单位及下级工会的会员" });
    }
  }
  return names;
}

export async function addVisit(actor: Actor, id: string, input: AssistVisitInput) {
  assertCanWrite(actor);
  const r = await findOrderInScope(actor, id);
  assertAct(r, "visit");
  if (input.visitedOn < toDateOnly(r.dispatchedOn)!) throw invalid("服务日期不能早于派单日期", { visitedOn: "服务日期不能早于派单日期" });
  const names = await visitorNames(actor, r, input.memberIds);
  await db.$transaction(async (tx) => {
    const v = await tx.assistVisit.create({
      data: {
        orderId: id,
        visitedOn: fromDateOnly(input.visitedOn),
        memberIds: [...new Set(input.memberIds)],
        visitors: names.join("、").slice(0, 200),
        hours: input.hours,
        content: input.content ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(actor, { action: "assist_order.visit", entityType: "assist_order", entityId: id, orgId: r.orgId, details: { visitId: v.id, visitors: input.memberIds.length } }, tx);
  });
  return getOrder(actor, id);
}

export async function closeOrder(actor: Actor, id: string, input: AssistCloseInput) {
  assertCanWrite(actor);
  const r = await findOrderInScope(actor, id);
  assertAct(r, "close");
  const last = await db.assistVisit.aggregate({ where: { orderId: id }, _max: { visitedOn: true } });
  if (!last._max.visitedOn) throw conflict("尚无上门服务记录，不能办结");
  if (input.closedOn < toDateOnly(last._max.visitedOn)!) throw invalid("办结日期不能早于最后一次服务日期", { closedOn: "办结日期不能早于最后一次服务日期" });
  await db.$transaction(async (tx) => {
    await tx.assistOrder.update({
      where: { id },
      data: {
        status: "CLOSED",
        closedOn: fromDateOnly(input.closedOn),
        problemsSolved: input.problemsSolved,
        workersTrained: input.workersTrained,
        benefit: input.benefit,
        rating: input.rating,
        outcomeNote: input.outcomeNote ?? null,
      },
    });
    await audit(actor, { action: "assist_order.close", entityType: "assist_order", entityId: id, orgId: r.orgId, details: { fields: Object.keys(input) } }, tx);
  });
  return getOrder(actor, id);
}

export async function cancelOrder(actor: Actor, id: string, reason: string) {
  assertCanWrite(actor);
  const r = await findOrderInScope(actor, id);
  assertAct(r, "cancel");
  await db.$transaction(async (tx) => {
    await tx.assistOrder.update({ where: { id }, data: { status: "CANCELLED", cancelReason: reason } });
    await audit(actor, { action: "assist_order.cancel", entityType: "assist_order", entityId: id, orgId: r.orgId }, tx);
  });
  return getOrder(actor, id);
}
