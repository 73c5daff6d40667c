// /api/v1/assist-orders — 劳模工匠助企行 orders in the caller's scope with totals; enter one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { AssistListQuerySchema, AssistOrderCreateSchema } from "@/lib/assist-orders/schema";
import { listOrders } from "@/lib/assist-orders/queries";
import { createOrder } from "@/lib/assist-orders/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listOrders(actor, parseQuery(req, AssistListQuerySchema)));

export const POST = authed(async (req, actor) => json(await createOrder(actor, await parseBody(req, AssistOrderCreateSchema)), { status: 201 }));
