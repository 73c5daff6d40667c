import "server-only";
import { db } from "../db/client";
import { audit } from "../audit/log";
import { dummyHash, verifyPassword } from "./password";
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from "./policy";
import { giveBackAll, rateLimit, takeAll } from "../security/rate-limit";
import { checkSecondFactor } from "./two-factor";

/**
 * `secondFactor`: the password was right but the account has two-factor
 * sign-in on and the code was missing ("required") or not accepted ("wrong",
 * also when throttled). Only a caller who knows the password learns this.
 */
export type LoginResult = { ok: true; userId: string; sessionId: string } | { ok: false; secondFactor?: "required" | "wrong" };

/**
 * Sign-in attempts that did not succeed, per account name and per client
 * address. A point is spent before the password is compared (so parallel
 * requests cannot all slip through) and given back on success.
 */
const perAccount = rateLimit({ name: "login:account", points: 10, windowSec: 15 * 60, blockSec: 15 * 60 });
const perAddress = rateLimit({ name: "login:ip", points: 50, windowSec: 15 * 60, blockSec: 15 * 60 });

type Row = { id: string };

/**
 * Records one wrong password in a single statement: the count and the lock
 * cannot be raced (there is no read-then-write). A locked or disabled account
 * is not counted. Returns whether this failure locked the account.
 */
async function recordFailure(userId: string): Promise<"locked" | "counted" | "ignored"> {
  const rows = await db.$queryRaw<{ locked: boolean }[]>`
    UPDATE app_user SET
      failed_logins = CASE WHEN failed_logins + 1 >= ${MAX_FAILED_LOGINS} THEN 0 ELSE failed_logins + 1 END,
      locked_until = CASE WHEN failed_logins + 1 >= ${MAX_FAILED_LOGINS}
                          THEN now() + make_interval(secs => ${LOCKOUT_MS / 1000}) ELSE locked_until END
    WHERE id = ${userId}::uuid AND NOT disabled AND (locked_until IS NULL OR locked_until <= now())
    RETURNING locked_until IS NOT NULL AND locked_until > now() AS locked`;
  if (rows.length === 0) return "ignored";
  return rows[0].locked ? "locked" : "counted";
}

/**
 * Checks a username and password and opens a server-side session. Every
 * failure looks the same to the caller (unknown user, wrong password, locked,
 * disabled, throttled), so the sign-in form never reveals whether an account
 * exists.
 *
 * The guarantee under concurrency: a session is created only by a statement
 * that, in the same transaction, finds the account neither locked nor
 * disabled; every wrong password is counted atomically, and the one that
 * reaches MAX_FAILED_LOGINS locks the account. So the right password wins
 * only if it is checked before the lock is written, i.e. among the first
 * MAX_FAILED_LOGINS attempts; once locked, nothing signs in until it expires.
 */
export async function login(username: string, password: string, ip?: string, code?: string): Promise<LoginResult> {
  const name = username.trim();
  const budgets: Parameters<typeof takeAll>[0] = [
    [perAccount, name.toLowerCase()],
    [perAddress, ip],
  ];
  const throttled = await takeAll(budgets);
  if (!throttled.ok) return { ok: false };

  const user = await db.user.findUnique({ where: { username: name } });
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? dummyHash());
  if (!user) return { ok: false };

  if (!passwordOk) {
    const outcome = await recordFailure(user.id);
    if (outcome !== "ignored") {
      await audit(null, {
        action: outcome === "locked" ? "auth.locked" : "auth.login_failed",
        entityType: "user",
        entityId: user.id,
        orgId: user.orgId,
        details: { ip },
      });
    }
    return { ok: false };
  }

  if (user.totpEnabledAt) {
    if (!code) {
      // Not a failure: the form now asks for the code and sends both again.
      await giveBackAll(budgets);
      return { ok: false, secondFactor: "required" };
    }
    const r = await checkSecondFactor(user, code);
    if (r !== "ok") {
      await audit(null, { action: "auth.2fa_code_failed", entityType: "user", entityId: user.id, orgId: user.orgId, details: { ip, throttled: r === "throttled" } });
      return { ok: false, secondFactor: "wrong" };
    }
  }

  const session = await db.$transaction(async (tx) => {
    // The lock is checked again here, after the slow password comparison: a
    // parallel wrong password may have locked the account meanwhile. The
    // row lock this UPDATE takes holds until the session is committed.
    const open = await tx.$queryRaw<Row[]>`
      UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = now()
      WHERE id = ${user.id}::uuid AND NOT disabled AND (locked_until IS NULL OR locked_until <= now())
      RETURNING id`;
    if (open.length === 0) return null;
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
        details: user.totpEnabledAt ? { twoFactor: true } : undefined,
        ip: ip ?? null,
      },
    });
    return s;
  });
  if (!session) return { ok: false };
  await giveBackAll(budgets);
  return { ok: true, userId: user.id, sessionId: session.id };
}
