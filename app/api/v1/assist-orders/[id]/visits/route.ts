// POST /api/v1/assist-orders/{id}/visits — record a visit to the enterprise.
import { authed, parseBody } from "@/lib/http/api";
import { AssistVisitSchema } from "@/lib/assist-orders/schema";
import { addVisit } from "@/lib/assist-orders/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) => json(await addVisit(actor, p.id, await parseBody(req, AssistVisitSchema)), { status: 201 }));
