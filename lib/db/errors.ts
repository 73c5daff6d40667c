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
 * The 409 for a write the period lock refused, or null. Prisma hands the
 * database error on in several shapes (the adapter's error as `cause`, or as
 * meta.driverAdapterError, or only in the text of a raw query's P2010), so all
 * of them are looked at.
 */
export function periodLockedError(e: unknown): AppError | null {
  let cur: unknown = e;
  for (let depth = 0; depth < 6 && cur && typeof cur === "object"; depth++) {
    const x = cur as ErrorLike;
    if (x.code === PERIOD_LOCKED_SQLSTATE && typeof x.message === "string") return conflict(x.message);
    if (x.originalCode === PERIOD_LOCKED_SQLSTATE && typeof x.originalMessage === "string") return conflict(x.originalMessage);
    cur = x.cause ?? x.meta?.driverAdapterError;
  }
  const text = e instanceof Error ? e.message : "";
  const m = text.match(/`UL409`\. Message: `([^`]+)`/);
  return m ? conflict(m[1]) : null;
}

/** Maps Prisma's known request errors onto the app's error vocabulary. */
export function mapDbError(e: unknown, messages: { unique?: UniqueMessages } = {}): never {
  const locked = periodLockedError(e);
  if (locked) throw locked;
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
