// /api/v1/activity-types — the configurable list of activity types; administrators add types.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { ActivityTypeCreateSchema, ActivityTypeListQuerySchema } from "@/lib/activities/schema";
import { listActivityTypes } from "@/lib/activities/queries";
import { createActivityType } from "@/lib/activities/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => ({ data: await listActivityTypes(actor, parseQuery(req, ActivityTypeListQuerySchema).includeInactive === "true") }));

export const POST = authed(async (req, actor) => json(await createActivityType(actor, await parseBody(req, ActivityTypeCreateSchema)), { status: 201 }));
