import "server-only";
// Attachments of activity records. Files live on local disk under UPLOAD_DIR
// (default <DATA_DIR or .data>/uploads), never in the database: the table holds
// only metadata. Stored names are random; the client's file name is kept as
// display metadata and never touches a path.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { AppError, invalid, notFound } from "../errors";
import { contentDisposition } from "../http/download";
import { assertDeclaredSize, readLimited } from "../http/body";
import { BIDI_CONTROLS } from "../validation/zod";
import { assertUuid } from "../records/scope";
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from "./labels";
import { findActivityInScope } from "./queries";
import type { AttachmentDto } from "./schema";

export function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR || path.join(process.env.DATA_DIR || ".data", "uploads"));
}

/** The absolute path of a stored file, refusing anything that would leave UPLOAD_DIR. */
function resolveStored(storagePath: string): string {
  const root = uploadDir();
  const full = path.resolve(root, storagePath);
  if (!full.startsWith(root + path.sep)) throw notFound("附件");
  return full;
}

function matchesMagic(kind: (typeof ATTACHMENT_TYPES)[string]["magic"], b: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((x, i) => b[i] === x);
  switch (kind) {
    case "pdf":
      return starts(0x25, 0x50, 0x44, 0x46); // %PDF
    case "zip":
      return starts(0x50, 0x4b, 0x03, 0x04);
    case "ole":
      return starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
    case "png":
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case "jpeg":
      return starts(0xff, 0xd8, 0xff);
    case "gif":
      return starts(0x47, 0x49, 0x46, 0x38);
    case "webp":
      return starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50;
    case "text":
      return !b.subarray(0, 8192).includes(0);
  }
}

/**
 * A display name without directories or control characters (it is metadata
 * only). A name with bidirectional overrides is refused: it would display
 * with another extension than the one it has.
 */
function cleanFileName(raw: string): string {
  if (BIDI_CONTROLS.test(raw)) throw invalid("文件名含有改变文字方向的不可见字符，请重命名后上传", { file: "文件名含有不可见的方向控制字符" });
  const base = raw.split(/[\\/]/).pop() ?? "";
  const name = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return (name || "附件").slice(-200);
}

/** Reads the `file` field of a multipart request, enforcing the size limit before buffering where possible. */
export async function readUpload(req: Request): Promise<File> {
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw invalid("请以 multipart/form-data 上传文件（字段名 file）");
  }
  const type = req.headers.get("content-type") ?? "";
  const tooBig = () => invalid("文件过大：单个附件不超过 10 MB", { file: "文件过大：单个附件不超过 10 MB" });
  // Room for the multipart framing around the file itself.
  const limit = MAX_ATTACHMENT_BYTES + 64 * 1024;
  assertDeclaredSize(req, limit, tooBig);
  const raw = await readLimited(req.body, limit, tooBig);
  let form: FormData;
  try {
    form = await new Response(raw as BodyInit, { headers: { "content-type": type } }).formData();
  } catch {
    throw invalid("无法读取上传的文件");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw invalid("请选择要上传的文件", { file: "请选择要上传的文件" });
  return file;
}

/** `read` is called only once the caller may write to the record: nobody else's upload is read. */
export async function addAttachment(actor: Actor, recordId: string, read: () => Promise<File>): Promise<AttachmentDto> {
  assertCanWrite(actor);
  const record = await findActivityInScope(actor, recordId);
  const file = await read();
  const fileName = cleanFileName(file.name);
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const type = ATTACHMENT_TYPES[ext];
  if (!type) throw invalid("不支持的文件类型", { file: "只能上传常见的文档或图片文件" });
  if (file.size === 0) throw invalid("文件是空的", { file: "文件是空的" });
  if (file.size > MAX_ATTACHMENT_BYTES) throw invalid("文件过大：单个附件不超过 10 MB", { file: "文件过大：单个附件不超过 10 MB" });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!matchesMagic(type.magic, bytes)) throw invalid("文件内容与扩展名不符", { file: "文件内容与扩展名不符，请检查文件" });

  // A random name in a per-month folder; written to a temp name first so a
  // half-written file never has a database row pointing at it.
  const month = new Date().toISOString().slice(0, 7);
  const storagePath = `${month}/${randomUUID()}.${ext}`;
  const full = resolveStored(storagePath);
  await mkdir(path.dirname(full), { recursive: true });
  const tmp = `${full}.part`;
  await writeFile(tmp, bytes, { flag: "wx", mode: 0o640 });
  await rename(tmp, full);
  try {
    return await db.$transaction(async (tx) => {
      const a = await tx.activityAttachment.create({
        data: { recordId, fileName, size: bytes.length, mimeType: type.mime, storagePath, createdById: actor.userId },
        select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true },
      });
      await audit(actor, { action: "activity.attachment_add", entityType: "activity_attachment", entityId: a.id, orgId: record.orgId, details: { recordId, size: a.size, type: ext } }, tx);
      return { ...a, createdAt: a.createdAt.toISOString() };
    });
  } catch (e) {
    await unlink(full).catch(() => undefined);
    throw e;
  }
}

async function findAttachment(actor: Actor, recordId: string, id: string) {
  const record = await findActivityInScope(actor, recordId);
  assertUuid(id, "附件");
  const a = await db.activityAttachment.findFirst({
    where: { id, recordId, deletedAt: null },
    select: { id: true, fileName: true, size: true, mimeType: true, storagePath: true },
  });
  if (!a) throw notFound("附件");
  return { record, attachment: a };
}

/** Streams a stored file back with its original (Chinese) name. */
export async function downloadAttachment(actor: Actor, recordId: string, id: string): Promise<Response> {
  const { attachment: a } = await findAttachment(actor, recordId, id);
  const full = resolveStored(a.storagePath);
  const st = await stat(full).catch(() => null);
  if (!st?.isFile()) throw new AppError("NOT_FOUND", "附件文件已丢失，请联系管理员");
  return new Response(Readable.toWeb(createReadStream(full)) as ReadableStream, {
    headers: {
      "Content-Type": a.mimeType,
      "Content-Length": String(st.size),
      "Content-Disposition": contentDisposition(a.fileName),
      "Cache-Control": "private, no-store",
    },
  });
}

/** Soft delete: the row is hidden and the file kept, so a mistaken deletion can be undone by an administrator. */
export async function deleteAttachment(actor: Actor, recordId: string, id: string) {
  assertCanWrite(actor);
  const { record } = await findAttachment(actor, recordId, id);
  await db.$transaction(async (tx) => {
    await tx.activityAttachment.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(actor, { action: "activity.attachment_delete", entityType: "activity_attachment", entityId: id, orgId: record.orgId, details: { recordId } }, tx);
  });
  return { id, deleted: true };
}

export async function listAttachments(actor: Actor, recordId: string): Promise<AttachmentDto[]> {
  await findActivityInScope(actor, recordId);
  const rows = await db.activityAttachment.findMany({
    where: { recordId, deletedAt: null },
    select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() }));
}
