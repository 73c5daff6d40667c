// GET /api/v1/assist-orders/visits — the visits behind the dashboard's 劳模工匠助企行 figure.
import { authed, parseQuery } from "@/lib/http/api";
import { AssistVisitListQuerySchema } from "@/lib/assist-orders/schema";
import { listVisits } from "@/lib/assist-orders/queries";
import { MODEL_VISIT_ACTIVITY_CODES } from "@/lib/dashboard/indicators";

export const GET = authed(async (req, actor) => listVisits(actor, parseQuery(req, AssistVisitListQuerySchema), MODEL_VISIT_ACTIVITY_CODES));
