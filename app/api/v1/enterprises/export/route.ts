// GET /api/v1/enterprises/export — the filtered enterprise register as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { EnterpriseExportQuerySchema } from "@/lib/enterprises/schema";
import { exportEnterpriseList } from "@/lib/enterprises/export";

export const GET = authed(async (req, actor) => exportEnterpriseList(actor, parseQuery(req, EnterpriseExportQuerySchema)));
