import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite, assertStaffLike } from "../auth/actor";
import { audit } from "../audit/log";
import { forbidden, invalid, notFound } from "../errors";
import { decryptJson, encryptJson } from "../crypto/pii";
import { maskIdNumber } from "../members/id-number";
import { subtreeWhere } from "../orgs/queries";
import { isUuid } from "../validation/zod";
import { updateMember } from "../members/mutations";
import { syncMemberAccount } from "../members/account";
import type { ChangeDecisionInput, ChangeRequestInput } from "./schema";

function ownMemberId(actor: Actor): string {
  if (actor.role !== "MEMBER" || !actor.memberId) throw forbidden("仅会员本人可以操作");
  return actor.memberId;
}

/** Members may correct their own phone number directly (it is also their sign-in name). */
export async function changeOwnPhone(actor: Actor, phone: string) {
  const memberId = ownMemberId(actor);
  const m = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { orgId: true, phone: true } });
  if (m.phone === phone) throw invalid("新手机号与原手机号相同", { phone: "新手机号与原手机号相同" });
  await db.$transaction(async (tx) => {
    await tx.member.update({ where: { id: memberId }, data: { phone } });
    await syncMemberAccount(tx, memberId, { phone });
    await audit(actor, { action: "member.phone_self_update", entityType: "member", entityId: memberId, orgId: m.orgId }, tx);
  });
  return { phone };
}

type RequestedValues = { name?: string; idNumber?: string };

/** Other corrections become a request that the member's union confirms. */
export async function requestProfileChange(actor: Actor, input: ChangeRequestInput) {
  const memberId = ownMemberId(actor);
  const m = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { orgId: true } });
  const pending = await db.profileChangeRequest.count({ where: { memberId, status: "PENDING" } });
  if (pending > 0) throw invalid("您已有一项待处理的信息更正申请，请等待工会处理");
  const values: RequestedValues = { name: input.name, idNumber: input.idNumber };
  const fields = Object.entries(values).filter(([, v]) => v).map(([k]) => k);
  const row = await db.$transaction(async (tx) => {
    const r = await tx.profileChangeRequest.create({
      data: { memberId, orgId: m.orgId, fields, valuesCipher: new Uint8Array(encryptJson(values)), note: input.note || null },
    });
    await audit(actor, { action: "member.change_request", entityType: "profile_change_request", entityId: r.id, orgId: m.orgId, details: { fields } }, tx);
    return r;
  });
  return { id: row.id, fields, status: row.status, createdAt: row.createdAt.toISOString() };
}

/** A member's own requests, newest first (requested values shown masked). */
export async function listOwnChangeRequests(actor: Actor) {
  const memberId = ownMemberId(actor);
  const rows = await db.profileChangeRequest.findMany({ where: { memberId }, orderBy: { createdAt: "desc" }, take: 20 });
  return rows.map((r) => ({
    id: r.id,
    fields: r.fields,
    status: r.status,
    decisionNote: r.decisionNote,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  }));
}

/** How many requests of members in the staff member's scope await a decision (the desk's count). */
export async function countPendingChangeRequests(actor: Actor) {
  assertStaffLike(actor);
  return db.profileChangeRequest.count({ where: { status: "PENDING", org: subtreeWhere(actor.orgId) } });
}

/** Pending requests of members in the staff member's scope, with values masked. */
export async function listChangeRequests(actor: Actor, status: "PENDING" | "APPROVED" | "REJECTED" = "PENDING") {
  assertStaffLike(actor);
  const rows = await db.profileChangeRequest.findMany({
    where: { status, org: subtreeWhere(actor.orgId) },
    orderBy: { createdAt: "asc" },
    take: 200,
    include: { member: { select: { name: true, idMasked: true } }, org: { select: { name: true } } },
  });
  return rows.map((r) => {
    const v = decryptJson<RequestedValues>(r.valuesCipher);
    return {
      id: r.id,
      memberId: r.memberId,
      memberName: r.member.name,
      orgName: r.org.name,
      fields: r.fields,
      current: { name: r.member.name, idMasked: r.member.idMasked },
      requested: { name: v.name ?? null, idMasked: v.idNumber ? maskIdNumber(v.idNumber) : null },
      note: r.note,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/** Staff approve (the change is applied through the normal member update) or reject. */
export async function decideChangeRequest(actor: Actor, id: string, input: ChangeDecisionInput) {
  assertCanWrite(actor);
  const r = isUuid(id) ? await db.profileChangeRequest.findFirst({ where: { id, org: subtreeWhere(actor.orgId) } }) : null;
  if (!r) throw notFound("更正申请");
  if (r.status !== "PENDING") throw invalid("该申请已处理");
  if (input.approve) {
    const v = decryptJson<RequestedValues>(r.valuesCipher);
    await updateMember(actor, r.memberId, { ...(v.name ? { name: v.name } : {}), ...(v.idNumber ? { idNumber: v.idNumber } : {}) });
  } else if (!input.note) {
    throw invalid("驳回时请填写原因", { note: "驳回时请填写原因" });
  }
  const decided = await db.profileChangeRequest.updateMany({
    where: { id, status: "PENDING" },
    data: { status: input.approve ? "APPROVED" : "REJECTED", decidedById: actor.userId, decidedAt: new Date(), decisionNote: input.note || null },
  });
  if (decided.count !== 1) throw invalid("该申请已处理");
  await audit(actor, { action: input.approve ? "member.change_approved" : "member.change_rejected", entityType: "profile_change_request", entityId: id, orgId: r.orgId });
  return { id, status: input.approve ? "APPROVED" : "REJECTED" };
}
