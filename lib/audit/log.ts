import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { db as defaultDb } from "../db/client";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  orgId?: number | null;
  /** Names of changed fields and other non-sensitive facts; never personal values. */
  details?: Record<string, unknown>;
};

/** Appends one audit record; pass the transaction so it commits with the change. */
export async function audit(actor: Actor | null, entry: AuditEntry, tx: Db = defaultDb) {
  await tx.auditLog.create({
    data: {
      actorId: actor?.userId ?? null,
      actorName: actor?.username ?? null,
      actorRole: actor?.role ?? null,
      actorOrgId: actor?.orgId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      orgId: entry.orgId ?? null,
      details: (entry.details ?? undefined) as object | undefined,
      ip: actor?.ip ?? null,
    },
  });
}
