// GET /api/v1/reform/plans/{id}/export — the plan's tasks with their progress (.xlsx).
import { authed } from "@/lib/http/api";
import { exportPlan } from "@/lib/reform/export";

export const GET = authed(async (_req, actor, p) => exportPlan(actor, p.id));
