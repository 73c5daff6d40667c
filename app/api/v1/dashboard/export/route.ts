// GET /api/v1/dashboard/export — the dashboard's tables as .xlsx.
import { authed, parseQuery } from "@/lib/http/api";
import { DashboardExportQuerySchema } from "@/lib/dashboard/schema";
import { exportDashboard } from "@/lib/dashboard/export";

export const GET = authed(async (req, actor) => {
  const { filename, body } = await exportDashboard(actor, parseQuery(req, DashboardExportQuerySchema));
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_");
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
});
