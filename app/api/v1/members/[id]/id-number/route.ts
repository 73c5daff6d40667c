// POST /api/v1/members/{id}/id-number — reveal the full ID number (audited).
// POST, not GET: it is an audited act, and must not be prefetched or cached.
import { NextResponse } from "next/server";
import { REVEALERS, authed } from "@/lib/http/api";
import { revealIdNumber } from "@/lib/members/mutations";

export const POST = authed(async (_req, actor, p) =>
  NextResponse.json({ idNumber: await revealIdNumber(actor, p.id) }, { headers: { "Cache-Control": "no-store" } }),
  { writers: REVEALERS },
);
