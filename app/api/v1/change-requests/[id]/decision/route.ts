// POST /api/v1/change-requests/{id}/decision — approve (applies the change) or reject.
import { authed, parseBody } from "@/lib/http/api";
import { ChangeDecisionSchema } from "@/lib/self-service/schema";
import { decideChangeRequest } from "@/lib/self-service/profile";

export const POST = authed(async (req, actor, p) => decideChangeRequest(actor, p.id, await parseBody(req, ChangeDecisionSchema)));
