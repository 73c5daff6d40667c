import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { audit } from "../audit/log";
import { isUuid } from "../validation/zod";
import { fromDateOnly, toDateOnly } from "../dates";
import { hashIdNumber } from "../crypto/pii";
import { subtreeWhere, findOrgInScope } from "../orgs/queries";
import { parseIdNumber } from "./id-number";
import type { MemberDto, MemberListQuery } from "./schema";

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
    birthDate: toDateOnly(m.birthDate)!,
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

/**
 * The search box takes a name, a phone number or an ID number. An ID number is
 * matched through its keyed hash (exact only: the plaintext is never stored);
 * digits are a phone prefix; anything else a name prefix. Prefix matches use
 * the btree indexes on name and phone.
 */
function searchWhere(q: string): Prisma.MemberWhereInput {
  if (/^(\d{15}|\d{17}[\dXx])$/.test(q)) {
    const id = parseIdNumber(q);
    return id.ok ? { idHash: hashIdNumber(id.value.idNumber) } : { id: { in: [] } };
  }
  if (/^\d{3,11}$/.test(q)) return { phone: { startsWith: q } };
  return { name: { startsWith: q } };
}

const ORDER: Record<MemberListQuery["sort"], Prisma.MemberOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  "-name": [{ name: "desc" }, { id: "asc" }],
  joinedOn: [{ joinedOn: "asc" }, { id: "asc" }],
  "-joinedOn": [{ joinedOn: "desc" }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

async function memberListWhere(actor: Actor, q: MemberFilters): Promise<Prisma.MemberWhereInput> {
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  return {
    AND: [
      memberScopeWhere(actor),
      q.orgId ? { org: subtreeWhere(q.orgId) } : {},
      q.q ? searchWhere(q.q) : {},
      q.status ? { status: q.status } : {},
      q.group ? { groups: { has: q.group } } : {},
      q.sex ? { sex: q.sex } : {},
      q.joinedFrom || q.joinedTo
        ? {
            joinedOn: {
              ...(q.joinedFrom ? { gte: fromDateOnly(q.joinedFrom) } : {}),
              ...(q.joinedTo ? { lte: fromDateOnly(q.joinedTo) } : {}),
            },
          }
        : {},
    ],
  };
}

type MemberFilters = Omit<MemberListQuery, "sort" | "page" | "pageSize">;

export async function listMembers(actor: Actor, q: MemberListQuery) {
  const where = await memberListWhere(actor, q);
  const [rows, total] = await Promise.all([
    db.member.findMany({
      where,
      select: MEMBER_SELECT,
      orderBy: ORDER[q.sort],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db.member.count({ where }),
  ]);
  return { data: rows.map(toMemberDto), total, page: q.page, pageSize: q.pageSize };
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

/**
 * Every member matching the filters, in keyset pages of 2,000 (by id), for the
 * streaming export. ID numbers stay masked in exports.
 */
export async function* exportMembers(actor: Actor, q: MemberFilters): AsyncGenerator<MemberDto[]> {
  const where = await memberListWhere(actor, q);
  let after: string | null = null;
  for (;;) {
    const rows: MemberRow[] = await db.member.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      select: MEMBER_SELECT,
      orderBy: { id: "asc" },
      take: 2000,
    });
    if (rows.length === 0) return;
    yield rows.map(toMemberDto);
    after = rows[rows.length - 1].id;
  }
}
