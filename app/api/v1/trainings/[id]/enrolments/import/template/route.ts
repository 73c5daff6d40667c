// GET /api/v1/trainings/{id}/enrolments/import/template — the .xlsx import template for this session.
import { authed } from "@/lib/http/api";
import { xlsxFileResponse } from "@/lib/xlsx/import";
import { enrolmentTemplate } from "@/lib/trainings/import";

export const GET = authed(async (_req, actor, p) => {
  const t = await enrolmentTemplate(actor, p.id);
  return xlsxFileResponse(t.buf, t.filename);
});
