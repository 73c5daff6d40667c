// /api/v1/reform/tasks — tasks of the plans of an organisation's subtree for a year (the dashboard's drill-down).
import { authed, parseQuery } from "@/lib/http/api";
import { ScopeTaskQuerySchema } from "@/lib/reform/schema";
import { listScopeTasks } from "@/lib/reform/queries";

export const GET = authed(async (req, actor) => listScopeTasks(actor, parseQuery(req, ScopeTaskQuerySchema)));
