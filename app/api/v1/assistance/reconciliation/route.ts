// GET /api/v1/assistance/reconciliation — 资金对账 per fund and per grant (administrators; audited).
import { authed, parseQuery } from "@/lib/http/api";
import { ReconciliationQuerySchema } from "@/lib/assistance/schema";
import { reconcile } from "@/lib/assistance/reconcile";

export const GET = authed(async (req, actor) => reconcile(actor, parseQuery(req, ReconciliationQuerySchema)));
