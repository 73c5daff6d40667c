// POST /api/v1/members/import[?dryRun=1] — register members from an .xlsx upload
// (multipart/form-data, field `file`): a dry run reports every bad row; an import writes all or nothing.
import { authed } from "@/lib/http/api";
import { importResponse, isDryRun, readXlsxUpload } from "@/lib/xlsx/import";
import { importRegistry } from "@/lib/members/import";

export const POST = authed(async (req, actor) => importResponse(await importRegistry(actor, { dryRun: isDryRun(req), read: () => readXlsxUpload(req) })));
