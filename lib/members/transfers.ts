// 会籍接转: a member moves to a union in another county (or anywhere outside the
// releasing side's subtree) by a two-sided handover. The releasing union's
// staff, or the member from their own pages, start it naming the receiving
// union (any union in the province, found by name); the receiving side's staff
// (the union itself or anyone above it) accept it, and only then does the
// member move; either side, or the member, may cancel while it is pending; it
// lapses 30 days after it was made (derived from `expires_at`, never swept).
//
// Each side sees a request through its own organisations only: outside both
// sides' subtrees (and the member's own account) a request is 404. The member's
// records stay where they were made (a training's enrolments, a grant, an
// honour are scoped by their own organisation), so the releasing side keeps its
// past records while the member's current data passes to the receiving side.
import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { canWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { fromDateOnly, todayCST } from "../dates";
import { isUuid } from "../validation/zod";
import { isOrgVisible, searchUnionNames } from "../orgs/queries";
import { holdsMembers, type OrgLevel } from "../orgs/labels";
import { findMemberInScope } from "./queries";
import { syncMemberAccount } from "./account";
import { grantBlocks, grantsInProgress, lockMember } from "./transfer-rules";
import type { TransferRequestDto, TransferRequestListQuery, TransferStartInput, TransferUnionQuery } from "./transfer-schema";

/** How long a request waits for the receiving side. */
export const TRANSFER_PENDING_DAYS = 30;

const { sql } = Prisma;

type OrgFacts = { id: number; name: string; ancestorIds: number[]; level: OrgLevel; status: string };

async function orgFacts(ids: number[]): Promise<Map<number, OrgFacts>> {
  const rows = await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, ancestorIds: true, level: true, status: true } });
  return new Map(rows.map((o) => [o.id, o as OrgFacts]));
}

/**
 * Union names across the province, for naming the receiving union: the id and
 * the name only, nothing else of another county. Anyone signed in may search
 * (a member starts their own transfer).
 */
export async function searchTransferUnions(_actor: Actor, q: TransferUnionQuery) {
  return { data: await searchUnionNames(q.q) };
}

/**
 * Starts 转出. Staff who may edit the member name any member-holding union
 * outside the member's current union; a member starts their own (memberId
 * must be theirs). One pending request per member.
 */
export async function startTransfer(actor: Actor, input: TransferStartInput): Promise<TransferRequestDto> {
  const byMember = actor.role === "MEMBER";
  if (byMember) {
    if (input.memberId !== actor.memberId) throw notFound("会员");
  } else if (!canWrite(actor)) {
    throw forbidden(actor.role === "LEADER" ? "领导账号为只读，不能办理转会" : undefined);
  }
  const m = await findMemberInScope(actor, input.memberId);
  if (m.status !== "ACTIVE") throw invalid("只有在会会员可以转会");
  const to = (await orgFacts([input.toOrgId])).get(input.toOrgId);
  if (!to || !holdsMembers(to.level) || to.status !== "ACTIVE") {
    throw invalid("请选择要转入的基层工会或村（社区）工会", { toOrgId: "请选择要转入的基层工会或村（社区）工会" });
  }
  if (to.id === m.orgId) throw invalid("转入工会与当前工会相同", { toOrgId: "转入工会与当前工会相同" });

  const id = await db.$transaction(async (tx) => {
    const locked = await lockMember(tx, m.id);
    if (locked.orgId !== m.orgId || locked.status !== "ACTIVE") throw conflict("会员信息已变化，请刷新后重试");
    const open = await tx.memberTransferRequest.count({ where: { memberId: m.id, status: "PENDING", expiresAt: { gt: new Date() } } });
    if (open) throw conflict("该会员已有待接收的转会申请，请先撤销后再办理");
    if (await grantsInProgress(tx, m.id)) throw grantBlocks();
    const now = new Date();
    const r = await tx.memberTransferRequest.create({
      data: {
        memberId: m.id,
        fromOrgId: m.orgId,
        toOrgId: to.id,
        reason: input.reason || null,
        byMember,
        requestedById: actor.userId,
        requestedAt: now,
        expiresAt: new Date(now.getTime() + TRANSFER_PENDING_DAYS * 86_400_000),
      },
      select: { id: true },
    });
    await audit(actor, { action: "member.transfer_request.start", entityType: "member_transfer_request", entityId: r.id, orgId: m.orgId, details: { toOrgId: to.id } }, tx);
    return r.id;
  });
  return getTransferRequest(actor, id);
}

type RequestRow = Prisma.MemberTransferRequestGetPayload<{ include: { member: { select: { name: true; idMasked: true } } } }>;
type Side = "OUT" | "IN" | "SELF";

/** The sides of a request the actor stands on: none → the request does not exist for them. */
function sidesOf(actor: Actor, r: { memberId: string; fromOrgId: number; toOrgId: number }, orgs: Map<number, OrgFacts>): Side[] {
  if (actor.role === "MEMBER") return actor.memberId === r.memberId ? ["SELF"] : [];
  const sides: Side[] = [];
  const from = orgs.get(r.fromOrgId);
  const to = orgs.get(r.toOrgId);
  if (from && isOrgVisible(actor, from.ancestorIds)) sides.push("OUT");
  if (to && isOrgVisible(actor, to.ancestorIds)) sides.push("IN");
  return sides;
}

function toDto(actor: Actor, r: RequestRow, orgs: Map<number, OrgFacts>, sides: Side[], now: Date): TransferRequestDto {
  const status = r.status === "PENDING" && r.expiresAt <= now ? "EXPIRED" : r.status;
  return {
    id: r.id,
    status,
    side: sides.includes("SELF") ? "SELF" : sides.includes("OUT") ? "OUT" : "IN",
    memberName: r.member.name,
    memberIdMasked: r.member.idMasked,
    fromOrgId: r.fromOrgId,
    fromOrgName: orgs.get(r.fromOrgId)?.name ?? "",
    toOrgId: r.toOrgId,
    toOrgName: orgs.get(r.toOrgId)?.name ?? "",
    reason: r.reason,
    byMember: r.byMember,
    requestedAt: r.requestedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    cancelReason: r.cancelReason,
    canAccept: status === "PENDING" && sides.includes("IN") && canWrite(actor),
    canCancel: status === "PENDING" && (sides.includes("SELF") || ((sides.includes("IN") || sides.includes("OUT")) && canWrite(actor))),
  };
}

const INCLUDE = { member: { select: { name: true, idMasked: true } } } as const;

async function findRequest(actor: Actor, id: string) {
  if (!isUuid(id)) throw notFound("转会申请");
  const r = await db.memberTransferRequest.findUnique({ where: { id }, include: INCLUDE });
  if (!r) throw notFound("转会申请");
  const orgs = await orgFacts([r.fromOrgId, r.toOrgId]);
  const sides = sidesOf(actor, r, orgs);
  if (sides.length === 0) throw notFound("转会申请");
  return { r, orgs, sides };
}

export async function getTransferRequest(actor: Actor, id: string): Promise<TransferRequestDto> {
  const { r, orgs, sides } = await findRequest(actor, id);
  return toDto(actor, r, orgs, sides, new Date());
}

/**
 * Requests in the actor's scope: `in` — to unions in its subtree, `out` — from
 * them; a member sees their own. `status=EXPIRED` is a pending request past its
 * date.
 */
export async function listTransferRequests(actor: Actor, q: TransferRequestListQuery) {
  const now = new Date();
  const conds: Prisma.Sql[] = [];
  if (actor.role === "MEMBER") conds.push(actor.memberId ? sql`r.member_id = ${actor.memberId}::uuid` : sql`false`);
  else {
    const column = q.direction === "in" ? sql`r.to_org_id` : sql`r.from_org_id`;
    conds.push(sql`${column} IN (SELECT id FROM organisation WHERE ancestor_ids @> ARRAY[${actor.orgId}]::int[])`);
  }
  if (q.status === "EXPIRED") conds.push(sql`r.status = 'PENDING' AND r.expires_at <= ${now}`);
  else if (q.status === "PENDING") conds.push(sql`r.status = 'PENDING' AND r.expires_at > ${now}`);
  else if (q.status) conds.push(sql`r.status = ${q.status}::"TransferRequestStatus"`);
  const where = Prisma.join(conds, " AND ");
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM member_transfer_request r WHERE ${where}`;
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM member_transfer_request r WHERE ${where}
    ORDER BY r.requested_at DESC, r.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
  const rows = ids.length ? await db.memberTransferRequest.findMany({ where: { id: { in: ids.map((i) => i.id) } }, include: INCLUDE, orderBy: [{ requestedAt: "desc" }, { id: "desc" }] }) : [];
  const orgs = await orgFacts([...new Set(rows.flatMap((r) => [r.fromOrgId, r.toOrgId]))]);
  return { data: rows.map((r) => toDto(actor, r, orgs, sidesOf(actor, r, orgs), now)), total: n, page: q.page, pageSize: q.pageSize };
}

/**
 * The receiving side accepts: the member moves to the named union with a
 * history entry, their account follows, an open hardship file moves with them
 * (it stays the one open file for their ID number), and the request closes.
 */
export async function acceptTransfer(actor: Actor, id: string): Promise<TransferRequestDto> {
  const { r, sides } = await findRequest(actor, id);
  if (!sides.includes("IN") || !canWrite(actor)) throw forbidden("只有转入工会及其上级工会的干部可以接收");
  await db.$transaction(async (tx) => {
    const m = await lockMember(tx, r.memberId);
    const [current] = await tx.$queryRaw<{ status: string; live: boolean }[]>`
      SELECT status::text AS status, expires_at > now() AS live FROM member_transfer_request WHERE id = ${id}::uuid FOR UPDATE`;
    if (current.status !== "PENDING") throw conflict("该转会申请已处理或已撤销");
    if (!current.live) throw conflict(`该转会申请已超过${TRANSFER_PENDING_DAYS}天未接收，已失效；请转出方重新办理`);
    if (m.status !== "ACTIVE" || m.orgId !== r.fromOrgId) throw conflict("会员的会籍已变化，该转会申请不能再接收");
    if (await grantsInProgress(tx, r.memberId)) throw grantBlocks();
    await tx.memberTransfer.create({
      data: { memberId: r.memberId, fromOrgId: r.fromOrgId, toOrgId: r.toOrgId, transferredOn: fromDateOnly(todayCST()), reason: r.reason, createdById: actor.userId },
    });
    await tx.member.update({ where: { id: r.memberId }, data: { orgId: r.toOrgId } });
    await syncMemberAccount(tx, r.memberId, { orgId: r.toOrgId });
    await tx.hardshipFile.updateMany({ where: { memberId: r.memberId, openIdHash: { not: null } }, data: { orgId: r.toOrgId } });
    await tx.memberTransferRequest.update({ where: { id }, data: { status: "ACCEPTED", decidedById: actor.userId, decidedAt: new Date() } });
    await audit(
      actor,
      { action: "member.transfer_request.accept", entityType: "member_transfer_request", entityId: id, orgId: r.toOrgId, details: { fromOrgId: r.fromOrgId } },
      tx,
    );
  });
  return getTransferRequest(actor, id);
}

export async function cancelTransfer(actor: Actor, id: string, read: () => Promise<{ reason?: string }>): Promise<TransferRequestDto> {
  const { r, sides } = await findRequest(actor, id);
  if (!sides.includes("SELF") && !canWrite(actor)) throw forbidden("领导账号为只读，不能撤销转会");
  const input = await read();
  await db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ status: string; live: boolean }[]>`
      SELECT status::text AS status, expires_at > now() AS live FROM member_transfer_request WHERE id = ${id}::uuid FOR UPDATE`;
    if (current.status !== "PENDING" || !current.live) throw conflict("只有待接收的转会申请可以撤销");
    await tx.memberTransferRequest.update({
      where: { id },
      data: { status: "CANCELLED", decidedById: actor.userId, decidedAt: new Date(), cancelReason: input.reason || null },
    });
    await audit(actor, { action: "member.transfer_request.cancel", entityType: "member_transfer_request", entityId: id, orgId: sides.includes("IN") && !sides.includes("OUT") ? r.toOrgId : r.fromOrgId }, tx);
  });
  return getTransferRequest(actor, id);
}
