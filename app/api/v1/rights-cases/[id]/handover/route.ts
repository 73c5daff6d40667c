// POST /api/v1/rights-cases/{id}/handover — hand the case to a lower or a higher union.
import { authed, parseBody } from "@/lib/http/api";
import { RightsHandoverSchema } from "@/lib/rights-cases/schema";
import { handOverCase } from "@/lib/rights-cases/mutations";

export const POST = authed(async (req, actor, p) => handOverCase(actor, p.id, await parseBody(req, RightsHandoverSchema)));
