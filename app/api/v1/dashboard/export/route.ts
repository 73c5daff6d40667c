// GET /api/v1/dashboard/export — the dashboard's tables as .xlsx.
import { authed, parseQuery } from "@/lib/http/api";
import { DashboardExportQuerySchema } from "@/lib/dashboard/schema";
import { exportDashboard } from "@/lib/dashboard/export";
import { xlsxFileResponse } from "@/lib/xlsx/import";

export const GET = authed(async (req, actor) => {
  const { filename, body } = await exportDashboard(actor, parseQuery(req, DashboardExportQuerySchema));
  return xlsxFileResponse(body, filename);
});
