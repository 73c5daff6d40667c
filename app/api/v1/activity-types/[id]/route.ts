// PATCH /api/v1/activity-types/{id} — rename, reorder, deactivate or reactivate a type (administrators).
import { authed, intParam, parseBody } from "@/lib/http/api";
import { ActivityTypeUpdateSchema } from "@/lib/activities/schema";
import { updateActivityType } from "@/lib/activities/mutations";

export const PATCH = authed(async (req, actor, p) => updateActivityType(actor, intParam(p.id, "活动类型"), await parseBody(req, ActivityTypeUpdateSchema)));
