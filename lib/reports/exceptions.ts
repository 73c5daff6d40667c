// 逾期补录: how long entry into a finished quarter stays open without a report
// (Organisation.reportGraceDays, default 15) and whether it then closes
// (a LateEntryRule), set by an administrator above the organisation; and the
// parent's time-limited exception that lets a late organisation enter records
// once more. The database trigger period_lock_guard enforces both, in the same
// place as the period lock (migration yearbook_facts_and_late_entry).
import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite, assertStaffLike } from "../auth/actor";
import { audit } from "../audit/log";
import { forbidden } from "../errors";
import { findOrgInScope } from "../orgs/queries";
import type { EntryWindowInput, ExceptionDto, ExceptionInput } from "./schema";

const DAY_MS = 24 * 3600 * 1000;

export async function grantException(actor: Actor, input: ExceptionInput): Promise<ExceptionDto> {
  assertStaffLike(actor);
  const org = await findOrgInScope(actor, input.orgId);
  assertCanWrite(actor);
  if (org.parentId !== actor.orgId) throw forbidden("只有上一级组织的工会干部可以批准逾期补录");
  const row = await db.$transaction(async (tx) => {
    const created = await tx.reportException.create({
      data: { orgId: org.id, period: input.period, reason: input.reason, validUntil: new Date(Date.now() + input.days * DAY_MS), grantedById: actor.userId, grantedBy: actor.username },
      select: EXCEPTION_SELECT,
    });
    await audit(actor, { action: "report_exception.grant", entityType: "report_exception", entityId: created.id, orgId: org.id, details: { period: input.period, days: input.days, fields: ["reason"] } }, tx);
    return created;
  });
  return toDto(row);
}

const EXCEPTION_SELECT = { id: true, orgId: true, period: true, reason: true, validUntil: true, grantedBy: true, createdAt: true, org: { select: { name: true } } } as const;
type Row = { id: number; orgId: number; period: string; reason: string; validUntil: Date; grantedBy: string | null; createdAt: Date; org: { name: string } };
const toDto = (r: Row): ExceptionDto => ({ id: r.id, orgId: r.orgId, orgName: r.org.name, period: r.period, reason: r.reason, validUntil: r.validUntil.toISOString(), grantedBy: r.grantedBy, createdAt: r.createdAt.toISOString() });

/** The exceptions still valid for an organisation and the organisations above it. */
export async function activeExceptions(ancestorIds: number[]): Promise<ExceptionDto[]> {
  const rows = await db.reportException.findMany({ where: { orgId: { in: ancestorIds }, validUntil: { gt: new Date() } }, select: EXCEPTION_SELECT, orderBy: { createdAt: "desc" }, take: 20 });
  return rows.map(toDto);
}

export async function setEntryWindow(actor: Actor, input: EntryWindowInput) {
  assertStaffLike(actor);
  const org = await findOrgInScope(actor, input.orgId);
  assertCanWrite(actor);
  if (actor.role !== "ADMIN" || org.id === actor.orgId) throw forbidden("只有上级组织的管理员可以设置报送宽限期和逾期录入");
  await db.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: org.id }, data: { reportGraceDays: input.graceDays } });
    if (input.closeLateEntry) {
      await tx.lateEntryRule.upsert({ where: { orgId: org.id }, create: { orgId: org.id, setById: actor.userId, setBy: actor.username }, update: { setById: actor.userId, setBy: actor.username } });
    } else {
      await tx.lateEntryRule.deleteMany({ where: { orgId: org.id } });
    }
    await audit(actor, { action: "organisation.entry_window", entityType: "organisation", entityId: org.id, orgId: org.id, details: { fields: ["reportGraceDays", "closeLateEntry"], graceDays: input.graceDays, closeLateEntry: input.closeLateEntry } }, tx);
  });
  return { orgId: org.id, graceDays: input.graceDays, closeLateEntry: input.closeLateEntry };
}
