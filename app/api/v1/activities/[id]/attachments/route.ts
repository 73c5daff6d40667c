// /api/v1/activities/{id}/attachments — list; upload one file (multipart/form-data, field "file").
import { authed } from "@/lib/http/api";
import { addAttachment, listAttachments, readUpload } from "@/lib/activities/attachments";
import { json } from "@/lib/http/json";

export const GET = authed(async (_req, actor, p) => ({ data: await listAttachments(actor, p.id) }));

export const POST = authed(async (req, actor, p) => json(await addAttachment(actor, p.id, () => readUpload(req)), { status: 201 }));
