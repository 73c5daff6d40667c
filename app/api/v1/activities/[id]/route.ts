// /api/v1/activities/{id} — one activity record with its attachments; update; soft delete.
import { authed, parseBody } from "@/lib/http/api";
import { ActivityUpdateSchema } from "@/lib/activities/schema";
import { getActivity } from "@/lib/activities/queries";
import { deleteActivity, updateActivity } from "@/lib/activities/mutations";

export const GET = authed(async (_req, actor, p) => getActivity(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateActivity(actor, p.id, await parseBody(req, ActivityUpdateSchema)));

export const DELETE = authed(async (_req, actor, p) => deleteActivity(actor, p.id));
