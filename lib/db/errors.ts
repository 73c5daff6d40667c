import { Prisma } from "./client";
import { AppError, conflict, notFound } from "../errors";

/** A unique column → the input field it comes from and the message to show. */
export type UniqueMessages = Record<string, { field: string; message: string }>;

/**
 * The SQLSTATE `period_lock_check()` raises (migration period_reports) when a
 * write touches a locked reporting period; its message is already the Chinese
 * text for the user (the period and who can reopen it).
 */
export const PERIOD_LOCKED_SQLSTATE = "UL409";

type ErrorLike = { code?: unknown; message?: unknown; originalCode?: unknown; originalMessage?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/**
 * The SQLSTATE and message of the database error behind `e`, or null. Prisma
 * hands it on in several shapes (the adapter's error as `cause`, or as
 * meta.driverAdapterError, or only in the text of a raw query's P2010), so all
 * of them are looked at.
 */
function sqlState(e: unknown): { code: string; message: string } | null {
  let cur: unknown = e;
  for (let depth = 0; depth < 6 && cur && typeof cur === "object"; depth++) {
    const x = cur as ErrorLike;
    // Prisma's own codes (P2010) have a SQLSTATE's shape: look past them.
    const prisma = cur instanceof Prisma.PrismaClientKnownRequestError || cur instanceof Prisma.PrismaClientUnknownRequestError;
    if (!prisma && typeof x.code === "string" && /^[0-9A-Z]{5}$/.test(x.code)) return { code: x.code, message: String(x.message ?? "") };
    if (typeof x.originalCode === "string") return { code: x.originalCode, message: String(x.originalMessage ?? "") };
    cur = x.cause ?? x.meta?.driverAdapterError;
  }
  const m = (e instanceof Error ? e.message : "").match(/`([0-9A-Z]{5})`\. Message: `([^`]+)`/);
  return m ? { code: m[1], message: m[2] } : null;
}

/** query_canceled: the statement ran past `statement_timeout` (lib/db/client.ts), or was cancelled. */
const QUERY_CANCELED_SQLSTATE = "57014";

/**
 * The answer to a database error the app expects whichever code path met it:
 * a write into a locked reporting period (409, the lock's own message), or a
 * statement past the time limit (503: the request asked for too much at once).
 */
export function knownDbError(e: unknown): AppError | null {
  const s = sqlState(e);
  if (s?.code === PERIOD_LOCKED_SQLSTATE) return conflict(s.message);
  if (s?.code === QUERY_CANCELED_SQLSTATE) return new AppError("UNAVAILABLE", "查询超时：数据量较大，请缩小查询范围（组织、日期或条件）后重试");
  return null;
}

/** Maps Prisma's known request errors onto the app's error vocabulary. */
export function mapDbError(e: unknown, messages: { unique?: UniqueMessages } = {}): never {
  const known = knownDbError(e);
  if (known) throw known;
  if (e instanceof Prisma.PrismaClientKnownRequestError) {
    if (e.code === "P2002") {
      const target = JSON.stringify(e.meta ?? {});
      for (const [column, { field, message }] of Object.entries(messages.unique ?? {})) {
        if (target.includes(column)) throw conflict(message, { [field]: message });
      }
      throw conflict("记录重复：该数据已存在");
    }
    if (e.code === "P2025") throw notFound();
  }
  throw e;
}
