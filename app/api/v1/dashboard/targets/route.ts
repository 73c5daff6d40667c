// /api/v1/dashboard/targets — annual targets of an organisation and its children; administrators create or replace one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { TargetListQuerySchema, TargetUpsertSchema } from "@/lib/dashboard/schema";
import { listTargets, upsertTarget } from "@/lib/dashboard/targets";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listTargets(actor, parseQuery(req, TargetListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await upsertTarget(actor, await parseBody(req, TargetUpsertSchema)), { status: 201 }),
);
