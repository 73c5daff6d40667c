// POST /api/v1/hardship-files/{id}/details — reveal the narrative details and visit findings (audited).
// POST, not GET: it is an audited act, and must not be prefetched or cached.
import { NextResponse } from "next/server";
import { authed } from "@/lib/http/api";
import { revealHardshipDetails } from "@/lib/hardship/mutations";

export const POST = authed(async (_req, actor, p) =>
  NextResponse.json(await revealHardshipDetails(actor, p.id), { headers: { "Cache-Control": "no-store" } }),
);
