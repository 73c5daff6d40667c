// POST /api/v1/trainings/{id}/enrolments/import[?dryRun=1] — enrolments from an .xlsx upload
// (multipart/form-data, field `file`): a dry run reports every bad row; an import writes all or nothing.
import { authed } from "@/lib/http/api";
import { importResponse, isDryRun, readXlsxUpload } from "@/lib/xlsx/import";
import { importEnrolments } from "@/lib/trainings/import";

export const POST = authed(async (req, actor, p) =>
  importResponse(await importEnrolments(actor, p.id, { dryRun: isDryRun(req), read: () => readXlsxUpload(req) })),
);
