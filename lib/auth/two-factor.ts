// TOTP two-factor sign-in (RFC 6238, an authenticator app; no SMS). The secret
// is stored AES-GCM encrypted (lib/crypto/pii.ts), recovery codes only as keyed
// hashes. A code is accepted once: the 30-second step it belongs to must be
// later than the last accepted one, decided by one conditional UPDATE, so a
// replayed code (or the same code sent twice at once) is refused. Wrong codes
// are throttled per account across app processes (lib/security/rate-limit.ts).
import "server-only";
import crypto from "node:crypto";
import { HOTP, Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { db } from "../db/client";
import { audit } from "../audit/log";
import { AppError, conflict, forbidden, invalid } from "../errors";
import { decryptText, encryptText, hashSecret } from "../crypto/pii";
import { rateLimit, tooManyRequests } from "../security/rate-limit";
import { isStaffLike, type Actor } from "./actor";
import { verifyPassword } from "./password";

const PERIOD = 30;
const ISSUER = "工会工作平台";
const RECOVERY_CODES = 10;
// Unambiguous letters and digits (no 0/o, 1/l/i): read off paper, typed by hand.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Wrong second-factor codes per account: sign-in, confirmation and disabling together. */
const perAccount = rateLimit({ name: "2fa:account", points: 5, windowSec: 15 * 60, blockSec: 15 * 60 });

/** Administrators must use two-factor sign-in when REQUIRE_2FA=1. */
export const twoFactorRequired = (a: Pick<Actor, "role">) => a.role === "ADMIN" && process.env.REQUIRE_2FA === "1";

/** An actor who must enrol before anything else. */
export const mustEnrol = (a: Actor) => twoFactorRequired(a) && !a.twoFactor;

const currentStep = () => Math.floor(Date.now() / 1000 / PERIOD);

/** The step (±1 for clock drift) a 6-digit code belongs to, or null. */
function matchStep(secretBase32: string, code: string): number | null {
  const counter = currentStep();
  const delta = HOTP.validate({ token: code, secret: Secret.fromBase32(secretBase32), counter, window: 1 });
  return delta === null ? null : counter + delta;
}

const normaliseRecovery = (code: string) => code.toLowerCase().replace(/[-\s]/g, "");

function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODES }, () => {
    const chars = Array.from(crypto.randomBytes(10), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

type Account = { id: string; username: string; orgId: number; totpSecret: Uint8Array | null; totpEnabledAt: Date | null; totpRecovery: string[] };

const loadAccount = (userId: string) =>
  db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, username: true, orgId: true, totpSecret: true, totpEnabledAt: true, totpRecovery: true },
  });

/** Accepts the step once: false when it (or a later one) was already used. */
async function claimStep(userId: string, step: number, enable = false): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE app_user SET totp_last_step = ${step}::bigint,
      totp_enabled_at = CASE WHEN ${enable}::boolean THEN now() ELSE totp_enabled_at END
    WHERE id = ${userId}::uuid AND (totp_last_step IS NULL OR totp_last_step < ${step}::bigint)
    RETURNING id`;
  return rows.length === 1;
}

/** Uses a recovery code up: false when it is not (or no longer) one of the account's. */
async function claimRecoveryCode(userId: string, code: string): Promise<boolean> {
  const hash = hashSecret(`2fa-recovery:${normaliseRecovery(code)}`);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE app_user SET totp_recovery = array_remove(totp_recovery, ${hash}::varchar)
    WHERE id = ${userId}::uuid AND ${hash}::varchar = ANY (totp_recovery)
    RETURNING id`;
  return rows.length === 1;
}

/** Whether a code (TOTP or recovery) is good, using it up if so. */
async function spendCode(account: Pick<Account, "id" | "totpSecret">, code: string): Promise<boolean> {
  const c = code.trim();
  if (/^\d{6}$/.test(c)) {
    const step = account.totpSecret ? matchStep(decryptText(account.totpSecret), c) : null;
    return step !== null && (await claimStep(account.id, step));
  }
  if (c.length > 20 || !(await claimRecoveryCode(account.id, c))) return false;
  await audit(null, { action: "auth.2fa_recovery_used", entityType: "user", entityId: account.id });
  return true;
}

/**
 * Checks a second-factor code of an account with two-factor sign-in on. A
 * point of the account's budget is spent before the check (parallel guesses
 * all count) and given back on success.
 */
export async function checkSecondFactor(account: Pick<Account, "id" | "totpSecret">, code: string, also: () => Promise<boolean> = async () => true): Promise<"ok" | "wrong" | "throttled"> {
  const taken = await perAccount.take(account.id);
  if (!taken.ok) return "throttled";
  const ok = (await also()) && (await spendCode(account, code));
  if (ok) await perAccount.giveBack(account.id);
  return ok ? "ok" : "wrong";
}

function assertMayEnrol(actor: Actor) {
  if (!isStaffLike(actor)) throw forbidden("两步验证供工会工作人员使用");
}

export type TwoFactorStatus = { enabled: boolean; enabledAt: string | null; recoveryCodesLeft: number; required: boolean };

export async function twoFactorStatus(actor: Actor): Promise<TwoFactorStatus> {
  assertMayEnrol(actor);
  const a = await loadAccount(actor.userId);
  return {
    enabled: a.totpEnabledAt !== null,
    enabledAt: a.totpEnabledAt?.toISOString() ?? null,
    recoveryCodesLeft: a.totpEnabledAt ? a.totpRecovery.length : 0,
    required: twoFactorRequired(actor),
  };
}

export type Enrolment = { secret: string; uri: string; qrDataUrl: string };

/**
 * Starts (or restarts) enrolment: a new secret, stored encrypted but not yet
 * in force until a code from it is confirmed. The QR code is an SVG data URL
 * made here, so the page needs no script and the CSP holds.
 */
export async function startEnrolment(actor: Actor): Promise<Enrolment> {
  assertMayEnrol(actor);
  const a = await loadAccount(actor.userId);
  if (a.totpEnabledAt) throw conflict("两步验证已启用；如需更换手机，请先停用再重新绑定");
  const secret = new Secret({ size: 20 });
  const totp = new TOTP({ issuer: ISSUER, label: actor.username, algorithm: "SHA1", digits: 6, period: PERIOD, secret });
  await db.user.update({ where: { id: actor.userId }, data: { totpSecret: new Uint8Array(encryptText(secret.base32)), totpLastStep: null, totpRecovery: [] } });
  await audit(actor, { action: "auth.2fa_enrol_started", entityType: "user", entityId: actor.userId, orgId: actor.orgId });
  const uri = totp.toString();
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret: secret.base32, uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** Confirms enrolment with a code from the app; answers the recovery codes, shown this once. */
export async function confirmEnrolment(actor: Actor, code: string): Promise<{ recoveryCodes: string[] }> {
  assertMayEnrol(actor);
  const a = await loadAccount(actor.userId);
  if (a.totpEnabledAt) throw conflict("两步验证已启用");
  if (!a.totpSecret) throw conflict("请先开始绑定验证器");
  const taken = await perAccount.take(actor.userId);
  if (!taken.ok) throw tooManyRequests(taken.retryAfterSec);
  const step = matchStep(decryptText(a.totpSecret), code);
  if (step === null || !(await claimStep(actor.userId, step, true))) {
    await audit(actor, { action: "auth.2fa_code_failed", entityType: "user", entityId: actor.userId, orgId: actor.orgId, details: { during: "enrol" } });
    throw invalid("验证码不正确或已使用，请输入验证器当前显示的 6 位数字", { code: "验证码不正确" });
  }
  await perAccount.giveBack(actor.userId);
  const recoveryCodes = newRecoveryCodes();
  await db.user.update({ where: { id: actor.userId }, data: { totpRecovery: recoveryCodes.map((c) => hashSecret(`2fa-recovery:${normaliseRecovery(c)}`)) } });
  await audit(actor, { action: "auth.2fa_enabled", entityType: "user", entityId: actor.userId, orgId: actor.orgId });
  return { recoveryCodes };
}

/** Turns two-factor sign-in off: needs the password and a current code (or a recovery code). */
export async function disableTwoFactor(actor: Actor, input: { password: string; code: string }): Promise<{ ok: true }> {
  assertMayEnrol(actor);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true, totpEnabledAt: true, totpSecret: true } });
  if (!user.totpEnabledAt) throw conflict("两步验证未启用");
  if (twoFactorRequired(actor)) throw forbidden("本系统要求管理员使用两步验证，不能停用");
  const r = await checkSecondFactor({ id: actor.userId, totpSecret: user.totpSecret }, input.code, () => verifyPassword(input.password, user.passwordHash));
  if (r === "throttled") throw tooManyRequests(15 * 60);
  if (r !== "ok") {
    await audit(actor, { action: "auth.2fa_code_failed", entityType: "user", entityId: actor.userId, orgId: actor.orgId, details: { during: "disable" } });
    throw new AppError("VALIDATION", "密码或验证码不正确", { code: "密码或验证码不正确" });
  }
  await db.user.update({ where: { id: actor.userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpRecovery: [] } });
  await audit(actor, { action: "auth.2fa_disabled", entityType: "user", entityId: actor.userId, orgId: actor.orgId });
  return { ok: true };
}
