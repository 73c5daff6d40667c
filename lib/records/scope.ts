import "server-only";
// Scope rules shared by the programme-record modules. A record belongs to an
// organisation; staff, leaders and admins see the records of their subtree.
// Ids that arrive in a request body (a union, a member) are checked against
// the caller's scope before anything is written.
import { Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError, notFound } from "../errors";
import { findOrgInScope, subtreeWhere } from "../orgs/queries";
import { findMemberInScope } from "../members/queries";
import { isUuid } from "../validation/zod";


/** A path id that is not a uuid names nothing: 404, like an out-of-scope id. */
export function assertUuid(id: string, what: string) {
  if (!isUuid(id)) throw notFound(what);
}

/** `org` relation filter for the caller's subtree, narrowed to `orgId` when given (which must be in scope). */
export async function orgScopeWhere(actor: Actor, orgId?: number): Promise<Prisma.OrganisationWhereInput> {
  if (orgId && orgId !== actor.orgId) {
    await findOrgInScope(actor, orgId);
    return subtreeWhere(orgId);
  }
  return subtreeWhere(actor.orgId);
}

/** An organisation named in a request body: outside the caller's scope it is refused (403) on its field. */
export async function requireOrgForWrite(actor: Actor, orgId: number, field: string) {
  try {
    return await findOrgInScope(actor, orgId);
  } catch {
    throw new AppError("FORBIDDEN", "只能选择本单位及下级的组织", { [field]: "只能选择本单位及下级的组织" });
  }
}

/** A member named in a request body, likewise. */
export async function requireMemberForWrite(actor: Actor, memberId: string, field: string) {
  try {
    return await findMemberInScope(actor, memberId);
  } catch {
    throw new AppError("FORBIDDEN", "只能选择本单位及下级工会的会员", { [field]: "只能选择本单位及下级工会的会员" });
  }
}

/** Decimal → "1234.50" (money travels as strings). */
export const moneyOut = (d: { toFixed(n: number): string } | null | undefined): string | null => (d == null ? null : d.toFixed(2));

/** A nullable decimal column as pg gives it cast to text, as Prisma would: a Decimal or null. */
export const decimalOrNull = (s: string | null) => (s === null ? null : new Prisma.Decimal(s));

export const dateRange = (from?: string, to?: string) =>
  from || to ? { ...(from ? { gte: new Date(`${from}T00:00:00.000Z`) } : {}), ...(to ? { lte: new Date(`${to}T00:00:00.000Z`) } : {}) } : undefined;
