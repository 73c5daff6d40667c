// GET /api/v1/funds/{id}/entries/export — the fund's whole ledger as .xlsx, with running balances.
import { authed } from "@/lib/http/api";
import { exportFundLedger } from "@/lib/assistance/export";

export const GET = authed(async (_req, actor, p) => exportFundLedger(actor, p.id));
