// 网上入会: a worker applies from a public page (no sign-in); the application
// waits in the queue of the union they chose, or of the union of the town or
// street where they work; staff there or above accept it (choosing the union:
// the member is admitted through admitMember and an activation code is issued
// through the self-service mechanism, in one transaction) or decline it with
// a reason. The applicant follows it with its number and the last six
// characters of their ID number.
//
// No membership oracle: submitting answers the same (201, the same message)
// whether or not the ID number is already a member's; an already-member's
// application is stored as EXISTING, never reaches a queue, and only its
// status — which needs the number handed to whoever submitted it with that
// full ID number — says "already a member", never where. Every refusal (a
// throttle, an open application for the same ID number) reads the same.
import "server-only";
import crypto from "node:crypto";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike, canWrite, isStaffLike } from "../auth/actor";
import { audit } from "../audit/log";
import { AppError, conflict, forbidden, invalid, notFound } from "../errors";
import { todayCST } from "../dates";
import { isUuid } from "../validation/zod";
import { decryptIdNumber, encryptIdNumber, hashIdNumber } from "../crypto/pii";
import { findOrgInScope, isOrgVisible, searchUnionNames } from "../orgs/queries";
import { holdsMembers } from "../orgs/labels";
import { rateLimit, takeAll } from "../security/rate-limit";
import { issueCodeIn } from "../self-service/activation";
import { maskIdNumber, parseIdNumber } from "./id-number";
import { admitMember } from "./mutations";
import { MEMBERSHIP_HELD } from "./labels";
import type {
  ApplicationAcceptInput,
  ApplicationDeclineInput,
  ApplicationListQuery,
  JoinApplyInput,
  JoinStatusDto,
  JoinStatusQuery,
  JoinUnionQuery,
  MemberApplicationDto,
} from "./join-schema";

// Per day for a phone or an ID number (a worker applies once; a typo may need
// a second go), per hour for an address (a campaign desk may serve many).
const perPhone = rateLimit({ name: "join:phone", points: 3, windowSec: 86_400 });
const perIdNumber = rateLimit({ name: "join:id", points: 3, windowSec: 86_400 });
const perAddress = rateLimit({ name: "join:ip", points: 20, windowSec: 3600 });
const statusPerAddress = rateLimit({ name: "join-status:ip", points: 30, windowSec: 3600, blockSec: 3600 });

/** The one answer to every refused attempt: it says nothing about the person. */
export const JOIN_REFUSED = "暂时无法受理该申请。如已提交过申请，请凭申请编号查询办理进度；如需帮助，请联系当地工会。";
const refused = () => new AppError("RATE_LIMITED", JOIN_REFUSED);
export const JOIN_RECEIVED = "申请已提交。请记下申请编号，凭申请编号和身份证号后六位查询办理进度；工会同意后会把激活码交给您。";
const STATUS_NOT_FOUND = "未找到该申请，请核对申请编号和身份证号后六位";

const STATUS_MESSAGES = {
  PENDING: "申请已提交，正在由工会审核。",
  ACCEPTED: "工会已同意您入会。请向工会领取激活码，在“会员首次登录”页面用手机号和激活码设置密码。",
  DECLINED: "工会未同意您的入会申请。",
  EXISTING: "您已是工会会员，无需重复入会。如已更换工作单位，请登录会员服务提出转会（会籍接转），或联系原所在工会办理。",
} as const;

/** Towns and streets where a worker may say they work, grouped by county for the picker. */
export async function listJoinTowns() {
  return db.$queryRaw<{ id: number; name: string; county: string }[]>`
    SELECT t.id, t.name, c.name AS county
    FROM organisation t JOIN organisation c ON c.id = t.parent_id
    WHERE t.level = 'TOWN' AND t.status = 'ACTIVE'
    ORDER BY c.code NULLS LAST, c.name, t.name`;
}

/** The public union search: names only, under the chosen town when one is given. */
export async function searchJoinUnions(q: JoinUnionQuery) {
  return { data: await searchUnionNames(q.q, q.townId) };
}

async function resolveQueue(input: JoinApplyInput): Promise<number> {
  const ids = [input.townId, ...(input.orgId ? [input.orgId] : [])];
  const orgs = new Map(
    (await db.organisation.findMany({ where: { id: { in: ids }, status: "ACTIVE" }, select: { id: true, level: true, ancestorIds: true } })).map((o) => [o.id, o]),
  );
  const town = orgs.get(input.townId);
  if (!town || town.level !== "TOWN") throw invalid("请选择工作所在的镇（街道）", { townId: "请选择工作所在的镇（街道）" });
  if (!input.orgId) return town.id;
  const union = orgs.get(input.orgId);
  if (!union || !holdsMembers(union.level) || !union.ancestorIds.includes(town.id)) {
    throw invalid("所选工会不在该镇（街道），请重新选择或交由镇（街道）工会办理", { orgId: "所选工会不在该镇（街道）" });
  }
  return union.id;
}

const newNumber = () => `RH${String(crypto.randomInt(0, 1e10)).padStart(10, "0")}`;

export async function applyToJoin(input: JoinApplyInput, ip: string | undefined): Promise<{ number: string; message: string }> {
  const parsed = parseIdNumber(input.idNumber);
  if (!parsed.ok) throw invalid("身份证号无效", { idNumber: "身份证号无效" });
  const idNumber = parsed.value.idNumber;
  const idHash = hashIdNumber(idNumber);
  const queue = await resolveQueue(input);
  const taken = await takeAll([
    [perPhone, input.phone],
    [perIdNumber, idHash],
    [perAddress, ip],
  ]);
  if (!taken.ok) throw refused();

  const number = await db.$transaction(async (tx) => {
    // Serialises two submissions with one ID number, so "one open application" holds.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`join:${idHash}`}))`;
    const open = await tx.memberApplication.count({ where: { idHash, status: "PENDING" } });
    if (open) throw refused();
    const member = await tx.member.findUnique({ where: { idHash }, select: { status: true } });
    const existing = !!member && MEMBERSHIP_HELD.includes(member.status);
    const row = await tx.memberApplication.create({
      data: {
        number: newNumber(),
        name: input.name,
        idCipher: new Uint8Array(encryptIdNumber(idNumber)),
        idHash,
        idMasked: maskIdNumber(idNumber),
        phone: input.phone,
        employer: input.employer,
        groups: input.groups,
        townId: input.townId,
        orgId: queue,
        status: existing ? "EXISTING" : "PENDING",
        consentAt: new Date(),
      },
      select: { id: true, number: true },
    });
    // The audit entry is the same for both outcomes; the row's status tells them apart.
    await tx.auditLog.create({
      data: { action: "member.application.submit", entityType: "member_application", entityId: row.id, orgId: queue, ip: ip ?? null },
    });
    return row.number;
  });
  return { number, message: JOIN_RECEIVED };
}

export async function joinStatus(q: JoinStatusQuery, ip: string | undefined): Promise<JoinStatusDto> {
  const taken = await takeAll([[statusPerAddress, ip]]);
  if (!taken.ok) throw refused();
  const a = await db.memberApplication.findUnique({ where: { number: q.number }, include: { member: { select: { org: { select: { name: true } } } } } });
  const tail = a ? decryptIdNumber(a.idCipher).slice(-6) : "000000";
  const match = crypto.timingSafeEqual(Buffer.from(tail), Buffer.from(q.idTail.padStart(6, "0").slice(-6)));
  if (!a || !match) throw new AppError("NOT_FOUND", STATUS_NOT_FOUND);
  return {
    number: a.number,
    status: a.status,
    submittedAt: a.submittedAt.toISOString(),
    decidedAt: a.decidedAt?.toISOString() ?? null,
    message: STATUS_MESSAGES[a.status],
    unionName: a.status === "ACCEPTED" ? (a.member?.org.name ?? null) : null,
    declineReason: a.status === "DECLINED" ? a.declineReason : null,
  };
}

// ---------------------------------------------------------------------------
// Staff: the queue, accept, decline. An application belongs to the subtree of
// its queue organisation; EXISTING ones never reach a queue.

const INCLUDE = { town: { select: { name: true } }, org: { select: { name: true, ancestorIds: true } } } as const;
type Row = Prisma.MemberApplicationGetPayload<{ include: typeof INCLUDE }>;

function toDto(actor: Actor, a: Row): MemberApplicationDto {
  return {
    id: a.id,
    number: a.number,
    name: a.name,
    idMasked: a.idMasked,
    phone: a.phone,
    employer: a.employer,
    groups: a.groups,
    townId: a.townId,
    townName: a.town.name,
    orgId: a.orgId,
    orgName: a.org.name,
    status: a.status,
    submittedAt: a.submittedAt.toISOString(),
    decidedAt: a.decidedAt?.toISOString() ?? null,
    declineReason: a.declineReason,
    memberId: a.memberId,
    canDecide: a.status === "PENDING" && canWrite(actor),
  };
}

const inScope = (orgId: number): Prisma.MemberApplicationWhereInput => ({ org: { ancestorIds: { has: orgId } }, status: { not: "EXISTING" } });

async function findApplication(actor: Actor, id: string): Promise<Row> {
  if (!isStaffLike(actor)) throw forbidden();
  if (!isUuid(id)) throw notFound("入会申请");
  const a = await db.memberApplication.findUnique({ where: { id }, include: INCLUDE });
  if (!a || a.status === "EXISTING" || !isOrgVisible(actor, a.org.ancestorIds)) throw notFound("入会申请");
  return a;
}

export async function getApplication(actor: Actor, id: string) {
  return toDto(actor, await findApplication(actor, id));
}

export async function listApplications(actor: Actor, q: ApplicationListQuery) {
  assertStaffLike(actor);
  const root = q.orgId ?? actor.orgId;
  if (q.orgId && q.orgId !== actor.orgId) await findOrgInScope(actor, q.orgId);
  const where: Prisma.MemberApplicationWhereInput = { ...inScope(root), ...(q.status ? { status: q.status } : {}) };
  // Oldest waiting first: a queue is worked from the front.
  const orderBy: Prisma.MemberApplicationOrderByWithRelationInput[] = q.status === "PENDING" ? [{ submittedAt: "asc" }, { id: "asc" }] : [{ submittedAt: "desc" }, { id: "desc" }];
  const [total, rows] = await Promise.all([
    db.memberApplication.count({ where }),
    db.memberApplication.findMany({ where, include: INCLUDE, orderBy, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
  ]);
  return { data: rows.map((a) => toDto(actor, a)), total, page: q.page, pageSize: q.pageSize };
}

/** Pending applications at and below `orgId` (the desk). */
export async function countPendingApplications(actor: Actor, orgId: number) {
  if (!isStaffLike(actor)) return 0;
  return db.memberApplication.count({ where: { ...inScope(orgId), status: "PENDING" } });
}

function assertDecider(actor: Actor) {
  if (!canWrite(actor)) throw forbidden(actor.role === "LEADER" ? "领导账号为只读，不能办理入会申请" : undefined);
}

/** Locks the application for the decision: two staff deciding at once, one wins. */
async function lockPending(tx: Prisma.TransactionClient, id: string) {
  const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM member_application WHERE id = ${id}::uuid FOR UPDATE`;
  if (row?.status !== "PENDING") throw conflict("该入会申请已处理");
}

/** `read` parses the body, after scope and role are checked. */
export async function acceptApplication(actor: Actor, id: string, read: () => Promise<ApplicationAcceptInput>) {
  const a = await findApplication(actor, id);
  assertDecider(actor);
  const input = await read();
  const activation = await db.$transaction(async (tx) => {
    await lockPending(tx, id);
    const idNumber = decryptIdNumber(a.idCipher);
    // A former member applying again is taken back on their old record.
    const memberId = await admitMember(tx, actor, { name: a.name, idNumber, phone: a.phone, joinedOn: todayCST(), groups: a.groups, orgId: input.orgId, cardNo: undefined });
    const issued = await issueCodeIn(tx, actor, { id: memberId, name: a.name, phone: a.phone, orgId: input.orgId });
    await tx.memberApplication.update({ where: { id }, data: { status: "ACCEPTED", memberId, decidedAt: new Date(), decidedById: actor.userId } });
    await audit(actor, { action: "member.application.accept", entityType: "member_application", entityId: id, orgId: a.orgId, details: { memberOrgId: input.orgId } }, tx);
    return issued;
  });
  return { ...(await getApplication(actor, id)), activation };
}

export async function declineApplication(actor: Actor, id: string, read: () => Promise<ApplicationDeclineInput>) {
  const a = await findApplication(actor, id);
  assertDecider(actor);
  const input = await read();
  await db.$transaction(async (tx) => {
    await lockPending(tx, id);
    await tx.memberApplication.update({ where: { id }, data: { status: "DECLINED", declineReason: input.reason, decidedAt: new Date(), decidedById: actor.userId } });
    await audit(actor, { action: "member.application.decline", entityType: "member_application", entityId: id, orgId: a.orgId }, tx);
  });
  return getApplication(actor, id);
}
