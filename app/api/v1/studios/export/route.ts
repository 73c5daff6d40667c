// GET /api/v1/studios/export — the filtered studio list as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { StudioExportQuerySchema } from "@/lib/studios/schema";
import { exportStudioList } from "@/lib/studios/export";

export const GET = authed(async (req, actor) => exportStudioList(actor, parseQuery(req, StudioExportQuerySchema)));
