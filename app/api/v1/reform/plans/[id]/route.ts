// /api/v1/reform/plans/{id} — one plan (a partner: its headings); update title and areas.
import { authed, parseBody } from "@/lib/http/api";
import { PlanUpdateSchema } from "@/lib/reform/schema";
import { getPlan } from "@/lib/reform/queries";
import { updatePlan } from "@/lib/reform/mutations";

export const GET = authed(async (_req, actor, p) => getPlan(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updatePlan(actor, p.id, () => parseBody(req, PlanUpdateSchema)));
