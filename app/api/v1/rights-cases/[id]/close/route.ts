// POST /api/v1/rights-cases/{id}/close — 办结 with the outcome and the money recovered.
import { authed, parseBody } from "@/lib/http/api";
import { RightsCloseSchema } from "@/lib/rights-cases/schema";
import { closeCase } from "@/lib/rights-cases/mutations";

export const POST = authed(async (req, actor, p) => closeCase(actor, p.id, await parseBody(req, RightsCloseSchema)));
