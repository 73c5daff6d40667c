import "server-only";
import crypto from "node:crypto";
import { db, type Tx } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, invalid } from "../errors";
import { hashPassword } from "../auth/password";
import { hashSecret } from "../crypto/pii";
import { findMemberInScope } from "../members/queries";
import { MEMBERSHIP_HELD } from "../members/labels";
import type { ActivateInput } from "./schema";
import { giveBackAll, rateLimit, takeAll, tooManyRequests } from "../security/rate-limit";

const CODE_TTL_MS = 72 * 3600_000;
const MAX_ATTEMPTS = 5;
const ACTIVATION_FAILED = "手机号或激活码不正确，或激活码已过期。请向所在工会重新申请激活码。";

/**
 * Union staff issue a one-time code from a member's record (there is no SMS
 * gateway: the code is shown to the staff member, who hands it over). Creates
 * the member's sign-in account (username = phone) if it does not exist yet;
 * any earlier unused code stops working.
 */
export async function issueActivationCode(actor: Actor, memberId: string) {
  assertCanWrite(actor);
  const m = await findMemberInScope(actor, memberId);
  // A retiree keeps membership (保留会籍), and with it the member pages.
  if (!MEMBERSHIP_HELD.includes(m.status)) throw invalid("只有在会或保留会籍的会员可以开通网上服务");
  return db.$transaction((tx) => issueCodeIn(tx, actor, m));
}

/**
 * Issues the code inside the caller's transaction, for a member the caller has
 * already found in scope (issueActivationCode, an accepted online application).
 */
export async function issueCodeIn(tx: Tx, actor: Actor, m: { id: string; name: string; phone: string; orgId: number }) {
  const code = String(crypto.randomInt(0, 100_000_000)).padStart(8, "0");
  const expiresAt = new Date(Date.now() + CODE_TTL_MS);
  await ensureMemberAccount(tx, m);
  await tx.activationCode.updateMany({ where: { memberId: m.id, usedAt: null }, data: { usedAt: new Date() } });
  await tx.activationCode.create({ data: { memberId: m.id, codeHash: hashSecret(`${m.id}:${code}`), expiresAt, createdById: actor.userId } });
  await audit(actor, { action: "member.activation_code", entityType: "member", entityId: m.id, orgId: m.orgId }, tx);
  return { code, expiresAt: expiresAt.toISOString(), username: m.phone };
}

async function ensureMemberAccount(tx: Tx, m: { id: string; name: string; phone: string; orgId: number }) {
  const existing = await tx.user.findUnique({ where: { memberId: m.id } });
  if (existing) return existing;
  const clash = await tx.user.findUnique({ where: { username: m.phone } });
  if (clash) throw conflict("该手机号已被其他账号使用，请先核对会员手机号");
  return tx.user.create({
    data: {
      username: m.phone,
      displayName: m.name,
      role: "MEMBER",
      orgId: m.orgId,
      memberId: m.id,
      // Unusable until the member sets a password with the activation code.
      passwordHash: await hashPassword(crypto.randomBytes(32).toString("hex")),
    },
  });
}

/** Failed activations per client address: the code is 8 digits, so guessing across many phones is throttled too. */
const perAddress = rateLimit({ name: "activate:ip", points: 20, windowSec: 3600, blockSec: 3600 });

/** The member sets their first password. Every failure reads the same. */
export async function activateAccount(input: ActivateInput, ip?: string) {
  const budget: Parameters<typeof takeAll>[0] = [[perAddress, ip]];
  const throttled = await takeAll(budget);
  if (!throttled.ok) throw tooManyRequests(throttled.retryAfterSec);
  const user = await db.user.findUnique({ where: { username: input.phone }, select: { id: true, memberId: true, orgId: true, role: true } });
  if (!user?.memberId || user.role !== "MEMBER") throw invalid(ACTIVATION_FAILED);
  const memberId = user.memberId;
  const code = await db.activationCode.findFirst({
    where: { memberId, usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
  });
  if (!code) throw invalid(ACTIVATION_FAILED);
  // The attempt is counted before the comparison, in one conditional
  // statement: parallel guesses each take one of the MAX_ATTEMPTS, and none
  // is compared once they are spent.
  const counted = await db.activationCode.updateMany({
    where: { id: code.id, usedAt: null, attempts: { lt: MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count !== 1) throw invalid(ACTIVATION_FAILED);
  const given = Buffer.from(hashSecret(`${memberId}:${input.code}`));
  if (!crypto.timingSafeEqual(given, Buffer.from(code.codeHash))) throw invalid(ACTIVATION_FAILED);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    // Single use even under a double submit: only one update finds it unused.
    const used = await tx.activationCode.updateMany({ where: { id: code.id, usedAt: null }, data: { usedAt: new Date() } });
    if (used.count !== 1) throw invalid(ACTIVATION_FAILED);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, failedLogins: 0, lockedUntil: null, disabled: false } });
    await tx.auditLog.create({
      data: { actorId: user.id, actorName: input.phone, actorRole: "MEMBER", actorOrgId: user.orgId, action: "member.activated", entityType: "user", entityId: user.id, orgId: user.orgId, ip: ip ?? null },
    });
  });
  await giveBackAll(budget);
}
