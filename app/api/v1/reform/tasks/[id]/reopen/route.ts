// /api/v1/reform/tasks/{id}/reopen — reopen a completed task, with the reason.
import { authed, parseBody } from "@/lib/http/api";
import { ReopenSchema } from "@/lib/reform/schema";
import { reopenTask } from "@/lib/reform/mutations";

export const POST = authed(async (req, actor, p) => reopenTask(actor, p.id, () => parseBody(req, ReopenSchema)));
