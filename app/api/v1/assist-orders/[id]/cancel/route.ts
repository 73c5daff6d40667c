// POST /api/v1/assist-orders/{id}/cancel — withdraw an order that will not be served.
import { authed, parseBody } from "@/lib/http/api";
import { AssistCancelSchema } from "@/lib/assist-orders/schema";
import { cancelOrder } from "@/lib/assist-orders/mutations";

export const POST = authed(async (req, actor, p) => cancelOrder(actor, p.id, (await parseBody(req, AssistCancelSchema)).reason));
