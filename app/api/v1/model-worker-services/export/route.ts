// GET /api/v1/model-worker-services/export — the filtered service records as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { ServiceExportQuerySchema } from "@/lib/honours/schema";
import { exportServiceList } from "@/lib/honours/export";

export const GET = authed(async (req, actor) => exportServiceList(actor, parseQuery(req, ServiceExportQuerySchema)));
