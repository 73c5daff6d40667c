// POST /api/v1/grants/{id}/details — reveal the kind-specific details (admission, hospital bill); audited.
import { NextResponse } from "next/server";
import { authed } from "@/lib/http/api";
import { revealGrantDetails } from "@/lib/assistance/grant-mutations";

export const POST = authed(async (_req, actor, p) =>
  NextResponse.json(await revealGrantDetails(actor, p.id), { headers: { "Cache-Control": "no-store" } }),
);
