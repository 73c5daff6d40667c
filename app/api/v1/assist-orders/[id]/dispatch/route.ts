// POST /api/v1/assist-orders/{id}/dispatch — dispatch (or re-dispatch) to a person or a studio team.
import { authed, parseBody } from "@/lib/http/api";
import { AssistDispatchSchema } from "@/lib/assist-orders/schema";
import { dispatchOrder } from "@/lib/assist-orders/mutations";

export const POST = authed(async (req, actor, p) => dispatchOrder(actor, p.id, await parseBody(req, AssistDispatchSchema)));
