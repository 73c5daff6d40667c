// /api/v1/reform/plans — 产改 plans in scope; create one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { PlanCreateSchema, PlanListQuerySchema } from "@/lib/reform/schema";
import { listPlans } from "@/lib/reform/queries";
import { createPlan } from "@/lib/reform/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listPlans(actor, parseQuery(req, PlanListQuerySchema)));

export const POST = authed(async (req, actor) => json(await createPlan(actor, () => parseBody(req, PlanCreateSchema)), { status: 201 }));
