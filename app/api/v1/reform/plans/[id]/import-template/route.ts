// GET /api/v1/reform/plans/{id}/import-template — the .xlsx template for this plan's task list.
import { authed } from "@/lib/http/api";
import { xlsxFileResponse } from "@/lib/xlsx/import";
import { taskTemplate } from "@/lib/reform/import";

export const GET = authed(async (_req, actor, p) => {
  const t = await taskTemplate(actor, p.id);
  return xlsxFileResponse(t.buf, t.filename);
});
