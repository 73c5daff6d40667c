// GET /api/v1/activities/export — the filtered activity records as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { ActivityExportQuerySchema } from "@/lib/activities/schema";
import { exportActivityList } from "@/lib/activities/export";

export const GET = authed(async (req, actor) => exportActivityList(actor, parseQuery(req, ActivityExportQuerySchema)));
