// POST /api/v1/members/{id}/id-number — reveal the full ID number (audited).
// POST, not GET: it is an audited act, and must not be prefetched or cached.
import { REVEALERS, authed } from "@/lib/http/api";
import { revealIdNumber } from "@/lib/members/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (_req, actor, p) =>
  json({ idNumber: await revealIdNumber(actor, p.id) }, { headers: { "Cache-Control": "no-store" } }),
  { writers: REVEALERS },
);
