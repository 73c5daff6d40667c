import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { seesOwnRecordsOnly } from "../auth/actor";
import { notFound } from "../errors";
import { fromDateOnly, toDateOnly } from "../dates";
import { decryptIdNumber } from "../crypto/pii";
import { findOrgInScope } from "../orgs/queries";
import { memberSearchWhere } from "../xlsx/member-match";
import { ENROLMENT_OUTCOMES, type EnrolmentOutcome } from "./labels";
import { isUuid } from "../validation/zod";
import type {
  EnrolmentDto,
  EnrolmentListQuery,
  TrainingDetail,
  TrainingDto,
  TrainingFilters,
  TrainingListQuery,
  TrainingTotals,
} from "./schema";
import { containsText } from "../db/like";
import { CAPPED, cappedAggregate, cappedTotal, inSubtree, pageAsOpened } from "../records/scoped-list";

const NONE = "00000000-0000-0000-0000-000000000000";

/**
 * The sessions an actor may see: staff, leaders and admins those of their
 * subtree; a member only the sessions they are enrolled in. Deleted sessions
 * are gone for everyone.
 */
export function trainingScopeWhere(actor: Actor): Prisma.TrainingSessionWhereInput {
  if (seesOwnRecordsOnly(actor)) return { deletedAt: null, enrolments: { some: { memberId: actor.memberId ?? NONE } } };
  return { deletedAt: null, ...inSubtree(actor.orgId) };
}

/** Within a visible session a member sees only their own enrolment. */
function enrolmentScopeWhere(actor: Actor): Prisma.TrainingEnrolmentWhereInput {
  return seesOwnRecordsOnly(actor) ? { memberId: actor.memberId ?? NONE } : {};
}

const SESSION_SELECT = {
  id: true,
  orgId: true,
  title: true,
  type: true,
  organiser: true,
  startsOn: true,
  endsOn: true,
  hours: true,
  mode: true,
  place: true,
  capacity: true,
  extraParticipants: true,
  enrolledCount: true,
  certifiedCount: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true, ancestorIds: true } },
} satisfies Prisma.TrainingSessionSelect;

export type SessionRow = Prisma.TrainingSessionGetPayload<{ select: typeof SESSION_SELECT }>;

function toTrainingDto(s: SessionRow): TrainingDto {
  const enrolled = s.enrolledCount;
  return {
    id: s.id,
    orgId: s.orgId,
    orgName: s.org.name,
    title: s.title,
    type: s.type,
    organiser: s.organiser,
    startsOn: toDateOnly(s.startsOn)!,
    endsOn: toDateOnly(s.endsOn)!,
    hours: s.hours.toNumber(),
    mode: s.mode,
    place: s.place,
    capacity: s.capacity,
    extraParticipants: s.extraParticipants,
    enrolledCount: enrolled,
    participantCount: enrolled + s.extraParticipants,
    certifiedCount: s.certifiedCount,
    notes: s.notes,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

const ORDER: Record<TrainingListQuery["sort"], Prisma.TrainingSessionOrderByWithRelationInput[]> = {
  startsOn: [{ startsOn: "asc" }, { id: "asc" }],
  "-startsOn": [{ startsOn: "desc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  "-title": [{ title: "desc" }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

/** Sessions starting within [from, to] (a period), in an organisation's subtree, of a type and mode. */
async function trainingListWhere(actor: Actor, q: TrainingFilters): Promise<Prisma.TrainingSessionWhereInput> {
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  const own = seesOwnRecordsOnly(actor);
  return {
    AND: [
      own ? trainingScopeWhere(actor) : { deletedAt: null },
      own && !q.orgId ? {} : inSubtree(q.orgId ?? actor.orgId),
      q.q ? { OR: [{ title: containsText(q.q) }, { organiser: containsText(q.q) }] } : {},
      q.type ? { type: q.type } : {},
      q.mode ? { mode: q.mode } : {},
      q.from || q.to
        ? { startsOn: { ...(q.from ? { gte: fromDateOnly(q.from) } : {}), ...(q.to ? { lte: fromDateOnly(q.to) } : {}) } }
        : {},
    ],
  };
}

/**
 * Totals over the whole filtered set (not just the page), or none past
 * TOTALS_CAP sessions (lib/records/scoped-list.ts). 参训人次 adds the
 * enrolled members (one enrolment per member and session, a unique key) to the
 * head count of non-members recorded on each session, so nobody is counted twice.
 * The enrolment figures are each session's counters (kept by a trigger on the
 * enrolments): one aggregate over the sessions, never a join to the enrolments.
 */
async function trainingTotals(where: Prisma.TrainingSessionWhereInput): Promise<{ total: number; totalCapped: boolean; totals: TrainingTotals | null }> {
  const columns = {
    table: "training_session",
    sum: { extraParticipants: "extra_participants", enrolledCount: "enrolled_count", certifiedCount: "certified_count", subsidyCount: "subsidy_count", subsidyTotal: "subsidy_total" },
  } as const;
  const t = await cappedAggregate(where, columns, () =>
    db.trainingSession.aggregate({
      where,
      ...CAPPED,
      _count: { _all: true },
      _sum: { extraParticipants: true, enrolledCount: true, certifiedCount: true, subsidyCount: true, subsidyTotal: true },
    }),
  );
  const count = cappedTotal(t._count._all);
  if (count.totalCapped) return { ...count, totals: null };
  const enrolled = t._sum.enrolledCount ?? 0;
  const extra = t._sum.extraParticipants ?? 0;
  return {
    ...count,
    totals: {
      sessions: t._count._all,
      enrolled,
      extraParticipants: extra,
      participants: enrolled + extra,
      certified: t._sum.certifiedCount ?? 0,
      subsidies: t._sum.subsidyCount ?? 0,
      subsidyAmount: (t._sum.subsidyTotal ?? new Prisma.Decimal(0)).toFixed(2),
    },
  };
}

/** The columns of ORDER's fields, for the page read through pg. */
const ORDER_COLUMNS = { startsOn: "t.starts_on", title: "t.title", createdAt: "t.created_at", id: "t.id" };

type OpenedSession = Omit<SessionRow, "startsOn" | "endsOn" | "hours" | "org"> & { startsOn: string; endsOn: string; hours: string; orgName: string; orgAncestorIds: number[] };

/** A page of sessions: as the list opens through pg (`pageAsOpened`), else through Prisma; the same rows either way. */
async function sessionPage(where: Prisma.TrainingSessionWhereInput, sort: TrainingListQuery["sort"], skip: number, take: number): Promise<SessionRow[]> {
  return pageAsOpened<OpenedSession, SessionRow>(
    where,
    {
      select: Prisma.sql`t.id, t.org_id AS "orgId", t.title, t.type::text AS type, t.organiser, t.starts_on::text AS "startsOn", t.ends_on::text AS "endsOn",
        t.hours::text AS hours, t.mode::text AS mode, t.place, t.capacity, t.extra_participants AS "extraParticipants", t.enrolled_count AS "enrolledCount",
        t.certified_count AS "certifiedCount", t.notes, t.created_at AS "createdAt", t.updated_at AS "updatedAt", o.name AS "orgName", o.ancestor_ids AS "orgAncestorIds"`,
      table: "training_session",
      join: Prisma.sql`JOIN organisation o ON o.id = t.org_id`,
      order: ORDER[sort],
      columns: ORDER_COLUMNS,
      skip,
      take,
    },
    ({ startsOn, endsOn, hours, orgName, orgAncestorIds, ...s }) => ({
      ...s,
      startsOn: fromDateOnly(startsOn),
      endsOn: fromDateOnly(endsOn),
      hours: new Prisma.Decimal(hours),
      org: { name: orgName, ancestorIds: orgAncestorIds },
    }),
    () => db.trainingSession.findMany({ where, select: SESSION_SELECT, orderBy: ORDER[sort], skip, take }),
  );
}

export async function listTrainings(actor: Actor, q: TrainingListQuery) {
  const where = await trainingListWhere(actor, q);
  const [rows, counted] = await Promise.all([sessionPage(where, q.sort, (q.page - 1) * q.pageSize, q.pageSize), trainingTotals(where)]);
  return { data: rows.map(toTrainingDto), ...counted, page: q.page, pageSize: q.pageSize };
}

/** A session if the actor may see it; otherwise 404, so ids cannot be probed. */
export async function findTrainingInScope(actor: Actor, id: string): Promise<SessionRow> {
  if (!isUuid(id)) throw notFound("培训");
  const row = await db.trainingSession.findFirst({ where: { AND: [{ id }, trainingScopeWhere(actor)] }, select: SESSION_SELECT });
  if (!row) throw notFound("培训");
  return row;
}

export async function getTraining(actor: Actor, id: string): Promise<TrainingDetail> {
  const s = await findTrainingInScope(actor, id);
  const groups = await db.trainingEnrolment.groupBy({ by: ["outcome"], where: { sessionId: id }, _count: { _all: true }, _sum: { subsidyAmount: true } });
  const outcomes = Object.fromEntries(ENROLMENT_OUTCOMES.map((o) => [o, 0])) as Record<EnrolmentOutcome, number>;
  let subsidy = new Prisma.Decimal(0);
  for (const g of groups) {
    outcomes[g.outcome] = g._count._all;
    if (g._sum.subsidyAmount) subsidy = subsidy.plus(g._sum.subsidyAmount);
  }
  return { ...toTrainingDto(s), outcomes, subsidyAmount: subsidy.toFixed(2) };
}

/**
 * Every session matching the filters, oldest first, in keyset pages of 1,000
 * on (startsOn, id), for the streaming export. Scope errors surface here,
 * before the response starts.
 */
export async function exportTrainings(actor: Actor, q: TrainingFilters): Promise<AsyncGenerator<TrainingDto[]>> {
  const where = await trainingListWhere(actor, q);
  return (async function* () {
    let after: { startsOn: Date; id: string } | null = null;
    for (;;) {
      const rows: SessionRow[] = await db.trainingSession.findMany({
        where: after
          ? { AND: [where, { OR: [{ startsOn: { gt: after.startsOn } }, { startsOn: after.startsOn, id: { gt: after.id } }] }] }
          : where,
        select: SESSION_SELECT,
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
        take: 1000,
      });
      if (rows.length === 0) return;
      yield rows.map(toTrainingDto);
      const last = rows[rows.length - 1];
      after = { startsOn: last.startsOn, id: last.id };
    }
  })();
}

// ---------------------------------------------------------------- enrolments

const ENROLMENT_SELECT = {
  id: true,
  sessionId: true,
  memberId: true,
  attended: true,
  attendedHours: true,
  outcome: true,
  certificateLevel: true,
  certificateNo: true,
  subsidyAmount: true,
  createdAt: true,
  updatedAt: true,
  member: { select: { name: true, idMasked: true, org: { select: { name: true } } } },
} satisfies Prisma.TrainingEnrolmentSelect;

type EnrolmentRow = Prisma.TrainingEnrolmentGetPayload<{ select: typeof ENROLMENT_SELECT }>;

export function toEnrolmentDto(e: EnrolmentRow): EnrolmentDto {
  return {
    id: e.id,
    sessionId: e.sessionId,
    memberId: e.memberId,
    memberName: e.member.name,
    idMasked: e.member.idMasked,
    memberOrgName: e.member.org.name,
    attended: e.attended,
    attendedHours: e.attendedHours ? e.attendedHours.toNumber() : null,
    outcome: e.outcome,
    certificateLevel: e.certificateLevel,
    certificateNo: e.certificateNo,
    subsidyAmount: e.subsidyAmount ? e.subsidyAmount.toFixed(2) : null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

const ENROLMENT_ORDER: Record<EnrolmentListQuery["sort"], Prisma.TrainingEnrolmentOrderByWithRelationInput[]> = {
  name: [{ member: { name: "asc" } }, { id: "asc" }],
  "-name": [{ member: { name: "desc" } }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

function enrolmentWhere(actor: Actor, sessionId: string, q: { q?: string; outcome?: EnrolmentOutcome }): Prisma.TrainingEnrolmentWhereInput {
  return {
    AND: [
      { sessionId },
      enrolmentScopeWhere(actor),
      q.q ? { member: memberSearchWhere(q.q) } : {},
      q.outcome ? { outcome: q.outcome } : {},
    ],
  };
}

export async function listEnrolments(actor: Actor, sessionId: string, q: EnrolmentListQuery) {
  await findTrainingInScope(actor, sessionId);
  const where = enrolmentWhere(actor, sessionId, q);
  const [rows, total] = await Promise.all([
    db.trainingEnrolment.findMany({ where, select: ENROLMENT_SELECT, orderBy: ENROLMENT_ORDER[q.sort], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.trainingEnrolment.count({ where }),
  ]);
  return { data: rows.map(toEnrolmentDto), total, page: q.page, pageSize: q.pageSize };
}

/** An enrolment of a visible session; otherwise 404. */
export async function findEnrolmentInScope(actor: Actor, sessionId: string, enrolmentId: string) {
  const session = await findTrainingInScope(actor, sessionId);
  if (!isUuid(enrolmentId)) throw notFound("学员记录");
  const row = await db.trainingEnrolment.findFirst({
    where: { AND: [{ id: enrolmentId, sessionId }, enrolmentScopeWhere(actor)] },
    select: ENROLMENT_SELECT,
  });
  if (!row) throw notFound("学员记录");
  return { session, enrolment: row };
}

export async function getEnrolment(actor: Actor, sessionId: string, enrolmentId: string): Promise<EnrolmentDto> {
  return toEnrolmentDto((await findEnrolmentInScope(actor, sessionId, enrolmentId)).enrolment);
}

export type EnrolmentExportRow = EnrolmentDto & { idNumber: string };

/**
 * Every enrolment of a session, in keyset pages of 1,000 (by id), for the
 * streaming export. `withIdNumbers` decrypts each member's number (the "import
 * format" export); the caller has checked the right to see them and audits it.
 */
export async function exportEnrolments(
  actor: Actor,
  sessionId: string,
  q: { q?: string; outcome?: EnrolmentOutcome },
  withIdNumbers: boolean,
): Promise<AsyncGenerator<EnrolmentExportRow[]>> {
  await findTrainingInScope(actor, sessionId);
  const where = enrolmentWhere(actor, sessionId, q);
  const select = { ...ENROLMENT_SELECT, member: { select: { ...ENROLMENT_SELECT.member.select, idCipher: true } } } satisfies Prisma.TrainingEnrolmentSelect;
  type Row = Prisma.TrainingEnrolmentGetPayload<{ select: typeof select }>;
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: Row[] = await db.trainingEnrolment.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select,
        orderBy: { id: "asc" },
        take: 1000,
      });
      if (rows.length === 0) return;
      yield rows.map((r) => ({ ...toEnrolmentDto(r), idNumber: withIdNumbers ? decryptIdNumber(r.member.idCipher) : r.member.idMasked }));
      after = rows[rows.length - 1].id;
    }
  })();
}

export async function countEnrolments(actor: Actor, sessionId: string, q: { q?: string; outcome?: EnrolmentOutcome }) {
  return db.trainingEnrolment.count({ where: enrolmentWhere(actor, sessionId, q) });
}
