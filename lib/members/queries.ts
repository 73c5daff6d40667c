import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { isStaffLike, seesOwnRecordsOnly } from "../auth/actor";
import { notFound } from "../errors";
import { audit } from "../audit/log";
import { isUuid } from "../validation/zod";
import { toDateOnly } from "../dates";
import { isOrgVisible, subtreeWhere } from "../orgs/queries";
import type { MemberDto } from "./schema";

export const MEMBER_SELECT = {
  id: true,
  name: true,
  idMasked: true,
  birthDate: true,
  sex: true,
  phone: true,
  orgId: true,
  joinedOn: true,
  status: true,
  groups: true,
  cardNo: true,
  leftOn: true,
  leftReason: true,
  retainedOn: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true, ancestorIds: true } },
} satisfies Prisma.MemberSelect;

type MemberRow = Prisma.MemberGetPayload<{ select: typeof MEMBER_SELECT }>;

export function toMemberDto(m: MemberRow): MemberDto {
  return {
    id: m.id,
    name: m.name,
    idMasked: m.idMasked,
    birthYear: m.birthDate.getUTCFullYear(),
    sex: m.sex,
    phone: m.phone,
    orgId: m.orgId,
    orgName: m.org.name,
    joinedOn: toDateOnly(m.joinedOn)!,
    status: m.status,
    groups: m.groups,
    cardNo: m.cardNo,
    leftOn: toDateOnly(m.leftOn),
    leftReason: m.leftReason,
    retainedOn: toDateOnly(m.retainedOn),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** The members an actor may see: a subtree for staff, one record for a member. */
export function memberScopeWhere(actor: Actor): Prisma.MemberWhereInput {
  if (seesOwnRecordsOnly(actor)) return actor.memberId ? { id: actor.memberId } : { id: { in: [] } };
  return { org: subtreeWhere(actor.orgId) };
}

/** A member record if the actor may see it; otherwise 404, so ids cannot be probed. */
export async function findMemberInScope(actor: Actor, id: string): Promise<MemberRow> {
  if (!isUuid(id)) throw notFound("会员");
  const row = await db.member.findFirst({ where: { AND: [{ id }, memberScopeWhere(actor)] }, select: MEMBER_SELECT });
  if (!row) {
    // A member asking for someone else's record is a probe: keep a trace.
    if (!isStaffLike(actor)) await audit(actor, { action: "security.member_probe", entityType: "member", entityId: id });
    throw notFound("会员");
  }
  return row;
}

export async function getMember(actor: Actor, id: string) {
  const m = await findMemberInScope(actor, id);
  const transfers = await db.memberTransfer.findMany({
    where: { memberId: id },
    orderBy: { transferredOn: "desc" },
    select: { id: true, fromOrgId: true, toOrgId: true, transferredOn: true, reason: true },
  });
  const orgIds = [...new Set(transfers.flatMap((t) => [t.fromOrgId, t.toOrgId]))];
  const orgs = await db.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, ancestorIds: true } });
  // Each side sees the history as far as its own organisations: a union of another
  // county (before or after a 会籍接转) is not named; the member sees their own whole.
  const names = new Map(orgs.map((o) => [o.id, actor.role === "MEMBER" || isOrgVisible(actor, o.ancestorIds) ? o.name : "其他地区工会"]));
  return {
    ...toMemberDto(m),
    transfers: transfers.map((t) => ({
      id: t.id,
      fromOrgId: t.fromOrgId,
      fromOrgName: names.get(t.fromOrgId) ?? "",
      toOrgId: t.toOrgId,
      toOrgName: names.get(t.toOrgId) ?? "",
      transferredOn: toDateOnly(t.transferredOn)!,
      reason: t.reason,
    })),
  };
}
export type MemberDetail = Awaited<ReturnType<typeof getMember>>;
