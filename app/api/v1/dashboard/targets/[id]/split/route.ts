// POST /api/v1/dashboard/targets/{id}/split — split a target across the organisation's direct children.
import { authed, parseBody } from "@/lib/http/api";
import { TargetSplitSchema } from "@/lib/dashboard/schema";
import { splitTarget } from "@/lib/dashboard/targets";

export const POST = authed(async (req, actor, { id }) => splitTarget(actor, id, await parseBody(req, TargetSplitSchema)));
