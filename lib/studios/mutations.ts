import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, invalid, notFound } from "../errors";
import { fromDateOnly } from "../dates";
import { assertUuid, requireMemberForWrite, requireOrgForWrite } from "../records/scope";
import { canTransition, STUDIO_STATUS_LABELS } from "./labels";
import { findStudioInScope, getStudio } from "./queries";
import type {
  AchievementCreateInput,
  AchievementUpdateInput,
  MentorshipCreateInput,
  MentorshipOutcomeInput,
  StudioCreateInput,
  StudioMemberAddInput,
  StudioStatusInput,
  StudioUpdateInput,
} from "./schema";

/** A studio is hosted by an enterprise (grassroots) union in the caller's scope. */
async function requireHostUnion(actor: Actor, orgId: number) {
  const org = await requireOrgForWrite(actor, orgId, "orgId");
  if (org.level !== "GRASSROOTS") throw invalid("依托单位须为企业（基层）工会", { orgId: "请选择企业（基层）工会" });
  return org;
}

export async function createStudio(actor: Actor, input: StudioCreateInput) {
  assertCanWrite(actor);
  const org = await requireHostUnion(actor, input.orgId);
  await requireMemberForWrite(actor, input.leadMemberId, "leadMemberId");
  const id = await db.$transaction(async (tx) => {
    const s = await tx.studio.create({
      data: {
        orgId: org.id,
        name: input.name,
        kind: input.kind,
        level: input.level,
        leadMemberId: input.leadMemberId,
        foundedOn: fromDateOnly(input.foundedOn),
        description: input.description ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    // The lead is the studio's first member.
    await tx.studioMember.create({ data: { studioId: s.id, memberId: input.leadMemberId, role: "领衔人", joinedOn: fromDateOnly(input.foundedOn) } });
    await audit(actor, { action: "studio.create", entityType: "studio", entityId: s.id, orgId: org.id }, tx);
    return s.id;
  });
  return getStudio(actor, id);
}

export async function updateStudio(actor: Actor, id: string, input: StudioUpdateInput) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, id);
  if (input.orgId !== undefined && input.orgId !== s.orgId) await requireHostUnion(actor, input.orgId);
  if (input.leadMemberId && input.leadMemberId !== s.leadMemberId) await requireMemberForWrite(actor, input.leadMemberId, "leadMemberId");
  const { foundedOn, ...rest } = input;
  await db.$transaction(async (tx) => {
    await tx.studio.update({ where: { id }, data: { ...rest, ...(foundedOn ? { foundedOn: fromDateOnly(foundedOn) } : {}) } });
    await audit(actor, { action: "studio.update", entityType: "studio", entityId: id, orgId: s.orgId, details: { fields: Object.keys(input) } }, tx);
  });
  return getStudio(actor, id);
}

/** NAMED → REVIEWED, NAMED/REVIEWED → REVOKED; nothing else. The change is kept in the audit log for the timeline. */
export async function changeStudioStatus(actor: Actor, id: string, input: StudioStatusInput) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, id);
  if (!canTransition(s.status, input.status)) {
    throw conflict(`工作室当前为“${STUDIO_STATUS_LABELS[s.status]}”，不能变更为“${STUDIO_STATUS_LABELS[input.status]}”`, { status: "不允许的状态变更" });
  }
  if (fromDateOnly(input.statusOn) < s.foundedOn) throw invalid("变更日期不能早于命名日期", { statusOn: "变更日期不能早于命名日期" });
  await db.$transaction(async (tx) => {
    // Guarded by the old status so two concurrent changes cannot both apply.
    const r = await tx.studio.updateMany({ where: { id, status: s.status }, data: { status: input.status, statusOn: fromDateOnly(input.statusOn) } });
    if (r.count !== 1) throw conflict("工作室状态已被他人修改，请刷新后重试");
    await audit(
      actor,
      { action: "studio.status", entityType: "studio", entityId: id, orgId: s.orgId, details: { from: s.status, to: input.status, statusOn: input.statusOn } },
      tx,
    );
  });
  return getStudio(actor, id);
}

export async function deleteStudio(actor: Actor, id: string) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, id);
  await db.$transaction(async (tx) => {
    await tx.studio.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(actor, { action: "studio.delete", entityType: "studio", entityId: id, orgId: s.orgId }, tx);
  });
  return { id, deleted: true };
}

// ---- studio members ----

export async function addStudioMember(actor: Actor, studioId: string, input: StudioMemberAddInput) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, studioId);
  await requireMemberForWrite(actor, input.memberId, "memberId");
  const exists = await db.studioMember.findUnique({ where: { studioId_memberId: { studioId, memberId: input.memberId } }, select: { memberId: true } });
  if (exists) throw conflict("该会员已是本工作室成员", { memberId: "该会员已是本工作室成员" });
  await db.$transaction(async (tx) => {
    await tx.studioMember.create({ data: { studioId, memberId: input.memberId, role: input.role ?? null, joinedOn: fromDateOnly(input.joinedOn) } });
    await audit(actor, { action: "studio.member_add", entityType: "studio", entityId: studioId, orgId: s.orgId, details: { memberId: input.memberId } }, tx);
  });
  return getStudio(actor, studioId);
}

/** Studio membership is a plain link (no history of its own); removal is audited. */
export async function removeStudioMember(actor: Actor, studioId: string, memberId: string) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, studioId);
  assertUuid(memberId, "工作室成员");
  if (memberId === s.leadMemberId) throw invalid("领衔人不能移出工作室，请先更换领衔人");
  await db.$transaction(async (tx) => {
    const r = await tx.studioMember.deleteMany({ where: { studioId, memberId } });
    if (r.count === 0) throw notFound("工作室成员");
    await audit(actor, { action: "studio.member_remove", entityType: "studio", entityId: studioId, orgId: s.orgId, details: { memberId } }, tx);
  });
  return getStudio(actor, studioId);
}

// ---- achievements ----

async function findAchievement(studioId: string, id: string) {
  assertUuid(id, "成果");
  const row = await db.studioAchievement.findFirst({ where: { id, studioId, deletedAt: null }, select: { id: true } });
  if (!row) throw notFound("成果");
  return row;
}

export async function createAchievement(actor: Actor, studioId: string, input: AchievementCreateInput) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, studioId);
  await db.$transaction(async (tx) => {
    const a = await tx.studioAchievement.create({
      data: {
        studioId,
        kind: input.kind,
        title: input.title,
        achievedOn: fromDateOnly(input.achievedOn),
        benefit: input.benefit ?? null,
        patentNo: input.patentNo ?? null,
        description: input.description ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(actor, { action: "studio.achievement_create", entityType: "studio_achievement", entityId: a.id, orgId: s.orgId, details: { studioId, kind: input.kind } }, tx);
  });
  return getStudio(actor, studioId);
}

export async function updateAchievement(actor: Actor, studioId: string, id: string, input: AchievementUpdateInput) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, studioId);
  await findAchievement(studioId, id);
  const { achievedOn, ...rest } = input;
  await db.$transaction(async (tx) => {
    await tx.studioAchievement.update({ where: { id }, data: { ...rest, ...(achievedOn ? { achievedOn: fromDateOnly(achievedOn) } : {}) } });
    await audit(actor, { action: "studio.achievement_update", entityType: "studio_achievement", entityId: id, orgId: s.orgId, details: { studioId, fields: Object.keys(input) } }, tx);
  });
  return getStudio(actor, studioId);
}

export async function deleteAchievement(actor: Actor, studioId: string, id: string) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, studioId);
  await findAchievement(studioId, id);
  await db.$transaction(async (tx) => {
    await tx.studioAchievement.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(actor, { action: "studio.achievement_delete", entityType: "studio_achievement", entityId: id, orgId: s.orgId, details: { studioId } }, tx);
  });
  return getStudio(actor, studioId);
}

// ---- mentoring pairs (师带徒) ----

async function findMentorship(studioId: string, id: string) {
  assertUuid(id, "师徒结对");
  const row = await db.mentorship.findFirst({ where: { id, studioId, deletedAt: null }, select: { id: true, startedOn: true } });
  if (!row) throw notFound("师徒结对");
  return row;
}

export async function createMentorship(actor: Actor, studioId: string, input: MentorshipCreateInput) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, studioId);
  await requireMemberForWrite(actor, input.mentorMemberId, "mentorMemberId");
  await requireMemberForWrite(actor, input.apprenticeMemberId, "apprenticeMemberId");
  await db.$transaction(async (tx) => {
    const m = await tx.mentorship.create({
      data: {
        orgId: s.orgId,
        studioId,
        mentorMemberId: input.mentorMemberId,
        apprenticeMemberId: input.apprenticeMemberId,
        startedOn: fromDateOnly(input.startedOn),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(actor, { action: "studio.mentorship_create", entityType: "mentorship", entityId: m.id, orgId: s.orgId, details: { studioId } }, tx);
  });
  return getStudio(actor, studioId);
}

export async function recordMentorshipOutcome(actor: Actor, studioId: string, id: string, input: MentorshipOutcomeInput) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, studioId);
  const m = await findMentorship(studioId, id);
  if (input.outcomeOn && fromDateOnly(input.outcomeOn) < m.startedOn) throw invalid("结果日期不能早于结对日期", { outcomeOn: "结果日期不能早于结对日期" });
  await db.$transaction(async (tx) => {
    await tx.mentorship.update({
      where: { id },
      data: {
        outcome: input.outcome,
        outcomeOn: input.outcome === "ONGOING" || !input.outcomeOn ? null : fromDateOnly(input.outcomeOn),
        outcomeNote: input.outcomeNote ?? null,
      },
    });
    await audit(actor, { action: "studio.mentorship_outcome", entityType: "mentorship", entityId: id, orgId: s.orgId, details: { studioId, outcome: input.outcome } }, tx);
  });
  return getStudio(actor, studioId);
}

export async function deleteMentorship(actor: Actor, studioId: string, id: string) {
  assertCanWrite(actor);
  const s = await findStudioInScope(actor, studioId);
  await findMentorship(studioId, id);
  await db.$transaction(async (tx) => {
    await tx.mentorship.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(actor, { action: "studio.mentorship_delete", entityType: "mentorship", entityId: id, orgId: s.orgId, details: { studioId } }, tx);
  });
  return getStudio(actor, studioId);
}

