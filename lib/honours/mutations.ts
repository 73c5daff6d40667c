import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { invalid } from "../errors";
import { fromDateOnly } from "../dates";
import { requireMemberForWrite, requireOrgForWrite } from "../records/scope";
import { COLLECTIVE_TITLES, HONOUR_TITLE_LABELS } from "./labels";
import { findHonourInScope, findServiceInScope, getHonour, getService } from "./queries";
import type { HonourConfirmInput, HonourCreateInput, HonourUpdateInput, ServiceCreateInput, ServiceUpdateInput } from "./schema";

export async function createHonour(actor: Actor, input: HonourCreateInput) {
  assertCanWrite(actor);
  let orgId: number;
  let memberId: string | null = null;
  if (input.holder === "MEMBER") {
    const m = await requireMemberForWrite(actor, input.memberId!, "memberId");
    memberId = m.id;
    orgId = m.orgId; // a personal honour is recorded with the member's union
  } else {
    orgId = (await requireOrgForWrite(actor, input.orgId!, "orgId")).id;
  }
  const id = await db.$transaction(async (tx) => {
    const h = await tx.honour.create({
      data: {
        orgId,
        memberId,
        teamName: input.holder === "TEAM" ? input.teamName! : null,
        title: input.title,
        titleText: input.titleText || HONOUR_TITLE_LABELS[input.title],
        level: input.level,
        year: input.year,
        awardingBody: input.awardingBody,
        awardAmount: input.awardAmount ?? null,
        status: input.status,
        notes: input.notes ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(actor, { action: "honour.create", entityType: "honour", entityId: h.id, orgId, details: { holder: input.holder, status: input.status } }, tx);
    return h.id;
  });
  return getHonour(actor, id);
}

export async function updateHonour(actor: Actor, id: string, input: HonourUpdateInput) {
  assertCanWrite(actor);
  const h = await findHonourInScope(actor, id);
  if (input.teamName !== undefined && h.memberId) throw invalid("个人荣誉没有集体名称", { teamName: "个人荣誉没有集体名称" });
  if (input.title && h.memberId && COLLECTIVE_TITLES.includes(input.title)) throw invalid("工人先锋号是集体荣誉", { title: "工人先锋号是集体荣誉" });
  const { titleText, ...rest } = input;
  await db.$transaction(async (tx) => {
    await tx.honour.update({
      where: { id },
      data: {
        ...rest,
        // A cleared full title falls back to the title's standard name.
        ...(titleText !== undefined ? { titleText: titleText ?? HONOUR_TITLE_LABELS[input.title ?? h.title] } : {}),
      },
    });
    await audit(actor, { action: "honour.update", entityType: "honour", entityId: id, orgId: h.orgId, details: { fields: Object.keys(input) } }, tx);
  });
  return getHonour(actor, id);
}

/** A nomination (e.g. from a competition's first place) becomes an awarded honour. */
export async function confirmHonour(actor: Actor, id: string, input: HonourConfirmInput) {
  assertCanWrite(actor);
  const h = await findHonourInScope(actor, id);
  if (h.status !== "NOMINATED") throw invalid("该荣誉已是授予状态，无需确认");
  await db.$transaction(async (tx) => {
    await tx.honour.update({
      where: { id },
      data: { status: "AWARDED", ...(input.awardAmount ? { awardAmount: input.awardAmount } : {}), ...(input.awardingBody ? { awardingBody: input.awardingBody } : {}) },
    });
    await audit(actor, { action: "honour.confirm", entityType: "honour", entityId: id, orgId: h.orgId, details: { fields: Object.keys(input) } }, tx);
  });
  return getHonour(actor, id);
}

/**
 * Soft delete. A deleted nomination keeps its link to the competition entry,
 * so the entry cannot silently be nominated a second time.
 */
export async function deleteHonour(actor: Actor, id: string) {
  assertCanWrite(actor);
  const h = await findHonourInScope(actor, id);
  await db.$transaction(async (tx) => {
    await tx.honour.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(
      actor,
      { action: "honour.delete", entityType: "honour", entityId: id, orgId: h.orgId, details: { status: h.status, fromCompetition: Boolean(h.sourceEntry) } },
      tx,
    );
  });
  return { id, deleted: true };
}

// ---- model-worker services ----

const yearOf = (date: string) => Number(date.slice(0, 4));

export async function createService(actor: Actor, input: ServiceCreateInput) {
  assertCanWrite(actor);
  const m = await requireMemberForWrite(actor, input.memberId, "memberId");
  const id = await db.$transaction(async (tx) => {
    const s = await tx.modelWorkerService.create({
      data: {
        orgId: m.orgId,
        memberId: m.id,
        kind: input.kind,
        servedOn: fromDateOnly(input.servedOn),
        year: input.year ?? yearOf(input.servedOn),
        amount: input.amount ?? null,
        notes: input.notes ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(actor, { action: "model_worker_service.create", entityType: "model_worker_service", entityId: s.id, orgId: m.orgId, details: { kind: input.kind } }, tx);
    return s.id;
  });
  return getService(actor, id);
}

export async function updateService(actor: Actor, id: string, input: ServiceUpdateInput) {
  assertCanWrite(actor);
  const s = await findServiceInScope(actor, id);
  const { servedOn, ...rest } = input;
  await db.$transaction(async (tx) => {
    await tx.modelWorkerService.update({ where: { id }, data: { ...rest, ...(servedOn ? { servedOn: fromDateOnly(servedOn) } : {}) } });
    await audit(actor, { action: "model_worker_service.update", entityType: "model_worker_service", entityId: id, orgId: s.orgId, details: { fields: Object.keys(input) } }, tx);
  });
  return getService(actor, id);
}

export async function deleteService(actor: Actor, id: string) {
  assertCanWrite(actor);
  const s = await findServiceInScope(actor, id);
  await db.$transaction(async (tx) => {
    await tx.modelWorkerService.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(actor, { action: "model_worker_service.delete", entityType: "model_worker_service", entityId: id, orgId: s.orgId }, tx);
  });
  return { id, deleted: true };
}
