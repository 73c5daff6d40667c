// GET /api/v1/grants/export — the filtered grants as .xlsx (ID numbers masked, details never exported).
import { authed, parseQuery } from "@/lib/http/api";
import { GrantExportQuerySchema } from "@/lib/assistance/schema";
import { exportGrantList } from "@/lib/assistance/export";

export const GET = authed(async (req, actor) => exportGrantList(actor, parseQuery(req, GrantExportQuerySchema)));
