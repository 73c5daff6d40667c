// POST /api/v1/reform/plans/{id}/import[?dryRun=1] — the task list from an .xlsx upload
// (multipart/form-data, field `file`): a dry run reports every bad row; an import writes all or nothing.
import { authed } from "@/lib/http/api";
import { importResponse, isDryRun, readXlsxUpload } from "@/lib/xlsx/import";
import { importTasks } from "@/lib/reform/import";

export const POST = authed(async (req, actor, p) => importResponse(await importTasks(actor, p.id, { dryRun: isDryRun(req), read: () => readXlsxUpload(req) })));
