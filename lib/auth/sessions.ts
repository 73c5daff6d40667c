import "server-only";
import { db, preparedRows } from "../db/client";
import { orgColumns, orgFromRow } from "../orgs/org-row";
import { isUuid } from "../validation/zod";
import type { Actor } from "./actor";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "./policy";

/**
 * Resolves a session id (from the signed session cookie) to the current Actor,
 * reading the user afresh on every request: a disabled account, a new role or
 * a new organisation takes effect on the very next request. Returns null when
 * the session is unknown, revoked, idle for 30 minutes or older than 8 hours.
 */
type SessionRow = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  userId: string;
  username: string;
  displayName: string;
  role: Actor["role"];
  orgId: number;
  memberId: string | null;
  partnerUnitId: number | null;
  disabled: boolean;
  twoFactor: boolean;
  orgName: string;
  orgDepth: number;
} & Record<`home.${string}`, unknown>;

const SESSION_SQL = `
  SELECT s.id, s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.revoked_at AS "revokedAt",
         u.id AS "userId", u.username, u.display_name AS "displayName", u.role::text AS role, u.org_id AS "orgId",
         u.member_id AS "memberId", u.partner_unit_id AS "partnerUnitId", u.disabled,
         u.totp_enabled_at IS NOT NULL AS "twoFactor", o.name AS "orgName", o.depth AS "orgDepth", ${orgColumns("o", "home.")}
  FROM user_session s JOIN app_user u ON u.id = s.user_id JOIN organisation o ON o.id = u.org_id
  WHERE s.id = $1::uuid`;

// Every request runs this: one join on three primary keys, a prepared
// statement sent straight to the pool (no query building, no plan per call).
export async function actorForSession(sessionId: string, ip?: string): Promise<Actor | null> {
  if (!isUuid(sessionId)) return null;
  const rows = await preparedRows<SessionRow>("actor_for_session", SESSION_SQL, [sessionId]);
  const s = rows[0];
  if (!s || s.revokedAt || s.disabled) return null;
  const now = Date.now();
  if (now - s.lastSeenAt.getTime() > IDLE_TIMEOUT_MS || now - s.createdAt.getTime() > ABSOLUTE_TIMEOUT_MS) {
    return null;
  }
  if (now - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.userSession.update({ where: { id: s.id }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    role: s.role,
    orgId: s.orgId,
    orgName: s.orgName,
    orgDepth: s.orgDepth,
    memberId: s.role === "MEMBER" ? s.memberId : null,
    partnerUnitId: s.role === "PARTNER" ? s.partnerUnitId : null,
    sessionId: s.id,
    ip,
    twoFactor: s.twoFactor,
    home: orgFromRow(s, "home."),
  };
}

export async function revokeSession(sessionId: string) {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
