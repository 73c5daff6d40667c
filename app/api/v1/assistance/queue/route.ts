// GET /api/v1/assistance/queue — 待办: grants the caller may move on now, files due for re-check.
import { authed, parseQuery } from "@/lib/http/api";
import { ScopeQuerySchema } from "@/lib/assistance/schema";
import { getQueue } from "@/lib/assistance/queue";

export const GET = authed(async (req, actor) => getQueue(actor, parseQuery(req, ScopeQuerySchema)));
