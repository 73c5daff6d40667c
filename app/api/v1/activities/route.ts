// /api/v1/activities — activity records (工作台账) in the caller's scope with totals; record one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { ActivityCreateSchema, ActivityListQuerySchema } from "@/lib/activities/schema";
import { listActivities } from "@/lib/activities/queries";
import { createActivity } from "@/lib/activities/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listActivities(actor, parseQuery(req, ActivityListQuerySchema)));

export const POST = authed(async (req, actor) => json(await createActivity(actor, await parseBody(req, ActivityCreateSchema)), { status: 201 }));
