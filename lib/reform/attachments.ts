import "server-only";
// Attachments of progress reports: the same store as activity records'
// (lib/activities/attachments.ts: the same table, folder, type and size checks).
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { audit } from "../audit/log";
import { forbidden, notFound } from "../errors";
import { assertUuid } from "../records/scope";
import { storeUpload, storedFileResponse } from "../activities/attachments";
import type { AttachmentDto } from "../activities/schema";
import { findTaskInScope, canManageOrg } from "./scope";

async function findReportInScope(actor: Actor, reportId: string) {
  assertUuid(reportId, "进展填报");
  const r = await db.reformReport.findUnique({ where: { id: reportId }, select: { id: true, taskId: true, createdById: true } });
  if (!r) throw notFound("进展填报");
  // The report is visible exactly when its task is.
  const task = await findTaskInScope(actor, r.taskId).catch(() => {
    throw notFound("进展填报");
  });
  return { report: r, task };
}

/** Who filed a report adds its files (or the plan's organisation), while the task is open. */
export async function addReportAttachment(actor: Actor, reportId: string, readFile: () => Promise<File>): Promise<AttachmentDto> {
  const { report, task } = await findReportInScope(actor, reportId);
  if (report.createdById !== actor.userId && !canManageOrg(actor, task.plan.org.ancestorIds)) throw forbidden("只能为本人填报的进展上传附件");
  if (task.completedOn) throw forbidden("该任务已确认完成，不能再上传附件");
  const stored = await storeUpload(await readFile());
  try {
    return await db.$transaction(async (tx) => {
      const a = await tx.activityAttachment.create({
        data: { reportId, fileName: stored.fileName, size: stored.size, mimeType: stored.mimeType, storagePath: stored.storagePath, createdById: actor.userId },
        select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true },
      });
      await audit(actor, { action: "reform_report.attachment_add", entityType: "activity_attachment", entityId: a.id, orgId: task.plan.orgId, details: { reportId, size: a.size, type: stored.ext } }, tx);
      return { ...a, createdAt: a.createdAt.toISOString() };
    });
  } catch (e) {
    await stored.discard();
    throw e;
  }
}

export async function downloadReportAttachment(actor: Actor, reportId: string, id: string): Promise<Response> {
  await findReportInScope(actor, reportId);
  assertUuid(id, "附件");
  const a = await db.activityAttachment.findFirst({ where: { id, reportId, deletedAt: null }, select: { fileName: true, mimeType: true, storagePath: true } });
  if (!a) throw notFound("附件");
  return storedFileResponse(a);
}
