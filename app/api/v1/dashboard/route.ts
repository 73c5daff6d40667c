// GET /api/v1/dashboard — the leaders' dashboard of one organisation (default: the caller's home) for a period.
import { authed, parseQuery } from "@/lib/http/api";
import { DashboardQuerySchema } from "@/lib/dashboard/schema";
import { getDashboard } from "@/lib/dashboard/queries";

export const GET = authed(async (req, actor) => getDashboard(actor, parseQuery(req, DashboardQuerySchema)));
