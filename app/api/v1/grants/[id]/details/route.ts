// POST /api/v1/grants/{id}/details — reveal the kind-specific details (admission, hospital bill); audited.
import { authed } from "@/lib/http/api";
import { revealGrantDetails } from "@/lib/assistance/grant-mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (_req, actor, p) =>
  json(await revealGrantDetails(actor, p.id), { headers: { "Cache-Control": "no-store" } }),
);
