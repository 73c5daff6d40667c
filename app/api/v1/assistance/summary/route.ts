// GET /api/v1/assistance/summary — disbursed totals by kind, by town and by month; budget vs spent per fund.
import { authed, parseQuery } from "@/lib/http/api";
import { SummaryQuerySchema } from "@/lib/assistance/schema";
import { getSummary } from "@/lib/assistance/summary";

export const GET = authed(async (req, actor) => getSummary(actor, parseQuery(req, SummaryQuerySchema)));
