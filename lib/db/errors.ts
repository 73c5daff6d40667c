import { Prisma } from "./client";
import { conflict, notFound } from "../errors";

/** A unique column → the input field it comes from and the message to show. */
export type UniqueMessages = Record<string, { field: string; message: string }>;

/** Maps Prisma's known request errors onto the app's error vocabulary. */
export function mapDbError(e: unknown, messages: { unique?: UniqueMessages } = {}): never {
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
