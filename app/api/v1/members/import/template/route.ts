// GET /api/v1/members/import/template — the registry import template (.xlsx).
import { authed } from "@/lib/http/api";
import { xlsxFileResponse } from "@/lib/xlsx/import";
import { registryTemplate } from "@/lib/members/import";

export const GET = authed(async (_req, actor) => {
  const t = await registryTemplate(actor);
  return xlsxFileResponse(t.buf, t.filename);
});
