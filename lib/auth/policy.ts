// Session and sign-in limits, in one place.
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to keep reads cheap. */
export const TOUCH_INTERVAL_MS = 60 * 1000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
export const LOGIN_FAILED_MESSAGE = "用户名或密码错误。连续多次错误后账户将被临时锁定，请稍后再试。";
/** next-auth `error` values of a sign-in that needs (another) two-factor code. */
export const TWO_FACTOR_ERRORS = { required: "TwoFactorRequired", wrong: "TwoFactorWrong" } as const;
