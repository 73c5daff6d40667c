import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { notFound } from "../errors";
import { toDateOnly } from "../dates";
import { assertUuid, dateRange, moneyOut } from "../records/scope";
import { inSubtree } from "../records/scoped-list";
import { findOrgInScope } from "../orgs/queries";
import { ACHIEVEMENT_KINDS, ACHIEVEMENT_KIND_LABELS, MENTORSHIP_OUTCOME_LABELS, STUDIO_STATUS_LABELS, type StudioStatus } from "./labels";
import type { StudioDetail, StudioDto, StudioFilters, StudioListQuery, TimelineEvent } from "./schema";
import { containsText, startsWithText } from "../db/like";

export const STUDIO_SELECT = {
  id: true,
  orgId: true,
  name: true,
  kind: true,
  level: true,
  leadMemberId: true,
  foundedOn: true,
  status: true,
  statusOn: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true } },
  lead: { select: { name: true } },
  _count: { select: { members: true, achievements: { where: { deletedAt: null } }, mentorships: { where: { deletedAt: null } } } },
} satisfies Prisma.StudioSelect;
type StudioRow = Prisma.StudioGetPayload<{ select: typeof STUDIO_SELECT }>;

function toStudioDto(s: StudioRow, benefit: string): StudioDto {
  return {
    id: s.id,
    orgId: s.orgId,
    orgName: s.org.name,
    name: s.name,
    kind: s.kind,
    level: s.level,
    leadMemberId: s.leadMemberId,
    leadName: s.lead.name,
    foundedOn: toDateOnly(s.foundedOn)!,
    status: s.status,
    statusOn: toDateOnly(s.statusOn),
    description: s.description,
    memberCount: s._count.members,
    achievementCount: s._count.achievements,
    mentorshipCount: s._count.mentorships,
    benefitTotal: benefit,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** Studios are staff records: members have no studio list (403). */
function studioScopeWhere(actor: Actor): Prisma.StudioWhereInput {
  assertStaffLike(actor);
  return { deletedAt: null, ...inSubtree(actor.orgId) };
}

async function studioListWhere(actor: Actor, q: StudioFilters): Promise<Prisma.StudioWhereInput> {
  assertStaffLike(actor);
  // A requested organisation (in scope) narrows the subtree: one predicate, as the other lists.
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  return {
    AND: [
      { deletedAt: null, ...inSubtree(q.orgId ?? actor.orgId) },
      q.q ? { OR: [{ name: containsText(q.q) }, { lead: { name: startsWithText(q.q) } }] } : {},
      q.kind ? { kind: q.kind } : {},
      q.level ? { level: q.level } : {},
      q.status ? { status: q.status } : {},
      q.foundedFrom || q.foundedTo ? { foundedOn: dateRange(q.foundedFrom, q.foundedTo) } : {},
    ],
  };
}

const ORDER: Record<StudioListQuery["sort"], Prisma.StudioOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  "-foundedOn": [{ foundedOn: "desc" }, { id: "asc" }],
  foundedOn: [{ foundedOn: "asc" }, { id: "asc" }],
  level: [{ level: "asc" }, { foundedOn: "desc" }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
};

async function benefitByStudio(ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const sums = await db.studioAchievement.groupBy({ by: ["studioId"], where: { studioId: { in: ids }, deletedAt: null }, _sum: { benefit: true } });
  return new Map(sums.map((s) => [s.studioId, moneyOut(s._sum.benefit) ?? "0.00"]));
}

export async function listStudios(actor: Actor, q: StudioListQuery) {
  const where = await studioListWhere(actor, q);
  const subWhere = { deletedAt: null, studio: where };
  const [rows, total, ach, mentorships] = await Promise.all([
    db.studio.findMany({ where, select: STUDIO_SELECT, orderBy: ORDER[q.sort], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.studio.count({ where }),
    db.studioAchievement.aggregate({ where: subWhere, _count: { _all: true }, _sum: { benefit: true } }),
    db.mentorship.count({ where: subWhere }),
  ]);
  const benefits = await benefitByStudio(rows.map((r) => r.id));
  return {
    data: rows.map((r) => toStudioDto(r, benefits.get(r.id) ?? "0.00")),
    total,
    page: q.page,
    pageSize: q.pageSize,
    totals: { count: total, achievements: ach._count._all, benefitTotal: moneyOut(ach._sum.benefit) ?? "0.00", mentorships },
  };
}

export async function findStudioInScope(actor: Actor, id: string): Promise<StudioRow> {
  assertUuid(id, "工作室");
  const row = await db.studio.findFirst({ where: { AND: [{ id }, studioScopeWhere(actor)] }, select: STUDIO_SELECT });
  if (!row) throw notFound("工作室");
  return row;
}

/** Past status changes come from the audit log (the studio row keeps only the current one). */
async function statusHistory(studioId: string) {
  const rows = await db.auditLog.findMany({
    where: { entityType: "studio", entityId: studioId, action: "studio.status" },
    select: { details: true },
    orderBy: { id: "asc" },
  });
  return rows
    .map((r) => r.details as { to?: StudioStatus; statusOn?: string } | null)
    .filter((d): d is { to: StudioStatus; statusOn: string } => Boolean(d?.to && d.statusOn));
}

export async function getStudio(actor: Actor, id: string): Promise<StudioDetail> {
  const s = await findStudioInScope(actor, id);
  const [members, achievements, mentorships, history] = await Promise.all([
    db.studioMember.findMany({
      where: { studioId: id },
      select: { memberId: true, role: true, joinedOn: true, member: { select: { name: true, org: { select: { name: true } } } } },
      orderBy: [{ joinedOn: "asc" }, { memberId: "asc" }],
    }),
    db.studioAchievement.findMany({
      where: { studioId: id, deletedAt: null },
      select: { id: true, kind: true, title: true, achievedOn: true, benefit: true, patentNo: true, description: true },
      orderBy: [{ achievedOn: "desc" }, { id: "asc" }],
    }),
    db.mentorship.findMany({
      where: { studioId: id, deletedAt: null },
      select: {
        id: true,
        mentorMemberId: true,
        apprenticeMemberId: true,
        startedOn: true,
        outcome: true,
        outcomeOn: true,
        outcomeNote: true,
        mentor: { select: { name: true } },
        apprentice: { select: { name: true } },
      },
      orderBy: [{ startedOn: "desc" }, { id: "asc" }],
    }),
    statusHistory(id),
  ]);

  // Totals by achievement kind, summed as Decimals (never floats).
  const byKind = ACHIEVEMENT_KINDS.map((kind) => {
    const list = achievements.filter((x) => x.kind === kind);
    const benefit = list.reduce((acc, x) => (x.benefit ? acc.add(x.benefit) : acc), new Prisma.Decimal(0));
    return { kind, count: list.length, benefit: benefit.toFixed(2) };
  }).filter((k) => k.count > 0);
  const benefitTotal = achievements.reduce((acc, x) => (x.benefit ? acc.add(x.benefit) : acc), new Prisma.Decimal(0)).toFixed(2);

  const timeline: TimelineEvent[] = [{ date: toDateOnly(s.foundedOn)!, kind: "FOUNDED", text: `${s.name}命名成立` }];
  for (const h of history) timeline.push({ date: h.statusOn, kind: "STATUS", text: `状态变更为“${STUDIO_STATUS_LABELS[h.to]}”` });
  if (s.status !== "NAMED" && s.statusOn && !history.some((h) => h.to === s.status)) {
    timeline.push({ date: toDateOnly(s.statusOn)!, kind: "STATUS", text: `状态变更为“${STUDIO_STATUS_LABELS[s.status]}”` });
  }
  for (const m of members) timeline.push({ date: toDateOnly(m.joinedOn)!, kind: "MEMBER_JOINED", text: `${m.member.name}加入工作室${m.role ? `（${m.role}）` : ""}` });
  for (const x of achievements) {
    timeline.push({
      date: toDateOnly(x.achievedOn)!,
      kind: "ACHIEVEMENT",
      text: `${ACHIEVEMENT_KIND_LABELS[x.kind]}：${x.title}${x.benefit ? `，经济效益 ${x.benefit.toFixed(2)} 元` : ""}`,
    });
  }
  for (const m of mentorships) {
    timeline.push({ date: toDateOnly(m.startedOn)!, kind: "MENTORSHIP_STARTED", text: `${m.mentor.name}与${m.apprentice.name}结成师徒` });
    if (m.outcome !== "ONGOING" && m.outcomeOn) {
      timeline.push({ date: toDateOnly(m.outcomeOn)!, kind: "MENTORSHIP_OUTCOME", text: `${m.apprentice.name}${MENTORSHIP_OUTCOME_LABELS[m.outcome]}（师傅 ${m.mentor.name}）` });
    }
  }
  // Date order; same-day events keep the order above (founding first).
  timeline.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  return {
    ...toStudioDto(s, benefitTotal),
    members: members.map((m) => ({ memberId: m.memberId, name: m.member.name, orgName: m.member.org.name, role: m.role, joinedOn: toDateOnly(m.joinedOn)! })),
    achievements: achievements.map((x) => ({
      id: x.id,
      kind: x.kind,
      title: x.title,
      achievedOn: toDateOnly(x.achievedOn)!,
      benefit: moneyOut(x.benefit),
      patentNo: x.patentNo,
      description: x.description,
    })),
    mentorships: mentorships.map((m) => ({
      id: m.id,
      mentorMemberId: m.mentorMemberId,
      mentorName: m.mentor.name,
      apprenticeMemberId: m.apprenticeMemberId,
      apprenticeName: m.apprentice.name,
      startedOn: toDateOnly(m.startedOn)!,
      outcome: m.outcome,
      outcomeOn: toDateOnly(m.outcomeOn),
      outcomeNote: m.outcomeNote,
    })),
    timeline,
    totals: {
      byKind,
      benefitTotal,
      achievements: achievements.length,
      members: members.length,
      mentorships: mentorships.length,
      mentorshipsOngoing: mentorships.filter((m) => m.outcome === "ONGOING").length,
    },
  };
}

export async function exportStudios(actor: Actor, q: StudioFilters): Promise<AsyncGenerator<StudioDto[]>> {
  const where = await studioListWhere(actor, q);
  return (async function* () {
    let after: string | null = null;
    for (;;) {
      const rows: StudioRow[] = await db.studio.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        select: STUDIO_SELECT,
        orderBy: { id: "asc" },
        take: 2000,
      });
      if (rows.length === 0) return;
      const benefits = await benefitByStudio(rows.map((r) => r.id));
      yield rows.map((r) => toStudioDto(r, benefits.get(r.id) ?? "0.00"));
      after = rows[rows.length - 1].id;
    }
  })();
}
