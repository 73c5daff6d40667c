// /api/v1/reform/tasks/{id}/complete — the plan's organisation confirms completion.
import { authed, parseBody } from "@/lib/http/api";
import { CompleteSchema } from "@/lib/reform/schema";
import { completeTask } from "@/lib/reform/mutations";

export const POST = authed(async (req, actor, p) => completeTask(actor, p.id, () => parseBody(req, CompleteSchema)));
