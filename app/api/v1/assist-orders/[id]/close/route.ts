// POST /api/v1/assist-orders/{id}/close — record the outcome and close the order.
import { authed, parseBody } from "@/lib/http/api";
import { AssistCloseSchema } from "@/lib/assist-orders/schema";
import { closeOrder } from "@/lib/assist-orders/mutations";

export const POST = authed(async (req, actor, p) => closeOrder(actor, p.id, await parseBody(req, AssistCloseSchema)));
