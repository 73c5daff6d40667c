import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike, keepsReferenceData } from "../auth/actor";
import { audit } from "../audit/log";
import { forbidden, notFound } from "../errors";
import { GRANT_KINDS, type GrantKind } from "./labels";
import type { PolicyDto, PolicyUpdateInput } from "./schema";

type PolicyRow = Awaited<ReturnType<typeof db.grantPolicy.findMany>>[number];

const toPolicyDto = (p: PolicyRow): PolicyDto => ({
  kind: p.kind,
  requiresHardshipFile: p.requiresHardshipFile,
  maxAmount: p.maxAmount?.toFixed(2) ?? null,
  maxPerHouseholdYear: p.maxPerHouseholdYear?.toFixed(2) ?? null,
  noticeDays: p.noticeDays,
  updatedAt: p.updatedAt.toISOString(),
});

/** The aid rules per kind (reference data, the same for the whole province). */
export async function listPolicies(actor: Actor): Promise<PolicyDto[]> {
  assertStaffLike(actor);
  const rows = await db.grantPolicy.findMany();
  return rows.sort((a, b) => GRANT_KINDS.indexOf(a.kind) - GRANT_KINDS.indexOf(b.kind)).map(toPolicyDto);
}

export async function updatePolicy(actor: Actor, kind: string, input: PolicyUpdateInput): Promise<PolicyDto> {
  if (!keepsReferenceData(actor)) throw forbidden("救助政策全省统一，只有省总工会管理员可以修改");
  if (!(GRANT_KINDS as readonly string[]).includes(kind)) throw notFound("救助政策");
  const row = await db.$transaction(async (tx) => {
    const p = await tx.grantPolicy.update({ where: { kind: kind as GrantKind }, data: input });
    await audit(actor, { action: "grant_policy.update", entityType: "grant_policy", entityId: kind, details: { fields: Object.keys(input) } }, tx);
    return p;
  });
  return toPolicyDto(row);
}
