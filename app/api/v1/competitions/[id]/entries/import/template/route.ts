// GET /api/v1/competitions/{id}/entries/import/template — the .xlsx import template for this competition.
import { authed } from "@/lib/http/api";
import { xlsxFileResponse } from "@/lib/xlsx/import";
import { entryTemplate } from "@/lib/competitions/import";

export const GET = authed(async (_req, actor, p) => {
  const t = await entryTemplate(actor, p.id);
  return xlsxFileResponse(t.buf, t.filename);
});
