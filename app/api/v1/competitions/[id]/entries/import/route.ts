// POST /api/v1/competitions/{id}/entries/import[?dryRun=1] — entries from an .xlsx upload
// (multipart/form-data, field `file`): a dry run reports every bad row; an import writes all or nothing.
import { authed } from "@/lib/http/api";
import { importResponse, isDryRun, readXlsxUpload } from "@/lib/xlsx/import";
import { importEntries } from "@/lib/competitions/import";

export const POST = authed(async (req, actor, p) =>
  importResponse(await importEntries(actor, p.id, { dryRun: isDryRun(req), read: () => readXlsxUpload(req) })),
);
