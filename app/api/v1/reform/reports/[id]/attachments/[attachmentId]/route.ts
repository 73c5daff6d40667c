// /api/v1/reform/reports/{id}/attachments/{attachmentId} — download.
import { authed } from "@/lib/http/api";
import { downloadReportAttachment } from "@/lib/reform/attachments";

export const GET = authed(async (_req, actor, p) => downloadReportAttachment(actor, p.id, p.attachmentId));
