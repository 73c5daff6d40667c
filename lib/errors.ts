// One error vocabulary for the data-access layer. Route handlers turn these
// into `{ error: { code, message, fields? } }`; messages are shown to users.
const STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  INTERNAL: 500,
  // A statement ran past the database's limit (lib/db/client.ts, DB_STATEMENT_TIMEOUT_MS).
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof STATUS;
/** Every code, for the API's description of its errors (lib/openapi.ts). */
export const ERROR_CODES = Object.keys(STATUS) as [ErrorCode, ...ErrorCode[]];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status() {
    return STATUS[this.code];
  }
}

export const notFound = (what = "记录") => new AppError("NOT_FOUND", `${what}不存在或您无权查看`);
export const forbidden = (message = "您没有权限执行此操作") => new AppError("FORBIDDEN", message);
export const conflict = (message: string, fields?: Record<string, string>) => new AppError("CONFLICT", message, fields);
export const invalid = (message: string, fields?: Record<string, string>) => new AppError("VALIDATION", message, fields);
