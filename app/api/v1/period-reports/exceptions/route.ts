// POST /api/v1/period-reports/exceptions — the parent's time-limited permission for a late quarter (逾期补录).
import { NextResponse } from "next/server";
import { authed, parseBody } from "@/lib/http/api";
import { ExceptionInputSchema } from "@/lib/reports/schema";
import { grantException } from "@/lib/reports/exceptions";

export const POST = authed(async (req, actor) => NextResponse.json(await grantException(actor, await parseBody(req, ExceptionInputSchema)), { status: 201 }));
