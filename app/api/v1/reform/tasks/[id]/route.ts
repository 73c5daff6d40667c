// /api/v1/reform/tasks/{id} — one task with its milestones, reports and history; update (plan's organisation).
import { authed, parseBody } from "@/lib/http/api";
import { TaskUpdateSchema } from "@/lib/reform/schema";
import { getTask } from "@/lib/reform/queries";
import { updateTask } from "@/lib/reform/mutations";

export const GET = authed(async (_req, actor, p) => getTask(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateTask(actor, p.id, () => parseBody(req, TaskUpdateSchema)));
