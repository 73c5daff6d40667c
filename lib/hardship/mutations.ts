import "server-only";
import { db } from "../db/client";
import { mapDbError } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid } from "../errors";
import { fromDateOnly, todayCST } from "../dates";
import { decryptText, encryptText } from "../crypto/pii";
import { findMemberInScope } from "../members/queries";
import { fileTransition, isOpen } from "./workflow";
import { findFileInScope, getHardshipFile } from "./queries";
import { HARDSHIP_STATUS_LABELS } from "./labels";
import type { HardshipFileCreateInput, HardshipFileUpdateInput, HardshipStatusInput, HardshipVisitInput } from "./schema";

// The message names no organisation: the other open file may belong to another
// county, and its existence there is all this caller may learn.
const DUPLICATE = "该职工已有未结案的困难职工档案（一人一档），不能重复建档。如有疑问请联系上级工会核实。";
const UNIQUE = { open_id_hash: { field: "memberId", message: DUPLICATE } };

const STALE = "该档案已被他人修改，请刷新页面后重试";

const cipher = (text: string | null | undefined) => (text ? new Uint8Array(encryptText(text)) : null);

export async function createHardshipFile(actor: Actor, input: HardshipFileCreateInput) {
  assertCanWrite(actor);
  const member = await findMemberInScope(actor, input.memberId);
  if (member.status !== "ACTIVE") throw invalid("只能为在会会员建立困难职工档案", { memberId: "该会员已不在会" });
  const { idHash } = await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { idHash: true } });
  try {
    const id = await db.$transaction(async (tx) => {
      const f = await tx.hardshipFile.create({
        data: {
          orgId: member.orgId,
          memberId: member.id,
          // One open file per ID number in the whole province: enforced by the unique index.
          openIdHash: idHash,
          category: input.category,
          cause: input.cause,
          householdSize: input.householdSize,
          householdIncome: input.householdIncome,
          detailsCipher: cipher(input.details),
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await audit(
        actor,
        { action: "hardship.create", entityType: "hardship_file", entityId: f.id, orgId: member.orgId, details: { fields: Object.keys(input) } },
        tx,
      );
      return f.id;
    });
    return getHardshipFile(actor, id);
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
}

export async function updateHardshipFile(actor: Actor, id: string, input: HardshipFileUpdateInput) {
  assertCanWrite(actor);
  const f = await findFileInScope(actor, id);
  if (!isOpen(f.status)) throw conflict(`档案${HARDSHIP_STATUS_LABELS[f.status]}，不能再修改`);
  const { version, details, ...rest } = input;
  await db.$transaction(async (tx) => {
    const n = await tx.hardshipFile.updateMany({
      where: { id, version: version ?? f.version, status: f.status },
      data: {
        ...rest,
        ...(details !== undefined ? { detailsCipher: cipher(details) } : {}),
        version: { increment: 1 },
      },
    });
    if (n.count !== 1) throw conflict(STALE);
    await audit(
      actor,
      { action: "hardship.update", entityType: "hardship_file", entityId: id, orgId: f.orgId, details: { fields: Object.keys(input).filter((k) => k !== "version") } },
      tx,
    );
  });
  return getHardshipFile(actor, id);
}

/** Moves a file along its lifecycle; lifting or closing frees the ID number for a future file. */
export async function changeHardshipStatus(actor: Actor, id: string, input: HardshipStatusInput, today = todayCST()) {
  assertCanWrite(actor);
  const f = await findFileInScope(actor, id);
  const t = fileTransition(f.status, input.status);
  if (!t) throw conflict(`档案当前为“${HARDSHIP_STATUS_LABELS[f.status]}”，不能改为“${HARDSHIP_STATUS_LABELS[input.status]}”`);
  if (t.reason === "required" && !input.reason) throw invalid("请填写原因", { reason: "请填写原因" });
  if (t.needsVisit && (await db.hardshipVisit.count({ where: { fileId: id } })) === 0) {
    throw conflict("请先登记入户核实走访记录，再核实建档");
  }
  await db.$transaction(async (tx) => {
    const n = await tx.hardshipFile.updateMany({
      where: { id, version: input.version ?? f.version, status: f.status },
      data: {
        status: t.to,
        statusReason: input.reason ?? null,
        statusOn: fromDateOnly(today),
        ...(isOpen(t.to) ? {} : { openIdHash: null }),
        version: { increment: 1 },
      },
    });
    if (n.count !== 1) throw conflict(STALE);
    await audit(
      actor,
      { action: "hardship.status", entityType: "hardship_file", entityId: id, orgId: f.orgId, details: { from: f.status, to: t.to } },
      tx,
    );
  });
  return getHardshipFile(actor, id);
}

export async function addHardshipVisit(actor: Actor, id: string, input: HardshipVisitInput, today = todayCST()) {
  assertCanWrite(actor);
  const f = await findFileInScope(actor, id);
  if (!isOpen(f.status)) throw conflict(`档案${HARDSHIP_STATUS_LABELS[f.status]}，不能再登记走访`);
  if (input.visitedOn > today) throw invalid("走访日期不能晚于今天", { visitedOn: "走访日期不能晚于今天" });
  await db.$transaction(async (tx) => {
    const v = await tx.hardshipVisit.create({
      data: {
        fileId: id,
        visitedOn: fromDateOnly(input.visitedOn),
        visitors: input.visitors,
        findingsCipher: cipher(input.findings),
        conclusion: input.conclusion,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    // The newest visit date wins even when an older visit is entered late.
    await tx.$executeRaw`UPDATE hardship_file
      SET last_verified_on = GREATEST(last_verified_on, ${input.visitedOn}::date), version = version + 1, updated_at = now()
      WHERE id = ${id}::uuid`;
    await audit(actor, { action: "hardship.visit", entityType: "hardship_file", entityId: id, orgId: f.orgId, details: { visitId: v.id } }, tx);
  });
  return getHardshipFile(actor, id);
}

/**
 * The narrative details and visit findings, decrypted. Like the ID-number
 * reveal: a deliberate, audited act (the audit records the act, not the text);
 * leaders, who only read statistics, may not.
 */
export async function revealHardshipDetails(actor: Actor, id: string) {
  const f = await findFileInScope(actor, id);
  if (actor.role === "LEADER") throw forbidden("领导账号不能查看困难情况详情");
  const [file, visits] = await Promise.all([
    db.hardshipFile.findUniqueOrThrow({ where: { id }, select: { detailsCipher: true } }),
    db.hardshipVisit.findMany({ where: { fileId: id }, orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }], select: { id: true, findingsCipher: true } }),
  ]);
  await audit(actor, { action: "hardship.reveal_details", entityType: "hardship_file", entityId: id, orgId: f.orgId });
  return {
    details: file.detailsCipher ? decryptText(file.detailsCipher) : null,
    visits: visits.map((v) => ({ id: v.id, findings: v.findingsCipher ? decryptText(v.findingsCipher) : null })),
  };
}
