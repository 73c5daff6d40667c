// POST /api/v1/funds/{id}/entries/{entryId}/reverse — 冲正: a new entry with the negated amount (once per entry).
import { authed, parseBody } from "@/lib/http/api";
import { ReversalSchema } from "@/lib/assistance/schema";
import { reverseLedgerEntry } from "@/lib/assistance/fund-mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) =>
  json(await reverseLedgerEntry(actor, p.id, p.entryId, await parseBody(req, ReversalSchema)), { status: 201 }),
);
