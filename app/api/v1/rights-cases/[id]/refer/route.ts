// POST /api/v1/rights-cases/{id}/refer — refer to 劳动监察, 仲裁 or 法律援助中心 with the reference.
import { authed, parseBody } from "@/lib/http/api";
import { RightsReferSchema } from "@/lib/rights-cases/schema";
import { referCase } from "@/lib/rights-cases/mutations";

export const POST = authed(async (req, actor, p) => referCase(actor, p.id, await parseBody(req, RightsReferSchema)));
