import "server-only";
import { db } from "../db/client";
import { audit } from "../audit/log";
import { dummyHash, verifyPassword } from "./password";
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from "./policy";

export type LoginResult = { ok: true; userId: string; sessionId: string } | { ok: false };

/**
 * Checks a username and password and opens a server-side session. Every
 * failure looks the same to the caller (unknown user, wrong password, locked,
 * disabled), so the sign-in form never reveals whether an account exists.
 */
export async function login(username: string, password: string, ip?: string): Promise<LoginResult> {
  const user = await db.user.findUnique({ where: { username: username.trim() } });
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? dummyHash());
  if (!user) return { ok: false };

  const now = new Date();
  const locked = user.lockedUntil != null && user.lockedUntil > now;
  if (locked || user.disabled || !passwordOk) {
    if (!locked && !user.disabled) {
      const failed = user.failedLogins + 1;
      const lock = failed >= MAX_FAILED_LOGINS;
      await db.user.update({
        where: { id: user.id },
        data: { failedLogins: lock ? 0 : failed, lockedUntil: lock ? new Date(now.getTime() + LOCKOUT_MS) : undefined },
      });
      await audit(null, {
        action: lock ? "auth.locked" : "auth.login_failed",
        entityType: "user",
        entityId: user.id,
        orgId: user.orgId,
        details: { ip },
      });
    }
    return { ok: false };
  }

  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
    const s = await tx.userSession.create({ data: { userId: user.id } });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        actorName: user.username,
        actorRole: user.role,
        actorOrgId: user.orgId,
        action: "auth.login",
        entityType: "user",
        entityId: user.id,
        orgId: user.orgId,
        ip: ip ?? null,
      },
    });
    return s;
  });
  return { ok: true, userId: user.id, sessionId: session.id };
}
