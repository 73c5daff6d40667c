// GET /api/v1/funds/{id}/entries — the fund's append-only ledger, newest first, with running balances.
import { authed, parseQuery } from "@/lib/http/api";
import { LedgerQuerySchema } from "@/lib/assistance/schema";
import { listLedger } from "@/lib/assistance/funds";

export const GET = authed(async (req, actor, p) => listLedger(actor, p.id, parseQuery(req, LedgerQuerySchema)));
