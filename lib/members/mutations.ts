import "server-only";
import { db, type Tx } from "../db/client";
import { mapDbError, type UniqueMessages } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid } from "../errors";
import { fromDateOnly, toDateOnly, todayCST } from "../dates";
import { decryptIdNumber, encryptIdNumber, hashIdNumber } from "../crypto/pii";
import { findOrgInScope } from "../orgs/queries";
import { holdsMembers } from "../orgs/labels";
import { maskIdNumber, parseIdNumber } from "./id-number";
import { MEMBERSHIP_HELD } from "./labels";
import { findMemberInScope, getMember } from "./queries";
import { syncMemberAccount } from "./account";
import { assertNoTransferBlock, lockMember } from "./transfer-rules";
import type { LapsedReviewInput, MemberCreateInput, MemberLeaveInput, MemberRetainInput, MemberTransferInput, MemberUpdateInput } from "./schema";

const UNIQUE: UniqueMessages = {
  id_hash: { field: "idNumber", message: "该身份证号已登记为会员（一人只能在一个工会登记）" },
  card_no: { field: "cardNo", message: "该会员服务卡号已被使用" },
};

function parseIdNumberOrThrow(raw: string): string {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) throw invalid("身份证号无效", { idNumber: "身份证号无效" });
  return parsed.value.idNumber;
}

/** Everything the database stores about an ID number, derived from it. */
function idNumberColumns(raw: string) {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) throw invalid("身份证号无效", { idNumber: "身份证号无效" });
  const { idNumber, birthDate, sex } = parsed.value;
  return {
    idCipher: new Uint8Array(encryptIdNumber(idNumber)),
    idHash: hashIdNumber(idNumber),
    idMasked: maskIdNumber(idNumber),
    birthDate: fromDateOnly(birthDate),
    sex,
  };
}

/** The union a member is registered in: in scope and holding members. Inside a transaction, read through `client`. */
async function requireMemberUnion(actor: Actor, orgId: number, field: string, client: Tx | typeof db = db) {
  const org = await findOrgInScope(actor, orgId, client).catch(() => {
    throw forbidden("只能选择本单位及下级的工会");
  });
  if (!holdsMembers(org.level)) {
    throw invalid("会员须登记在基层工会或村（社区）工会", { [field]: "请选择基层工会或村（社区）工会" });
  }
  return org;
}

/**
 * The one way a member is created, inside the caller's transaction (the form,
 * and an accepted online application). Scope and role are checked first.
 */
export async function insertMember(tx: Tx, actor: Actor, input: MemberCreateInput): Promise<string> {
  assertCanWrite(actor);
  await requireMemberUnion(actor, input.orgId, "orgId", tx);
  const { idNumber, joinedOn, cardNo, ...rest } = input;
  try {
    const m = await tx.member.create({
      data: { ...rest, ...idNumberColumns(idNumber), joinedOn: fromDateOnly(joinedOn), cardNo: cardNo ?? null },
      select: { id: true },
    });
    await audit(actor, { action: "member.create", entityType: "member", entityId: m.id, orgId: input.orgId }, tx);
    return m.id;
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
}

/**
 * A former member (退会, or transferred out of the province) who is taken in
 * again gets their old record back rather than a second one (the ID number is
 * unique in the province): in the chosen union, from the given 入会日期, the
 * leaving and review dates cleared. Past records stay where they were made, in
 * the old union's figures, as after a transfer.
 */
async function rejoinMember(
  tx: Tx,
  actor: Actor,
  memberId: string,
  input: { name: string; phone: string; groups: MemberCreateInput["groups"]; orgId: number; joinedOn: string; cardNo?: string },
): Promise<string> {
  assertCanWrite(actor);
  await requireMemberUnion(actor, input.orgId, "orgId", tx);
  const before = await lockMember(tx, memberId);
  if (!before || (MEMBERSHIP_HELD as readonly string[]).includes(before.status)) throw conflict("该申请人已是会员，不能重复入会");
  // Membership cannot restart before it ended: the gap would count as membership.
  if (before.leftOn && input.joinedOn < before.leftOn) {
    throw invalid("入会日期不能早于其上次退会日期", { joinedOn: "入会日期不能早于其上次退会日期" });
  }
  await tx.member.update({
    where: { id: memberId },
    data: {
      status: "ACTIVE",
      orgId: input.orgId,
      name: input.name,
      phone: input.phone,
      groups: input.groups,
      joinedOn: fromDateOnly(input.joinedOn),
      ...(input.cardNo ? { cardNo: input.cardNo } : {}),
      leftOn: null,
      leftReason: null,
      retainedOn: null,
      reviewedOn: null,
    },
  });
  await syncMemberAccount(tx, memberId, { phone: input.phone, orgId: input.orgId });
  await audit(actor, { action: "member.rejoin", entityType: "member", entityId: memberId, orgId: input.orgId, details: { fromOrgId: before.orgId, fromStatus: before.status } }, tx);
  return memberId;
}

/** The registry row of someone who was a member and is no longer (退会, 转出 out of the province). */
async function findFormerMember(tx: Tx, idNumber: string): Promise<string | undefined> {
  const m = await tx.member.findUnique({ where: { idHash: hashIdNumber(parseIdNumberOrThrow(idNumber)) }, select: { id: true, status: true } });
  return m && !MEMBERSHIP_HELD.includes(m.status) ? m.id : undefined;
}

/**
 * Takes a person into the registry, inside the caller's transaction — staff
 * registering by hand, an accepted online application: a new record, or a
 * former member's old one. A member anywhere is refused (409, the unique ID number).
 */
export async function admitMember(tx: Tx, actor: Actor, input: MemberCreateInput): Promise<string> {
  const former = await findFormerMember(tx, input.idNumber);
  if (!former) return insertMember(tx, actor, input);
  const { name, phone, groups, orgId, joinedOn, cardNo } = input;
  return rejoinMember(tx, actor, former, { name, phone, groups, orgId, joinedOn, cardNo });
}

export async function createMember(actor: Actor, input: MemberCreateInput) {
  assertCanWrite(actor);
  try {
    const id = await db.$transaction((tx) => admitMember(tx, actor, input));
    return getMember(actor, id);
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
}

export async function updateMember(actor: Actor, id: string, input: MemberUpdateInput) {
  assertCanWrite(actor);
  const current = await findMemberInScope(actor, id);
  const { idNumber, joinedOn, ...rest } = input;
  try {
    await db.$transaction(async (tx) => {
      await tx.member.update({
        where: { id },
        data: {
          ...rest,
          ...(idNumber ? idNumberColumns(idNumber) : {}),
          ...(joinedOn ? { joinedOn: fromDateOnly(joinedOn) } : {}),
        },
      });
      if (input.phone) await syncMemberAccount(tx, id, { phone: input.phone });
      // One open hardship file per ID number: an open file follows a corrected number.
      if (idNumber) await tx.hardshipFile.updateMany({ where: { memberId: id, openIdHash: { not: null } }, data: { openIdHash: hashIdNumber(parseIdNumberOrThrow(idNumber)) } });
      await audit(
        actor,
        { action: "member.update", entityType: "member", entityId: id, orgId: current.orgId, details: { fields: Object.keys(input) } },
        tx,
      );
    });
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
  return getMember(actor, id);
}

/**
 * Moves a member to another union within the actor's scope, keeping history.
 * The same rules as a 会籍接转 (lib/members/transfers.ts): not while a
 * cross-county request for the member is pending, nor while a grant is in progress.
 */
export async function transferMember(actor: Actor, id: string, input: MemberTransferInput) {
  assertCanWrite(actor);
  const m = await findMemberInScope(actor, id);
  if (m.status !== "ACTIVE") throw invalid("只有在会会员可以转会");
  if (m.orgId === input.toOrgId) throw invalid("转入工会与当前工会相同", { toOrgId: "转入工会与当前工会相同" });
  await requireMemberUnion(actor, input.toOrgId, "toOrgId");
  await db.$transaction(async (tx) => {
    const locked = await lockMember(tx, id);
    if (locked.orgId !== m.orgId || locked.status !== "ACTIVE") throw conflict("会员信息已变化，请刷新后重试");
    await assertNoTransferBlock(tx, id);
    await tx.memberTransfer.create({
      data: {
        memberId: id,
        fromOrgId: m.orgId,
        toOrgId: input.toOrgId,
        transferredOn: fromDateOnly(input.transferredOn),
        reason: input.reason || null,
        createdById: actor.userId,
      },
    });
    await tx.member.update({ where: { id }, data: { orgId: input.toOrgId } });
    await syncMemberAccount(tx, id, { orgId: input.toOrgId });
    await audit(
      actor,
      { action: "member.transfer", entityType: "member", entityId: id, orgId: m.orgId, details: { toOrgId: input.toOrgId } },
      tx,
    );
  });
  return getMember(actor, id);
}

export async function leaveMember(actor: Actor, id: string, input: MemberLeaveInput) {
  assertCanWrite(actor);
  const m = await findMemberInScope(actor, id);
  if (m.status !== "ACTIVE") throw invalid("该会员已不在会");
  await db.$transaction(async (tx) => {
    await tx.member.update({
      where: { id },
      data: { status: "LEFT", leftOn: fromDateOnly(input.leftOn), leftReason: input.reason },
    });
    await audit(actor, { action: "member.leave", entityType: "member", entityId: id, orgId: m.orgId }, tx);
  });
  return getMember(actor, id);
}

/** 保留会籍: a retiree keeps membership; counted apart from 在会 members from that day. */
export async function retainMember(actor: Actor, id: string, read: () => Promise<MemberRetainInput>) {
  assertCanWrite(actor);
  const m = await findMemberInScope(actor, id);
  const input = await read();
  if (m.status !== "ACTIVE") throw invalid("只有在会会员可以保留会籍");
  if (input.retainedOn < toDateOnly(m.joinedOn)!) throw invalid("退休日期不能早于入会日期", { retainedOn: "退休日期不能早于入会日期" });
  await db.$transaction(async (tx) => {
    const changed = await tx.member.updateMany({ where: { id, status: "ACTIVE" }, data: { status: "RETAINED", retainedOn: fromDateOnly(input.retainedOn) } });
    if (changed.count !== 1) throw conflict("会员信息已变化，请刷新后重试");
    await audit(actor, { action: "member.retain", entityType: "member", entityId: id, orgId: m.orgId }, tx);
  });
  return getMember(actor, id);
}

/**
 * The lapsed-member review (lib/members/lapsed.ts): staff keep the member (the
 * review date takes them off the list for six months) or confirm they have
 * left. Never automatic.
 */
export async function reviewLapsedMember(actor: Actor, id: string, read: () => Promise<LapsedReviewInput>) {
  assertCanWrite(actor);
  const m = await findMemberInScope(actor, id);
  const input = await read();
  if (m.status !== "ACTIVE") throw invalid("该会员已不在会");
  const today = fromDateOnly(todayCST());
  await db.$transaction(async (tx) => {
    const data =
      input.decision === "KEEP"
        ? { reviewedOn: today }
        : { status: "LEFT" as const, leftOn: today, leftReason: input.reason || "连续六个月未参加工会活动，经复核按退会处理" };
    const changed = await tx.member.updateMany({ where: { id, status: "ACTIVE" }, data });
    if (changed.count !== 1) throw conflict("会员信息已变化，请刷新后重试");
    await audit(actor, { action: "member.lapsed_review", entityType: "member", entityId: id, orgId: m.orgId, details: { decision: input.decision } }, tx);
  });
  return getMember(actor, id);
}

/**
 * The full ID number, for staff who may edit the member (not leaders) and for
 * the member themself. Every reveal is audited; the number is not.
 */
export async function revealIdNumber(actor: Actor, id: string): Promise<string> {
  const m = await findMemberInScope(actor, id);
  if (actor.role === "LEADER") throw forbidden("领导账号不能查看完整身份证号");
  const row = await db.member.findUniqueOrThrow({ where: { id }, select: { idCipher: true } });
  await audit(actor, { action: "member.reveal_id", entityType: "member", entityId: id, orgId: m.orgId });
  return decryptIdNumber(row.idCipher);
}
