// POST /api/v1/dashboard/refresh — administrators rebuild the dashboard rollup now (audited).
import { authed } from "@/lib/http/api";
import { refreshDashboard } from "@/lib/dashboard/refresh";

export const POST = authed(async (_req, actor) => refreshDashboard(actor));
