import "server-only";
import { Prisma, sqlRows } from "../db/client";
import type { LedgerEntryDto } from "./schema";

export const ENTRY_SELECT = {
  id: true,
  fundId: true,
  kind: true,
  amount: true,
  grantId: true,
  reversesId: true,
  idempotencyKey: true,
  paymentRef: true,
  note: true,
  createdById: true,
  createdAt: true,
  reversal: { select: { id: true } },
  grant: { select: { member: { select: { name: true } } } },
} satisfies Prisma.LedgerEntrySelect;

export type EntryRow = Prisma.LedgerEntryGetPayload<{ select: typeof ENTRY_SELECT }>;

export function toEntryDto(e: EntryRow, names: Map<string, string>, balance?: string): LedgerEntryDto {
  return {
    id: String(e.id),
    fundId: e.fundId,
    kind: e.kind,
    amount: e.amount.toFixed(2),
    ...(balance !== undefined ? { balance } : {}),
    grantId: e.grantId,
    memberName: e.grant?.member.name ?? null,
    reversesId: e.reversesId === null ? null : String(e.reversesId),
    reversedById: e.reversal ? String(e.reversal.id) : null,
    paymentRef: e.paymentRef,
    note: e.note,
    createdByName: e.createdById ? (names.get(e.createdById) ?? null) : null,
    createdAt: e.createdAt.toISOString(),
  };
}

/** Display names of app users, for "who did it" columns. */
export async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (unique.length === 0) return new Map();
  const rows = await sqlRows<{ id: string; displayName: string }>(Prisma.sql`SELECT id::text, display_name AS "displayName" FROM app_user WHERE id = ANY(${unique}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
