// GET /api/v1/members/export — the filtered registry as .xlsx (streamed): ID numbers masked, or
// with format=import the import template's columns and full ID numbers (staff only, audited).
import { authed, parseQuery } from "@/lib/http/api";
import { MemberExportQuerySchema } from "@/lib/members/schema";
import { exportRegistry } from "@/lib/members/export";

export const GET = authed(async (req, actor) => exportRegistry(actor, parseQuery(req, MemberExportQuerySchema)));
