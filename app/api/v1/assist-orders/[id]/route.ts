// GET /api/v1/assist-orders/{id} — one order with its visits and timeline.
import { authed } from "@/lib/http/api";
import { getOrder } from "@/lib/assist-orders/queries";

export const GET = authed(async (_req, actor, p) => getOrder(actor, p.id));
