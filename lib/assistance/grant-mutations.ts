import "server-only";
import { db, Prisma, type Tx } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid } from "../errors";
import { cstYear, fromDateOnly, todayCST } from "../dates";
import { decryptJson, encryptJson } from "../crypto/pii";
import { findMemberInScope } from "../members/queries";
import { findFileInScope } from "../hardship/queries";
import { isOpen } from "../hardship/workflow";
import { actorFacts } from "./actor-facts";
import { assertFileRequirement, assertWithinCaps, lockHousehold } from "./caps";
import { evaluate, mayEditDraft, noticeEnd, type GrantAction, type Transition } from "./grant-workflow";
import { findGrantInScope, getGrant, grantFacts, type GrantRow } from "./grants";
import { MONEY_TX } from "./ledger";
import { grantDetailsIssues, type GrantCreateInput, type GrantDetails, type GrantReasonInput, type GrantStepInput, type GrantUpdateInput } from "./schema";

export const STALE = "该申请已被他人处理或修改，请刷新页面后重试";

const detailsCipher = (d: GrantDetails | undefined) => {
  const clean = Object.fromEntries(Object.entries(d ?? {}).filter(([, v]) => v !== undefined));
  return Object.keys(clean).length ? new Uint8Array(encryptJson(clean)) : null;
};

/** The member's open hardship file, checked for scope and ownership. */
async function checkFile(actor: Actor, fileId: string, memberId: string) {
  const file = await findFileInScope(actor, fileId).catch(() => {
    throw invalid("困难职工档案不存在或不在您的管理范围内", { fileId: "请选择该职工的困难职工档案" });
  });
  if (file.memberId !== memberId) throw invalid("关联的困难职工档案不属于该救助对象", { fileId: "请选择该职工本人的档案" });
  if (!isOpen(file.status)) throw invalid("已解困或已关闭的档案不能关联新的救助", { fileId: "该档案已解困或关闭" });
}

async function requireFileIfPolicy(kind: GrantCreateInput["kind"], fileId: string | null | undefined) {
  const policy = await db.grantPolicy.findUnique({ where: { kind }, select: { requiresHardshipFile: true } });
  if (policy?.requiresHardshipFile && !fileId) throw invalid("该救助类别须关联困难职工档案", { fileId: "请选择困难职工档案" });
}

/** One state change: the grant_event row and the audit entry commit with it. */
async function recordEvent(tx: Tx, actor: Actor, g: Pick<GrantRow, "id" | "orgId">, from: GrantRow["status"] | null, t: Pick<Transition, "to"> & { action: string }, reason: string | null) {
  await tx.grantEvent.create({
    data: { grantId: g.id, fromStatus: from, toStatus: t.to, actorId: actor.userId, actorName: actor.displayName.slice(0, 50), reason },
  });
  await audit(actor, { action: `grant.${t.action}`, entityType: "grant", entityId: g.id, orgId: g.orgId, details: { from, to: t.to } }, tx);
}

export async function createGrant(actor: Actor, input: GrantCreateInput, now = new Date()) {
  assertCanWrite(actor);
  const member = await findMemberInScope(actor, input.memberId);
  if (member.status !== "ACTIVE") throw invalid("只能为在会会员申请救助", { memberId: "该会员已不在会" });
  if (input.fileId) await checkFile(actor, input.fileId, member.id);
  await requireFileIfPolicy(input.kind, input.fileId);
  const id = await db.$transaction(async (tx) => {
    const g = await tx.grant.create({
      data: {
        orgId: member.orgId,
        memberId: member.id,
        fileId: input.fileId ?? null,
        kind: input.kind,
        amount: input.amount,
        reason: input.reason,
        detailsCipher: detailsCipher(input.details),
        channel: "STAFF",
        status: "DRAFT",
        year: cstYear(now),
        createdById: actor.userId,
      },
      select: { id: true, orgId: true },
    });
    await recordEvent(tx, actor, g, null, { action: "create", to: "DRAFT" }, null);
    return g.id;
  });
  return getGrant(actor, id, now);
}

export async function updateGrant(actor: Actor, id: string, input: GrantUpdateInput, now = new Date()) {
  assertCanWrite(actor);
  const g = await findGrantInScope(actor, id);
  if (g.status !== "DRAFT") throw conflict("只有草稿可以修改");
  if (!mayEditDraft(await actorFacts(actor), grantFacts(g))) throw forbidden("只有申请方（录入、提交人员或会员所在工会）可以修改草稿");
  const { version, details, fileId, ...rest } = input;
  const kind = input.kind ?? g.kind;
  const amount = input.amount ?? g.amount.toFixed(2);
  // Validate the grant as it will be, with the stored details where none were sent.
  let effective = details;
  if (!effective) {
    const row = await db.grant.findUniqueOrThrow({ where: { id }, select: { detailsCipher: true } });
    effective = row.detailsCipher ? decryptJson<GrantDetails>(row.detailsCipher) : undefined;
  }
  const issues = grantDetailsIssues(kind, amount, effective);
  if (Object.keys(issues).length) throw invalid(`输入有误：${Object.values(issues)[0]}`, issues);
  const nextFile = fileId === undefined ? g.fileId : fileId;
  if (fileId) await checkFile(actor, fileId, g.memberId);
  await requireFileIfPolicy(kind, nextFile);
  await db.$transaction(async (tx) => {
    const n = await tx.grant.updateMany({
      where: { id, version: version ?? g.version, status: "DRAFT" },
      data: {
        ...rest,
        ...(fileId !== undefined ? { fileId } : {}),
        ...(details !== undefined ? { detailsCipher: detailsCipher(details) } : {}),
        version: { increment: 1 },
      },
    });
    if (n.count !== 1) throw conflict(STALE);
    await audit(
      actor,
      { action: "grant.update", entityType: "grant", entityId: id, orgId: g.orgId, details: { fields: Object.keys(input).filter((k) => k !== "version") } },
      tx,
    );
  });
  return getGrant(actor, id, now);
}

/** Evaluates the workflow table for this actor: 409 for the wrong state, 403 for the wrong person. */
export async function authorise(actor: Actor, g: GrantRow, action: GrantAction, now: Date, version?: number): Promise<Transition> {
  assertCanWrite(actor);
  const verdict = evaluate(await actorFacts(actor), grantFacts(g), action, todayCST(now));
  if (!verdict.ok) throw verdict.why === "AUTHORITY" || verdict.why === "DUTY" ? forbidden(verdict.message) : conflict(verdict.message);
  if (version !== undefined && version !== g.version) throw conflict(STALE);
  return verdict.transition;
}

type StepAction = Exclude<GrantAction, "disburse" | "reverse">;

/**
 * submit / review / approve / start-notice / reject / withdraw. Optimistic
 * concurrency: the update only matches the version and status that were
 * checked, so of two concurrent approvals exactly one changes the grant.
 */
export async function transitionGrant(actor: Actor, id: string, action: StepAction, input: GrantStepInput | GrantReasonInput, now = new Date()) {
  const g = await findGrantInScope(actor, id);
  const t = await authorise(actor, g, action, now, input.version);
  if (t.reason === "required" && !input.reason) throw invalid("请填写原因", { reason: "请填写原因" });
  const today = todayCST(now);
  await db.$transaction(async (tx) => {
    const data: Prisma.GrantUpdateManyMutationInput = { status: t.to, version: { increment: 1 } };
    if (action === "submit" || action === "approve") {
      const subject = { id: g.id, kind: g.kind, amount: g.amount, memberId: g.memberId, fileId: g.fileId, year: g.year };
      await lockHousehold(tx, subject);
      await assertFileRequirement(tx, subject);
      await assertWithinCaps(tx, subject);
    }
    if (action === "submit") data.submittedById = actor.userId;
    if (action === "review") data.reviewedById = actor.userId;
    if (action === "approve") data.approvedById = actor.userId;
    if (action === "start-notice") {
      const policy = await tx.grantPolicy.findUnique({ where: { kind: g.kind }, select: { noticeDays: true } });
      data.noticeStartsOn = fromDateOnly(today);
      data.noticeEndsOn = fromDateOnly(noticeEnd(today, policy?.noticeDays ?? 5));
    }
    if (action === "reject" || action === "withdraw") data.decisionReason = input.reason;
    const n = await tx.grant.updateMany({ where: { id, version: g.version, status: g.status }, data });
    if (n.count !== 1) throw conflict(STALE);
    await recordEvent(tx, actor, g, g.status, t, input.reason ?? null);
  }, MONEY_TX);
  return getGrant(actor, id, now);
}

/** The kind-specific details, decrypted: a deliberate, audited act; leaders may not. */
export async function revealGrantDetails(actor: Actor, id: string): Promise<{ details: GrantDetails | null }> {
  const g = await findGrantInScope(actor, id);
  if (actor.role === "LEADER") throw forbidden("领导账号不能查看救助申请详情");
  const row = await db.grant.findUniqueOrThrow({ where: { id }, select: { detailsCipher: true } });
  await audit(actor, { action: "grant.reveal_details", entityType: "grant", entityId: id, orgId: g.orgId });
  return { details: row.detailsCipher ? decryptJson<GrantDetails>(row.detailsCipher) : null };
}
