// GET /api/v1/yearbook?orgId&year — the annual statistics report (工会统计年报) of an organisation's subtree.
import { authed, parseQuery } from "@/lib/http/api";
import { YearbookQuerySchema } from "@/lib/yearbook/schema";
import { getYearbook } from "@/lib/yearbook/queries";

export const GET = authed(async (req, actor) => getYearbook(actor, parseQuery(req, YearbookQuerySchema)));
