// POST /api/v1/activate — a member sets their first password with the one-time
// code their union issued. No session needed; failures all read the same.
import { handle, parseBody } from "@/lib/http/api";
import { ActivateSchema } from "@/lib/self-service/schema";
import { activateAccount } from "@/lib/self-service/activation";
import { clientAddress } from "@/lib/security/client-address";
import { json } from "@/lib/http/json";

export const POST = handle(async (req) => {
  const input = await parseBody(req, ActivateSchema);
  await activateAccount(input, clientAddress(req.headers));
  return json({ ok: true });
});
