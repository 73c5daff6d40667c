// /api/v1/reform/plans/{id}/tasks — a plan's tasks (filtered, with its late and due-soon tasks); add one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { TaskCreateSchema, TaskListQuerySchema } from "@/lib/reform/schema";
import { listPlanTasks } from "@/lib/reform/queries";
import { createTask } from "@/lib/reform/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor, p) => listPlanTasks(actor, p.id, parseQuery(req, TaskListQuerySchema)));

export const POST = authed(async (req, actor, p) => json(await createTask(actor, p.id, () => parseBody(req, TaskCreateSchema)), { status: 201 }));
