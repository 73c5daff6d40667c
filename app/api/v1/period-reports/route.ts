// GET /api/v1/period-reports?orgId&period — one organisation's report for a period, its
// children's status (报送情况) and what the caller may do; POST — submit the period (报送).
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { ReportQuerySchema, SubmitSchema } from "@/lib/reports/schema";
import { getReportOverview } from "@/lib/reports/queries";
import { submitReport } from "@/lib/reports/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => getReportOverview(actor, parseQuery(req, ReportQuerySchema)));

export const POST = authed(async (req, actor) => json(await submitReport(actor, await parseBody(req, SubmitSchema)), { status: 201 }));
