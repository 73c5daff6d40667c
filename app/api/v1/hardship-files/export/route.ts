// GET /api/v1/hardship-files/export — the filtered files as .xlsx (ID numbers masked, narratives never exported).
import { authed, parseQuery } from "@/lib/http/api";
import { HardshipExportQuerySchema } from "@/lib/hardship/schema";
import { exportHardshipList } from "@/lib/hardship/export";

export const GET = authed(async (req, actor) => exportHardshipList(actor, parseQuery(req, HardshipExportQuerySchema)));
