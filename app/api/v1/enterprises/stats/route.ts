// GET /api/v1/enterprises/stats — 建会率 of a subtree (by enterprise location), overall and per child area.
import { authed, parseQuery } from "@/lib/http/api";
import { EnterpriseStatsQuerySchema } from "@/lib/enterprises/schema";
import { getUnionisationStats } from "@/lib/enterprises/stats";

export const GET = authed(async (req, actor) => getUnionisationStats(actor, parseQuery(req, EnterpriseStatsQuerySchema).orgId));
