// GET /api/v1/period-reports/{id} — one report with its snapshot.
import { authed, intParam } from "@/lib/http/api";
import { getReport } from "@/lib/reports/queries";

export const GET = authed(async (_req, actor, p) => getReport(actor, intParam(p.id, "报送记录")));
