// PATCH /api/v1/grants/policies/{kind} — change one kind's rules (administrators only; audited).
import { authed, parseBody } from "@/lib/http/api";
import { PolicyUpdateSchema } from "@/lib/assistance/schema";
import { updatePolicy } from "@/lib/assistance/policies";

export const PATCH = authed(async (req, actor, p) => updatePolicy(actor, p.kind, await parseBody(req, PolicyUpdateSchema)));
