// /api/v1/reform/summary — completion rate and late tasks of the subtree's plans for a year.
import { authed, parseQuery } from "@/lib/http/api";
import { ReformSummaryQuerySchema } from "@/lib/reform/schema";
import { reformSummary } from "@/lib/reform/queries";

export const GET = authed(async (req, actor) => reformSummary(actor, parseQuery(req, ReformSummaryQuerySchema)));
