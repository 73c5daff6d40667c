// POST /api/v1/rights-cases/{id}/follow-up — 回访 with the worker's satisfaction.
import { authed, parseBody } from "@/lib/http/api";
import { RightsFollowUpSchema } from "@/lib/rights-cases/schema";
import { followUpCase } from "@/lib/rights-cases/mutations";

export const POST = authed(async (req, actor, p) => followUpCase(actor, p.id, await parseBody(req, RightsFollowUpSchema)));
