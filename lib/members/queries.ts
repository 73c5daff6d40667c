import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { audit } from "../audit/log";
import { isUuid } from "../validation/zod";
import { toDateOnly } from "../dates";
import { subtreeWhere } from "../orgs/queries";
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
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** The members an actor may see: a subtree for staff, one record for a member. */
export function memberScopeWhere(actor: Actor): Prisma.MemberWhereInput {
  if (actor.role === "MEMBER") return actor.memberId ? { id: actor.memberId } : { id: { in: [] } };
  return { org: subtreeWhere(actor.orgId) };
}

/** A member record if the actor may see it; otherwise 404, so ids cannot be probed. */
export async function findMemberInScope(actor: Actor, id: string): Promise<MemberRow> {
  if (!isUuid(id)) throw notFound("会员");
  const row = await db.member.findFirst({ where: { AND: [{ id }, memberScopeWhere(actor)] }, select: MEMBER_SELECT });
  if (!row) {
    // A member asking for someone else's record is a probe: keep a trace.
    if (actor.role === "MEMBER") await audit(actor, { action: "security.member_probe", entityType: "member", entityId: id });
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
  const names = new Map(
    (await db.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]),
  );
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
