// GET /api/v1/honours/export — the filtered honours list as .xlsx (streamed).
import { authed, parseQuery } from "@/lib/http/api";
import { HonourExportQuerySchema } from "@/lib/honours/schema";
import { exportHonourList } from "@/lib/honours/export";

export const GET = authed(async (req, actor) => exportHonourList(actor, parseQuery(req, HonourExportQuerySchema)));
