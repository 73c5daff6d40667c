// /api/v1/activities/{id}/attachments/{attachmentId} — download (original file name); soft delete.
import { authed } from "@/lib/http/api";
import { deleteAttachment, downloadAttachment } from "@/lib/activities/attachments";

export const GET = authed(async (_req, actor, p) => downloadAttachment(actor, p.id, p.attachmentId));

export const DELETE = authed(async (_req, actor, p) => deleteAttachment(actor, p.id, p.attachmentId));
