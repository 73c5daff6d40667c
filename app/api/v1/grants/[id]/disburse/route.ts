// POST /api/v1/grants/{id}/disburse — 发放 from a fund, with a payment reference. Requires the
// Idempotency-Key header: a retry with the same key answers 200 with the original ledger entry.
import { authed, parseBody, parseWith } from "@/lib/http/api";
import { GrantDisburseSchema, IdempotencyKeySchema } from "@/lib/assistance/schema";
import { disburseGrant } from "@/lib/assistance/disburse";

export const POST = authed(async (req, actor, p) => {
  const key = parseWith(IdempotencyKeySchema, req.headers.get("idempotency-key") ?? undefined);
  return disburseGrant(actor, p.id, await parseBody(req, GrantDisburseSchema), key);
});
