// GET /api/v1/yearbook/export?orgId&year — the annual statistics report as .xlsx in the survey's layout.
import { authed, parseQuery } from "@/lib/http/api";
import { YearbookQuerySchema } from "@/lib/yearbook/schema";
import { exportYearbook } from "@/lib/yearbook/export";

export const GET = authed(async (req, actor) => exportYearbook(actor, parseQuery(req, YearbookQuerySchema)));
