// /api/v1/reform/reports/{id}/attachments — attach a file to a progress report (multipart/form-data, field "file").
import { REPORTERS, authed } from "@/lib/http/api";
import { readUpload } from "@/lib/activities/attachments";
import { addReportAttachment } from "@/lib/reform/attachments";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) => json(await addReportAttachment(actor, p.id, () => readUpload(req)), { status: 201 }), { writers: REPORTERS });
