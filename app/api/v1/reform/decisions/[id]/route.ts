// /api/v1/reform/decisions/{id} — mark a meeting decision (督办事项) done, or open again.
import { authed, intParam, parseBody } from "@/lib/http/api";
import { DecisionUpdateSchema } from "@/lib/reform/schema";
import { updateDecision } from "@/lib/reform/mutations";

export const PATCH = authed(async (req, actor, p) => updateDecision(actor, intParam(p.id, "议定事项"), () => parseBody(req, DecisionUpdateSchema)));
