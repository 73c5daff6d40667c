import "server-only";
import { db } from "../db/client";
import type { Actor } from "./actor";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "./policy";

/**
 * Resolves a session id (from the signed session cookie) to the current Actor,
 * reading the user afresh on every request: a disabled account, a new role or
 * a new organisation takes effect on the very next request. Returns null when
 * the session is unknown, revoked, idle for 30 minutes or older than 8 hours.
 */
export async function actorForSession(sessionId: string, ip?: string): Promise<Actor | null> {
  const s = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          username: true,
          displayName: true,
          role: true,
          orgId: true,
          memberId: true,
          disabled: true,
          org: { select: { name: true } },
        },
      },
    },
  });
  if (!s || s.revokedAt || s.user.disabled) return null;
  const now = Date.now();
  if (now - s.lastSeenAt.getTime() > IDLE_TIMEOUT_MS || now - s.createdAt.getTime() > ABSOLUTE_TIMEOUT_MS) {
    return null;
  }
  if (now - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.userSession.update({ where: { id: s.id }, data: { lastSeenAt: new Date(now) } });
  }
  const u = s.user;
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    orgId: u.orgId,
    orgName: u.org.name,
    memberId: u.role === "MEMBER" ? u.memberId : null,
    sessionId: s.id,
    ip,
  };
}

export async function revokeSession(sessionId: string) {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
