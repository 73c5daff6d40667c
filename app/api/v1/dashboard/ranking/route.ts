// GET /api/v1/dashboard/ranking — the child organisations ranked on one indicator.
import { authed, parseQuery } from "@/lib/http/api";
import { RankingQuerySchema } from "@/lib/dashboard/schema";
import { getRanking } from "@/lib/dashboard/queries";

export const GET = authed(async (req, actor) => getRanking(actor, parseQuery(req, RankingQuerySchema)));
