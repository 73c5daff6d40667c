// POST /api/v1/rights-cases/{id}/accept — 受理.
import { authed, parseBody } from "@/lib/http/api";
import { RightsAcceptSchema } from "@/lib/rights-cases/schema";
import { acceptCase } from "@/lib/rights-cases/mutations";

export const POST = authed(async (req, actor, p) => acceptCase(actor, p.id, (await parseBody(req, RightsAcceptSchema)).acceptedOn));
