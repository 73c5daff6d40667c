// /api/v1/reform/plans/{id}/units-summary — each lead/responsible unit's tasks by status and its last report.
import { authed } from "@/lib/http/api";
import { planUnitSummary } from "@/lib/reform/queries";

export const GET = authed(async (_req, actor, p) => planUnitSummary(actor, p.id));
