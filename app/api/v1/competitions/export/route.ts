// GET /api/v1/competitions/export — the filtered competition list as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { CompetitionExportQuerySchema } from "@/lib/competitions/schema";
import { exportCompetitionList } from "@/lib/competitions/export";

export const GET = authed(async (req, actor) => exportCompetitionList(actor, parseQuery(req, CompetitionExportQuerySchema)));
