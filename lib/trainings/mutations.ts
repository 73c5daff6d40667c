import "server-only";
import { db } from "../db/client";
import { mapDbError, type UniqueMessages } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { AppError, invalid } from "../errors";
import { fromDateOnly, toDateOnly } from "../dates";
import { findOrgInScope, subtreeWhere } from "../orgs/queries";
import { findMemberInScope, memberScopeWhere } from "../members/queries";
import { findEnrolmentInScope, findTrainingInScope, getEnrolment, getTraining, type SessionRow } from "./queries";
import { outcomeProblems, sessionProblems } from "./schema";
import type { EnrolmentBatchInput, EnrolmentCreateInput, EnrolmentUpdateInput, TrainingCreateInput, TrainingUpdateInput } from "./schema";

const ENROLMENT_UNIQUE: UniqueMessages = {
  session_id: { field: "memberId", message: "该会员已在本次培训的学员名单中" },
};

/** An organisation named in the body must lie in the caller's subtree (403 on its field otherwise). */
async function requireOrgForWrite(actor: Actor, orgId: number) {
  try {
    return await findOrgInScope(actor, orgId);
  } catch {
    throw new AppError("FORBIDDEN", "只能选择本单位及下级的组织", { orgId: "只能选择本单位及下级的组织" });
  }
}

function failIf(problems: Record<string, string>) {
  const first = Object.values(problems)[0];
  if (first) throw invalid(`输入有误：${first}`, problems);
}

export async function createTraining(actor: Actor, input: TrainingCreateInput) {
  assertCanWrite(actor);
  await requireOrgForWrite(actor, input.orgId);
  const { startsOn, endsOn, hours, place, capacity, notes, ...rest } = input;
  const id = await db.$transaction(async (tx) => {
    const s = await tx.trainingSession.create({
      data: {
        ...rest,
        startsOn: fromDateOnly(startsOn),
        endsOn: fromDateOnly(endsOn),
        hours: String(hours),
        place: place ?? null,
        capacity: capacity ?? null,
        notes: notes ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(actor, { action: "training.create", entityType: "training_session", entityId: s.id, orgId: input.orgId }, tx);
    return s.id;
  });
  return getTraining(actor, id);
}

export async function updateTraining(actor: Actor, id: string, input: TrainingUpdateInput) {
  assertCanWrite(actor);
  const current = await findTrainingInScope(actor, id);
  if (input.orgId !== undefined && input.orgId !== current.orgId) {
    await requireOrgForWrite(actor, input.orgId);
    // Enrolled members must stay within the session's organisation subtree.
    const outside = await db.trainingEnrolment.count({ where: { sessionId: id, member: { org: { NOT: subtreeWhere(input.orgId) } } } });
    if (outside > 0) throw invalid(`有 ${outside} 名学员不属于所选组织及其下级工会，不能改为该举办组织`, { orgId: "已有学员不属于所选组织" });
  }
  failIf(
    sessionProblems({
      startsOn: input.startsOn ?? toDateOnly(current.startsOn)!,
      endsOn: input.endsOn ?? toDateOnly(current.endsOn)!,
      mode: input.mode ?? current.mode,
      place: input.place === undefined ? current.place : input.place,
    }),
  );
  if (input.hours !== undefined) await assertHoursCoverAttendance(id, input.hours);
  const { startsOn, endsOn, hours, ...rest } = input;
  await db.$transaction(async (tx) => {
    await tx.trainingSession.update({
      where: { id },
      data: {
        ...rest,
        ...(startsOn ? { startsOn: fromDateOnly(startsOn) } : {}),
        ...(endsOn ? { endsOn: fromDateOnly(endsOn) } : {}),
        ...(hours !== undefined ? { hours: String(hours) } : {}),
      },
    });
    await audit(
      actor,
      { action: "training.update", entityType: "training_session", entityId: id, orgId: current.orgId, details: { fields: Object.keys(input) } },
      tx,
    );
  });
  return getTraining(actor, id);
}

async function assertHoursCoverAttendance(sessionId: string, hours: number) {
  const longest = await db.trainingEnrolment.aggregate({ where: { sessionId }, _max: { attendedHours: true } });
  const max = longest._max.attendedHours?.toNumber() ?? 0;
  if (max > hours) throw invalid(`已有学员的参训学时为 ${max}，培训学时不能少于此数`, { hours: `不能少于已登记的参训学时 ${max}` });
}

/** Soft delete: the session and its enrolments disappear from lists and totals; the rows stay. */
export async function deleteTraining(actor: Actor, id: string) {
  assertCanWrite(actor);
  const current = await findTrainingInScope(actor, id);
  await db.$transaction(async (tx) => {
    await tx.trainingSession.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(actor, { action: "training.delete", entityType: "training_session", entityId: id, orgId: current.orgId }, tx);
  });
  return { id, deleted: true };
}

// ---------------------------------------------------------------- enrolments

/**
 * Rules that need the session: a member must belong to the session's
 * organisation subtree; subsidies are for education-upgrade sessions only;
 * nobody attends more hours than the session had.
 */
export function sessionRuleProblems(
  session: Pick<SessionRow, "type" | "hours">,
  v: { outcome?: string; attendedHours?: number | null },
  fields: { outcome: string; attendedHours: string } = { outcome: "outcome", attendedHours: "attendedHours" },
): Record<string, string> {
  const out: Record<string, string> = {};
  if (v.outcome === "SUBSIDY_GRANTED" && session.type !== "EDUCATION_UPGRADE") out[fields.outcome] = "只有学历提升类培训可以发放学历提升补助";
  const hours = session.hours.toNumber();
  if (v.attendedHours != null && v.attendedHours > hours) out[fields.attendedHours] = `参训学时不能超过培训学时（${hours}学时）`;
  return out;
}

export async function addEnrolment(actor: Actor, sessionId: string, input: EnrolmentCreateInput) {
  assertCanWrite(actor);
  const session = await findTrainingInScope(actor, sessionId);
  const member = await findMemberInScope(actor, input.memberId).catch(() => {
    throw new AppError("FORBIDDEN", "只能选择本单位及下级工会的会员", { memberId: "只能选择本单位及下级工会的会员" });
  });
  if (!member.org.ancestorIds.includes(session.orgId)) {
    throw invalid(`该会员不属于“${session.org.name}”及其下级工会，不能登记为本次培训的学员`, { memberId: "该会员不在本次培训的组织范围内" });
  }
  failIf(sessionRuleProblems(session, input));
  try {
    const id = await db.$transaction(async (tx) => {
      const e = await tx.trainingEnrolment.create({
        data: {
          sessionId,
          memberId: member.id,
          attended: input.attended,
          attendedHours: input.attendedHours == null ? null : String(input.attendedHours),
          outcome: input.outcome,
          certificateLevel: input.certificateLevel ?? null,
          certificateNo: input.certificateNo ?? null,
          subsidyAmount: input.subsidyAmount ?? null,
        },
        select: { id: true },
      });
      await audit(
        actor,
        { action: "training.enrolment.create", entityType: "training_enrolment", entityId: e.id, orgId: session.orgId, details: { sessionId } },
        tx,
      );
      return e.id;
    });
    return getEnrolment(actor, sessionId, id);
  } catch (e) {
    mapDbError(e, { unique: ENROLMENT_UNIQUE });
  }
}

/**
 * Enrols several members at once (the member list's batch action): each as
 * attended for the session's full hours, outcome 已报名. All or nothing: one
 * member outside the caller's scope is a 403, one outside the session's
 * organisation a 400 naming them; members already enrolled are left as they
 * are and counted.
 */
export async function addEnrolments(actor: Actor, sessionId: string, input: EnrolmentBatchInput) {
  assertCanWrite(actor);
  const session = await findTrainingInScope(actor, sessionId);
  const ids = [...new Set(input.memberIds)];
  const members = await db.member.findMany({
    where: { AND: [{ id: { in: ids } }, memberScopeWhere(actor)] },
    select: { id: true, name: true, org: { select: { ancestorIds: true } } },
  });
  if (members.length !== ids.length) {
    throw new AppError("FORBIDDEN", "只能选择本单位及下级工会的会员", { memberIds: "所选会员中有不在您管理范围内的" });
  }
  const outside = members.filter((m) => !m.org.ancestorIds.includes(session.orgId));
  if (outside.length) {
    const names = outside.slice(0, 5).map((m) => m.name).join("、") + (outside.length > 5 ? ` 等 ${outside.length} 人` : "");
    throw invalid(`${names}不属于“${session.org.name}”及其下级工会，不能登记为本次培训的学员`, { memberIds: "所选会员中有不在本次培训组织范围内的" });
  }
  const created = await db.$transaction(async (tx) => {
    const existing = await tx.trainingEnrolment.findMany({ where: { sessionId, memberId: { in: ids } }, select: { memberId: true } });
    const taken = new Set(existing.map((e) => e.memberId));
    const fresh = ids.filter((id) => !taken.has(id));
    for (const memberId of fresh) {
      const e = await tx.trainingEnrolment.create({
        data: { sessionId, memberId, attended: true, attendedHours: session.hours, outcome: "ENROLLED" },
        select: { id: true },
      });
      await audit(
        actor,
        { action: "training.enrolment.create", entityType: "training_enrolment", entityId: e.id, orgId: session.orgId, details: { sessionId, batch: true } },
        tx,
      );
    }
    return fresh.length;
  });
  return { enrolled: created, alreadyEnrolled: ids.length - created };
}

export async function updateEnrolment(actor: Actor, sessionId: string, enrolmentId: string, input: EnrolmentUpdateInput) {
  assertCanWrite(actor);
  const { session, enrolment: cur } = await findEnrolmentInScope(actor, sessionId, enrolmentId);
  const merged = {
    attended: input.attended ?? cur.attended,
    attendedHours: input.attendedHours === undefined ? (cur.attendedHours?.toNumber() ?? null) : input.attendedHours,
    outcome: input.outcome ?? cur.outcome,
    certificateLevel: input.certificateLevel === undefined ? cur.certificateLevel : input.certificateLevel,
    certificateNo: input.certificateNo === undefined ? cur.certificateNo : input.certificateNo,
    subsidyAmount: input.subsidyAmount === undefined ? (cur.subsidyAmount?.toFixed(2) ?? null) : input.subsidyAmount,
  };
  failIf({ ...outcomeProblems(merged), ...sessionRuleProblems(session, merged) });
  await db.$transaction(async (tx) => {
    await tx.trainingEnrolment.update({
      where: { id: enrolmentId },
      data: {
        attended: merged.attended,
        attendedHours: merged.attendedHours == null ? null : String(merged.attendedHours),
        outcome: merged.outcome,
        certificateLevel: merged.certificateLevel,
        certificateNo: merged.certificateNo,
        subsidyAmount: merged.subsidyAmount,
      },
    });
    await audit(
      actor,
      {
        action: "training.enrolment.update",
        entityType: "training_enrolment",
        entityId: enrolmentId,
        orgId: session.orgId,
        details: { sessionId, fields: Object.keys(input) },
      },
      tx,
    );
  });
  return getEnrolment(actor, sessionId, enrolmentId);
}

/** Enrolments have no soft delete: removing one takes the member off the list (audited). */
export async function removeEnrolment(actor: Actor, sessionId: string, enrolmentId: string) {
  assertCanWrite(actor);
  const { session } = await findEnrolmentInScope(actor, sessionId, enrolmentId);
  await db.$transaction(async (tx) => {
    await tx.trainingEnrolment.delete({ where: { id: enrolmentId } });
    await audit(
      actor,
      { action: "training.enrolment.delete", entityType: "training_enrolment", entityId: enrolmentId, orgId: session.orgId, details: { sessionId } },
      tx,
    );
  });
  return { id: enrolmentId, deleted: true };
}
