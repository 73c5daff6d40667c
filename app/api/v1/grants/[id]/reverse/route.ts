// POST /api/v1/grants/{id}/reverse — 冲正 a payment: a new ledger entry; the grant returns to APPROVED.
import { authed, parseBody } from "@/lib/http/api";
import { GrantReasonSchema } from "@/lib/assistance/schema";
import { reverseDisbursement } from "@/lib/assistance/disburse";

export const POST = authed(async (req, actor, p) => reverseDisbursement(actor, p.id, await parseBody(req, GrantReasonSchema)));
