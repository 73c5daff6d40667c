import "server-only";
import { db } from "../db/client";
import { mapDbError, type UniqueMessages } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { forbidden, invalid } from "../errors";
import { fromDateOnly } from "../dates";
import { findOrgInScope, toOrg } from "./queries";
import { levelRank, needsDivisionCode } from "./labels";
import { DIVISION_CODE_REQUIRED, type OrgCreateInput, type OrgUpdateInput } from "./schema";

const UNIQUE: UniqueMessages = { code: { field: "code", message: "该行政区划代码已被其他组织使用" } };

export async function createOrganisation(actor: Actor, input: OrgCreateInput) {
  assertCanWrite(actor);
  const parent = await findOrgInScope(actor, input.parentId);
  if (levelRank(input.level) <= levelRank(parent.level)) {
    throw invalid("下级组织的层级必须低于上级组织", { level: "下级组织的层级必须低于上级组织" });
  }
  const { parentId, foundedOn, ...rest } = input;
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.organisation.create({
        data: { ...rest, parentId, foundedOn: foundedOn ? fromDateOnly(foundedOn) : null, ancestorIds: [], depth: parent.depth + 1 },
      });
      const row = await tx.organisation.update({
        where: { id: created.id },
        data: { ancestorIds: [...parent.ancestorIds, created.id] },
      });
      await audit(actor, { action: "org.create", entityType: "organisation", entityId: row.id, orgId: row.id }, tx);
      return toOrg(row);
    });
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
}

export async function updateOrganisation(actor: Actor, id: number, input: OrgUpdateInput) {
  assertCanWrite(actor);
  const org = await findOrgInScope(actor, id);
  // Staff manage what lies below them; their own node belongs to the level above.
  if (org.id === actor.orgId && actor.role !== "ADMIN") throw forbidden("本级组织信息由上级工会维护");
  // What creation requires, an update cannot take away.
  if (input.code === null && needsDivisionCode(org.level)) throw invalid(DIVISION_CODE_REQUIRED, { code: DIVISION_CODE_REQUIRED });
  const { foundedOn, ...rest } = input;
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.organisation.update({
        where: { id },
        data: { ...rest, ...(foundedOn !== undefined ? { foundedOn: foundedOn && fromDateOnly(foundedOn) } : {}) },
      });
      await audit(
        actor,
        { action: "org.update", entityType: "organisation", entityId: id, orgId: id, details: { fields: Object.keys(input) } },
        tx,
      );
      return toOrg(row);
    });
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
}
