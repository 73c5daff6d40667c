// POST /api/v1/hardship-files/{id}/details — reveal the narrative details and visit findings (audited).
// POST, not GET: it is an audited act, and must not be prefetched or cached.
import { authed } from "@/lib/http/api";
import { revealHardshipDetails } from "@/lib/hardship/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (_req, actor, p) =>
  json(await revealHardshipDetails(actor, p.id), { headers: { "Cache-Control": "no-store" } }),
);
