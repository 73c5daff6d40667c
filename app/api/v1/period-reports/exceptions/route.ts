// POST /api/v1/period-reports/exceptions — the parent's time-limited permission for a late quarter (逾期补录).
import { authed, parseBody } from "@/lib/http/api";
import { ExceptionInputSchema } from "@/lib/reports/schema";
import { grantException } from "@/lib/reports/exceptions";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor) => json(await grantException(actor, await parseBody(req, ExceptionInputSchema)), { status: 201 }));
