import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid } from "../errors";
import { decryptText, encryptText } from "../crypto/pii";
import { fromDateOnly, toDateOnly, todayCST } from "../dates";
import { requireMemberForWrite, requireOrgForWrite } from "../records/scope";
import { deadlines } from "./deadlines";
import { RIGHTS_ACTS, RIGHTS_REFERRAL_LABELS, RIGHTS_STATUS_LABELS } from "./labels";
import { assertMayReveal, findCaseInScope, getCase, getCaseAfterStep, type CaseRow } from "./queries";
import type { OwnRightsCaseCreateInput, RightsCaseCreateInput, RightsCloseInput } from "./schema";

const seal = (text: string) => new Uint8Array(encryptText(text));

function assertAct(r: CaseRow, act: keyof typeof RIGHTS_ACTS) {
  if (!(RIGHTS_ACTS[act] as readonly string[]).includes(r.status)) throw conflict(`工单当前状态为“${RIGHTS_STATUS_LABELS[r.status]}”，不能执行此操作`);
}

/** Acting on a case needs its handling union in the caller's subtree: a union that handed a case up only follows it. */
async function findCaseToHandle(actor: Actor, id: string): Promise<CaseRow> {
  assertCanWrite(actor);
  const r = await findCaseInScope(actor, id);
  if (!r.handlingOrg.ancestorIds.includes(actor.orgId)) throw forbidden(`该工单已由${r.handlingOrg.name}办理`);
  return r;
}

function notBefore(on: string, earliest: Date | null, field: string, what: string) {
  if (earliest && on < toDateOnly(earliest)!) throw invalid(`${what}不能早于${toDateOnly(earliest)}`, { [field]: `${what}不能早于${toDateOnly(earliest)}` });
}

async function insertCase(
  actor: Actor,
  data: { receivingOrgId: number; memberId: string | null; applicantName: string; phone: string | null; kind: RightsCaseCreateInput["kind"]; channel: RightsCaseCreateInput["channel"]; facts: string; workers: number; receivedOn: string },
) {
  const d = deadlines(data.kind, data.receivedOn);
  return db.$transaction(async (tx) => {
    const r = await tx.rightsCase.create({
      data: {
        receivingOrgId: data.receivingOrgId,
        handlingOrgId: data.receivingOrgId,
        memberId: data.memberId,
        applicantName: data.applicantName,
        phoneCipher: data.phone ? seal(data.phone) : null,
        kind: data.kind,
        channel: data.channel,
        factsCipher: seal(data.facts),
        workers: data.workers,
        receivedOn: fromDateOnly(data.receivedOn),
        acknowledgeBy: fromDateOnly(d.acknowledgeBy),
        resolveBy: fromDateOnly(d.resolveBy),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await tx.rightsCaseEvent.create({ data: { caseId: r.id, action: "RECEIVED", on: fromDateOnly(data.receivedOn), toOrgId: data.receivingOrgId, actorId: actor.userId } });
    // The audit entry names the fields, never the facts or the phone.
    await audit(actor, { action: "rights_case.create", entityType: "rights_case", entityId: r.id, orgId: data.receivingOrgId, details: { kind: data.kind, channel: data.channel, member: data.memberId !== null } }, tx);
    return r.id;
  });
}

export async function createCase(actor: Actor, input: RightsCaseCreateInput) {
  assertCanWrite(actor);
  const org = await requireOrgForWrite(actor, input.receivingOrgId ?? actor.orgId, "receivingOrgId");
  const member = input.memberId ? await requireMemberForWrite(actor, input.memberId, "memberId") : null;
  const id = await insertCase(actor, {
    receivingOrgId: org.id,
    memberId: member?.id ?? null,
    applicantName: member?.name ?? input.applicantName!,
    phone: member ? null : input.applicantPhone!,
    kind: input.kind,
    channel: input.channel,
    facts: input.facts,
    workers: input.workers,
    receivedOn: input.receivedOn,
  });
  return getCase(actor, id);
}

/**
 * A member opens a case online from their own pages. It is received by the
 * town (street) union above their union, or the county where there is none:
 * grassroots unions do not run a rights desk.
 */
export async function openOwnCase(actor: Actor, input: OwnRightsCaseCreateInput) {
  if (actor.role !== "MEMBER" || !actor.memberId) throw forbidden("仅会员本人可以在此提交");
  const m = await db.member.findUniqueOrThrow({ where: { id: actor.memberId }, select: { id: true, name: true, org: { select: { ancestorIds: true } } } });
  const path = m.org.ancestorIds;
  const receivingOrgId = path[3] ?? path[2] ?? path[path.length - 1];
  const id = await insertCase(actor, { receivingOrgId, memberId: m.id, applicantName: m.name, phone: null, kind: input.kind, channel: "ONLINE", facts: input.facts, workers: input.workers, receivedOn: todayCST() });
  return getCase(actor, id);
}

async function step(actor: Actor, r: CaseRow, action: string, on: string, data: Parameters<typeof db.rightsCase.update>[0]["data"], event: { fromOrgId?: number; toOrgId?: number; note?: string | null }, details: Record<string, unknown> = {}) {
  await db.$transaction(async (tx) => {
    await tx.rightsCase.update({ where: { id: r.id }, data });
    await tx.rightsCaseEvent.create({ data: { caseId: r.id, action, on: fromDateOnly(on), fromOrgId: event.fromOrgId ?? null, toOrgId: event.toOrgId ?? null, note: event.note ?? null, actorId: actor.userId } });
    await audit(actor, { action: `rights_case.${action.toLowerCase()}`, entityType: "rights_case", entityId: r.id, orgId: r.handlingOrgId, details }, tx);
  });
  return getCaseAfterStep(actor, r.id);
}

export async function acceptCase(actor: Actor, id: string, acceptedOn: string) {
  const r = await findCaseToHandle(actor, id);
  assertAct(r, "accept");
  notBefore(acceptedOn, r.receivedOn, "acceptedOn", "受理日期");
  return step(actor, r, "ACCEPTED", acceptedOn, { status: "ACCEPTED", acceptedOn: fromDateOnly(acceptedOn) }, { toOrgId: r.handlingOrgId });
}

/**
 * Hand a case to a union below the caller, or to a union above the one
 * handling it (a town passes a dispute up to the county). The time limits run
 * on from the day the case was received.
 */
export async function handOverCase(actor: Actor, id: string, input: { toOrgId: number; on: string; note?: string }) {
  const r = await findCaseToHandle(actor, id);
  assertAct(r, "handover");
  notBefore(input.on, r.receivedOn, "on", "移交日期");
  if (input.toOrgId === r.handlingOrgId) throw invalid("已由该工会办理", { toOrgId: "已由该工会办理" });
  const handling = await db.organisation.findUniqueOrThrow({ where: { id: r.handlingOrgId }, select: { ancestorIds: true } });
  const up = handling.ancestorIds.includes(input.toOrgId);
  if (!up) await requireOrgForWrite(actor, input.toOrgId, "toOrgId");
  return step(actor, r, "HANDOVER", input.on, { handlingOrgId: input.toOrgId }, { fromOrgId: r.handlingOrgId, toOrgId: input.toOrgId, note: input.note ?? null }, { direction: up ? "up" : "down" });
}

export async function referCase(actor: Actor, id: string, input: { referral: keyof typeof RIGHTS_REFERRAL_LABELS; referralRef: string; on: string }) {
  const r = await findCaseToHandle(actor, id);
  assertAct(r, "refer");
  notBefore(input.on, r.acceptedOn, "on", "转办日期");
  return step(
    actor,
    r,
    "REFERRED",
    input.on,
    { status: "REFERRED", referral: input.referral, referralRef: input.referralRef, referredOn: fromDateOnly(input.on) },
    { note: `${RIGHTS_REFERRAL_LABELS[input.referral]}，编号 ${input.referralRef}` },
    { referral: input.referral },
  );
}

export async function closeCase(actor: Actor, id: string, input: RightsCloseInput) {
  const r = await findCaseToHandle(actor, id);
  assertAct(r, "close");
  notBefore(input.closedOn, r.referredOn ?? r.acceptedOn, "closedOn", "办结日期");
  if (input.moneyRecovered && r.kind !== "WAGE_ARREARS" && r.kind !== "DISPUTE_MEDIATION" && r.kind !== "WORK_INJURY") {
    throw invalid("追回金额只适用于欠薪、工伤和劳动争议案件", { moneyRecovered: "追回金额只适用于欠薪、工伤和劳动争议案件" });
  }
  return step(
    actor,
    r,
    "CLOSED",
    input.closedOn,
    { status: "CLOSED", closedOn: fromDateOnly(input.closedOn), outcomeCipher: seal(input.outcome), moneyRecovered: input.moneyRecovered ?? null, ...(input.workers ? { workers: input.workers } : {}) },
    {},
    { moneyRecovered: Boolean(input.moneyRecovered) },
  );
}

export async function followUpCase(actor: Actor, id: string, input: { followedUpOn: string; satisfaction: number }) {
  const r = await findCaseToHandle(actor, id);
  assertAct(r, "followUp");
  notBefore(input.followedUpOn, r.closedOn, "followedUpOn", "回访日期");
  return step(actor, r, "FOLLOWED_UP", input.followedUpOn, { status: "FOLLOWED_UP", followedUpOn: fromDateOnly(input.followedUpOn), satisfaction: input.satisfaction }, { note: `满意度 ${input.satisfaction} 分` });
}

export async function revealCase(actor: Actor, id: string) {
  await assertMayReveal(actor);
  const r = await findCaseInScope(actor, id);
  const row = await db.rightsCase.findUniqueOrThrow({ where: { id }, select: { factsCipher: true, outcomeCipher: true, phoneCipher: true } });
  await audit(actor, { action: "rights_case.reveal_facts", entityType: "rights_case", entityId: id, orgId: r.handlingOrgId });
  return {
    facts: decryptText(row.factsCipher),
    outcome: row.outcomeCipher ? decryptText(row.outcomeCipher) : null,
    phone: row.phoneCipher ? decryptText(row.phoneCipher) : null,
  };
}

