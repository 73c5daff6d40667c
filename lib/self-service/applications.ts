import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { encryptJson } from "../crypto/pii";
import { isUuid } from "../validation/zod";
import { transitionFor } from "../assistance/grant-workflow";
import { cstYear } from "../dates";
import type { MemberApplicationInput } from "./application-schema";

const OPEN = ["DRAFT", "SUBMITTED", "REVIEWED", "APPROVED", "NOTICE"] as const;

function ownMember(actor: Actor) {
  if (actor.role !== "MEMBER" || !actor.memberId) throw forbidden("仅会员本人可以申请");
  return actor.memberId;
}

/**
 * A member applies online. The application is a grant in DRAFT on the
 * member's union (channel MEMBER): the same workflow staff use, starting with
 * the union checking it (and linking the hardship file where the kind needs
 * one) before submitting it upward.
 */
export async function applyForAssistance(actor: Actor, input: MemberApplicationInput, now = new Date()) {
  const memberId = ownMember(actor);
  const m = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { orgId: true, status: true } });
  if (m.status !== "ACTIVE") throw invalid("只有在会会员可以网上申请");
  const year = cstYear(now);
  const open = await db.grant.count({ where: { memberId, kind: input.kind, year, status: { in: [...OPEN] } } });
  if (open > 0) throw conflict("您本年度已有一份同类申请正在办理中，请勿重复申请");
  const details = Object.fromEntries(Object.entries(input.details ?? {}).filter(([, v]) => v !== undefined && v !== ""));
  const id = await db.$transaction(async (tx) => {
    const g = await tx.grant.create({
      data: {
        orgId: m.orgId,
        memberId,
        kind: input.kind,
        amount: input.amount,
        reason: input.reason,
        detailsCipher: Object.keys(details).length ? new Uint8Array(encryptJson(details)) : null,
        channel: "MEMBER",
        status: "DRAFT",
        year,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await tx.grantEvent.create({ data: { grantId: g.id, toStatus: "DRAFT", actorId: actor.userId, actorName: actor.displayName.slice(0, 50), reason: "会员网上申请" } });
    await audit(actor, { action: "grant.apply_online", entityType: "grant", entityId: g.id, orgId: m.orgId, details: { kind: input.kind } }, tx);
    return g.id;
  });
  return (await listOwnApplications(actor)).find((a) => a.id === id)!;
}

/** Every grant of the member (applied online or entered by staff), with its history. */
export async function listOwnApplications(actor: Actor) {
  const memberId = ownMember(actor);
  const rows = await db.grant.findMany({
    where: { memberId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      kind: true,
      amount: true,
      status: true,
      channel: true,
      reason: true,
      decisionReason: true,
      noticeEndsOn: true,
      createdAt: true,
      version: true,
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { toStatus: true, reason: true, at: true } },
    },
  });
  return rows.map((g) => ({
    id: g.id,
    kind: g.kind,
    amount: g.amount.toFixed(2),
    status: g.status,
    channel: g.channel,
    reason: g.reason,
    decisionReason: g.decisionReason,
    noticeEndsOn: g.noticeEndsOn?.toISOString().slice(0, 10) ?? null,
    createdAt: g.createdAt.toISOString(),
    version: g.version,
    canWithdraw: g.channel === "MEMBER" && transitionFor("withdraw", g.status) !== undefined,
    // Staff names stay inside the union: the member sees what happened and why.
    history: g.events.map((e) => ({ status: e.toStatus, reason: e.reason, at: e.at.toISOString() })),
  }));
}
export type OwnApplication = Awaited<ReturnType<typeof listOwnApplications>>[number];

/** A member withdraws their own online application while it is still pending. */
export async function withdrawOwnApplication(actor: Actor, id: string, reason: string) {
  const memberId = ownMember(actor);
  const g = isUuid(id) ? await db.grant.findFirst({ where: { id, memberId }, select: { id: true, orgId: true, status: true, channel: true, version: true } }) : null;
  if (!g) throw notFound("申请");
  const t = transitionFor("withdraw", g.status);
  if (g.channel !== "MEMBER" || !t) throw invalid("该申请已进入审批，不能撤回；如有疑问请联系所在工会");
  await db.$transaction(async (tx) => {
    const moved = await tx.grant.updateMany({
      where: { id, status: g.status, version: g.version },
      data: { status: "WITHDRAWN", decisionReason: reason, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw conflict("申请状态已变化，请刷新后重试");
    await tx.grantEvent.create({ data: { grantId: id, fromStatus: g.status, toStatus: "WITHDRAWN", actorId: actor.userId, actorName: actor.displayName.slice(0, 50), reason } });
    await audit(actor, { action: "grant.withdraw", entityType: "grant", entityId: id, orgId: g.orgId, details: { from: g.status, to: "WITHDRAWN" } }, tx);
  });
  return (await listOwnApplications(actor)).find((a) => a.id === id)!;
}
