// /api/v1/activities/{id}/attachments — list; upload one file (multipart/form-data, field "file").
import { NextResponse } from "next/server";
import { authed } from "@/lib/http/api";
import { addAttachment, listAttachments, readUpload } from "@/lib/activities/attachments";

export const GET = authed(async (_req, actor, p) => ({ data: await listAttachments(actor, p.id) }));

export const POST = authed(async (req, actor, p) => NextResponse.json(await addAttachment(actor, p.id, () => readUpload(req)), { status: 201 }));
