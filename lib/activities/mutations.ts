import "server-only";
import { db } from "../db/client";
import { mapDbError } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite, keepsReferenceData } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { fromDateOnly } from "../dates";
import { requireOrgForWrite } from "../records/scope";
import { findActivityInScope, getActivity } from "./queries";
import type { ActivityCreateInput, ActivityTypeCreateInput, ActivityTypeUpdateInput, ActivityUpdateInput } from "./schema";
import { inSubtree } from "../records/scoped-list";

async function requireActiveType(typeId: number) {
  const t = await db.activityType.findUnique({ where: { id: typeId }, select: { id: true, active: true } });
  if (!t || !t.active) throw invalid("活动类型不存在或已停用", { typeId: "请选择启用中的活动类型" });
  return t;
}

export async function createActivity(actor: Actor, input: ActivityCreateInput) {
  assertCanWrite(actor);
  const org = await requireOrgForWrite(actor, input.orgId, "orgId");
  await requireActiveType(input.typeId);
  const id = await db.$transaction(async (tx) => {
    const r = await tx.activityRecord.create({
      data: {
        orgId: org.id,
        typeId: input.typeId,
        heldOn: fromDateOnly(input.heldOn),
        place: input.place ?? null,
        participants: input.participants,
        amountSpent: input.amountSpent ?? null,
        description: input.description ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(actor, { action: "activity.create", entityType: "activity_record", entityId: r.id, orgId: org.id, details: { typeId: input.typeId } }, tx);
    return r.id;
  });
  return getActivity(actor, id);
}

export async function updateActivity(actor: Actor, id: string, input: ActivityUpdateInput) {
  assertCanWrite(actor);
  const r = await findActivityInScope(actor, id);
  if (input.orgId !== undefined && input.orgId !== r.orgId) await requireOrgForWrite(actor, input.orgId, "orgId");
  if (input.typeId !== undefined && input.typeId !== r.typeId) await requireActiveType(input.typeId);
  const { heldOn, ...rest } = input;
  await db.$transaction(async (tx) => {
    await tx.activityRecord.update({ where: { id }, data: { ...rest, ...(heldOn ? { heldOn: fromDateOnly(heldOn) } : {}) } });
    await audit(actor, { action: "activity.update", entityType: "activity_record", entityId: id, orgId: r.orgId, details: { fields: Object.keys(input) } }, tx);
  });
  return getActivity(actor, id);
}

export async function deleteActivity(actor: Actor, id: string) {
  assertCanWrite(actor);
  const r = await findActivityInScope(actor, id);
  await db.$transaction(async (tx) => {
    await tx.activityRecord.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(actor, { action: "activity.delete", entityType: "activity_record", entityId: id, orgId: r.orgId }, tx);
  });
  return { id, deleted: true };
}

// ---- activity types: one list for the whole province, kept by its administrators ----

function assertKeepsTypes(actor: Actor) {
  if (!keepsReferenceData(actor)) throw forbidden("活动类型全省统一，只有省总工会管理员可以维护");
}

const TYPE_UNIQUE = { code: { field: "code", message: "该类型代码已存在" } };

/** An internal code for a type added on the page: users name types in Chinese only. */
const generatedCode = () => `TYPE_${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`;

export async function createActivityType(actor: Actor, input: ActivityTypeCreateInput) {
  assertKeepsTypes(actor);
  try {
    return await db.$transaction(async (tx) => {
      const sort = input.sort ?? ((await tx.activityType.aggregate({ where: { sort: { lt: 999 } }, _max: { sort: true } }))._max.sort ?? 0) + 10;
      if (await tx.activityType.findFirst({ where: { name: input.name }, select: { id: true } })) throw conflict("该类型名称已存在", { name: "该类型名称已存在" });
      const t = await tx.activityType.create({ data: { code: input.code ?? generatedCode(), name: input.name, sort } });
      await audit(actor, { action: "activity_type.create", entityType: "activity_type", entityId: t.id, details: { code: t.code } }, tx);
      return { ...t, recordCount: 0 };
    });
  } catch (e) {
    mapDbError(e, { unique: TYPE_UNIQUE });
  }
}

export async function updateActivityType(actor: Actor, id: number, input: ActivityTypeUpdateInput) {
  assertKeepsTypes(actor);
  const current = await db.activityType.findUnique({ where: { id }, select: { id: true } });
  if (!current) throw notFound("活动类型");
  return db.$transaction(async (tx) => {
    const t = await tx.activityType.update({ where: { id }, data: input });
    await audit(actor, { action: "activity_type.update", entityType: "activity_type", entityId: id, details: { fields: Object.keys(input) } }, tx);
    return { ...t, recordCount: await tx.activityRecord.count({ where: { typeId: id, deletedAt: null, ...inSubtree(actor.orgId) } }) };
  });
}
