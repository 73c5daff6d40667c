// GET /api/v1/rights-cases/{id} — one case and its history, without the facts.
import { authed } from "@/lib/http/api";
import { getCase } from "@/lib/rights-cases/queries";

export const GET = authed(async (_req, actor, p) => getCase(actor, p.id));
