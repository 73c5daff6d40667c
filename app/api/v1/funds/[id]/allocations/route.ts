// POST /api/v1/funds/{id}/allocations — 拨入: money into the fund. An optional Idempotency-Key
// header makes retries return the first entry (200) instead of booking the money twice.
import { authed, parseBody, parseWith } from "@/lib/http/api";
import { AllocationSchema, IdempotencyKeySchema } from "@/lib/assistance/schema";
import { allocateToFund } from "@/lib/assistance/fund-mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) => {
  const raw = req.headers.get("idempotency-key");
  const key = raw === null ? undefined : parseWith(IdempotencyKeySchema, raw);
  const r = await allocateToFund(actor, p.id, await parseBody(req, AllocationSchema), key);
  return json(r, { status: r.replayed ? 200 : 201 });
});
