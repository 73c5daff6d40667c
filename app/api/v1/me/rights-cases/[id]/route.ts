// GET /api/v1/me/rights-cases/{id} — one of the member's own cases (anyone else's: 404).
import { authed } from "@/lib/http/api";
import { getOwnCase } from "@/lib/rights-cases/queries";

export const GET = authed(async (_req, actor, p) => getOwnCase(actor, p.id));
