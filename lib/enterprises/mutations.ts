import "server-only";
import { db, type Tx } from "../db/client";
import { mapDbError, type UniqueMessages } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid } from "../errors";
import { findOrgInScope } from "../orgs/queries";
import { enterpriseScopeWhere, findEnterpriseInScope, getEnterprise } from "./queries";
import type { EnterpriseCreateInput, EnterpriseUpdateInput } from "./schema";

const UNIQUE: UniqueMessages = { credit_code: { field: "creditCode", message: "该统一社会信用代码已登记为其他企业" } };

/** The town/street or village/community an enterprise is located in: in scope, and a place. */
async function requireArea(actor: Actor, id: number) {
  const org = await findOrgInScope(actor, id).catch(() => {
    throw forbidden("只能选择本单位及下级的镇（街道）或村（社区）");
  });
  if (org.level !== "TOWN" && org.level !== "VILLAGE") {
    throw invalid("所在地须为镇（街道）或村（社区）", { areaOrgId: "请选择镇（街道）或村（社区）" });
  }
  return org;
}

/** A union that can cover an enterprise: an active independent or joint union in scope. */
async function requireUnion(actor: Actor, id: number) {
  const org = await findOrgInScope(actor, id).catch(() => {
    throw forbidden("只能选择本单位及下级的工会");
  });
  if ((org.kind !== "INDEPENDENT" && org.kind !== "JOINT") || org.status !== "ACTIVE") {
    throw invalid("所属工会须为正常状态的独立基层工会或联合工会", { unionOrgId: "请选择独立基层工会或联合工会" });
  }
  return org;
}

/**
 * An independent union is one enterprise's own union, so it covers exactly one
 * enterprise. Checked under a lock on the union's row so two concurrent
 * registrations cannot both pass.
 */
async function assertUnionFree(tx: Tx, union: { id: number; kind: string }, enterpriseId: string | null) {
  if (union.kind !== "INDEPENDENT") return;
  await tx.$queryRaw`SELECT id FROM organisation WHERE id = ${union.id} FOR UPDATE`;
  const other = await tx.enterprise.findFirst({
    where: { unionOrgId: union.id, ...(enterpriseId ? { id: { not: enterpriseId } } : {}) },
    select: { name: true },
  });
  if (other) {
    const message = `该独立基层工会已对应企业“${other.name}”；联合工会才能覆盖多家企业`;
    throw conflict(message, { unionOrgId: message });
  }
}

export async function createEnterprise(actor: Actor, input: EnterpriseCreateInput) {
  assertCanWrite(actor);
  const area = await requireArea(actor, input.areaOrgId);
  const union = input.unionOrgId ? await requireUnion(actor, input.unionOrgId) : null;
  try {
    const id = await db.$transaction(async (tx) => {
      if (union) await assertUnionFree(tx, union, null);
      const e = await tx.enterprise.create({
        data: {
          name: input.name,
          creditCode: input.creditCode ?? null,
          workerCount: input.workerCount,
          ownership: input.ownership ?? null,
          areaOrgId: area.id,
          unionOrgId: union?.id ?? null,
        },
        select: { id: true },
      });
      await audit(actor, { action: "enterprise.create", entityType: "enterprise", entityId: e.id, orgId: area.id }, tx);
      return e.id;
    });
    return getEnterprise(actor, id);
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
}

export async function updateEnterprise(actor: Actor, id: string, input: EnterpriseUpdateInput) {
  assertCanWrite(actor);
  const current = await findEnterpriseInScope(actor, id);
  const area = input.areaOrgId !== undefined && input.areaOrgId !== current.areaOrgId ? await requireArea(actor, input.areaOrgId) : null;
  const union = input.unionOrgId && input.unionOrgId !== current.unionOrgId ? await requireUnion(actor, input.unionOrgId) : null;
  try {
    await db.$transaction(async (tx) => {
      if (union) await assertUnionFree(tx, union, id);
      await tx.enterprise.update({
        where: { id },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.creditCode !== undefined ? { creditCode: input.creditCode } : {}),
          ...(input.workerCount !== undefined ? { workerCount: input.workerCount } : {}),
          ...(input.ownership !== undefined ? { ownership: input.ownership } : {}),
          ...(area ? { areaOrgId: area.id } : {}),
          ...(input.unionOrgId !== undefined ? { unionOrgId: input.unionOrgId } : {}),
        },
      });
      // Unlinking a firm from one's own joint union would hide it from oneself: that is for the level above.
      if ((await tx.enterprise.count({ where: { AND: [{ id }, enterpriseScopeWhere(actor)] } })) === 0) {
        throw forbidden("修改后该企业将不在您的管理范围内，请由上级工会办理");
      }
      await audit(
        actor,
        { action: "enterprise.update", entityType: "enterprise", entityId: id, orgId: area?.id ?? current.areaOrgId, details: { fields: Object.keys(input) } },
        tx,
      );
    });
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
  return getEnterprise(actor, id);
}
