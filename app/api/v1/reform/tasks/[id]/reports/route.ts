// /api/v1/reform/tasks/{id}/reports — report progress (lead or responsible unit, or the plan's organisation).
import { REPORTERS, authed, parseBody } from "@/lib/http/api";
import { ReportCreateSchema } from "@/lib/reform/schema";
import { addReport } from "@/lib/reform/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) => json(await addReport(actor, p.id, () => parseBody(req, ReportCreateSchema)), { status: 201 }), { writers: REPORTERS });
