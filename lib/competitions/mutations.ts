import "server-only";
import { db } from "../db/client";
import { mapDbError, type UniqueMessages } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { AppError, conflict, invalid } from "../errors";
import { fromDateOnly, toDateOnly } from "../dates";
import { findOrgInScope, subtreeWhere } from "../orgs/queries";
import { findMemberInScope } from "../members/queries";
import { NOMINATION_TITLE_LABELS } from "./labels";
import { competitionProblems } from "./schema";
import { findCompetitionInScope, findEntryInScope, getCompetition, getEntry, type CompetitionRow } from "./queries";
import type { CompetitionCreateInput, CompetitionUpdateInput, EntryCreateInput, EntryUpdateInput, NominationCreateInput } from "./schema";

const ENTRY_UNIQUE: UniqueMessages = {
  competition_id: { field: "trade", message: "该会员已报名本竞赛的这个工种" },
};

async function requireOrgForWrite(actor: Actor, orgId: number) {
  try {
    return await findOrgInScope(actor, orgId);
  } catch {
    throw new AppError("FORBIDDEN", "只能选择本单位及下级的组织", { orgId: "只能选择本单位及下级的组织" });
  }
}

function failIf(problems: Record<string, string>) {
  const first = Object.values(problems)[0];
  if (first) throw invalid(`输入有误：${first}`, problems);
}

export async function createCompetition(actor: Actor, input: CompetitionCreateInput) {
  assertCanWrite(actor);
  await requireOrgForWrite(actor, input.orgId);
  const { startsOn, endsOn, notes, ...rest } = input;
  const id = await db.$transaction(async (tx) => {
    const c = await tx.competition.create({
      data: { ...rest, startsOn: fromDateOnly(startsOn), endsOn: fromDateOnly(endsOn), notes: notes ?? null, createdById: actor.userId },
      select: { id: true },
    });
    await audit(actor, { action: "competition.create", entityType: "competition", entityId: c.id, orgId: input.orgId }, tx);
    return c.id;
  });
  return getCompetition(actor, id);
}

export async function updateCompetition(actor: Actor, id: string, input: CompetitionUpdateInput) {
  assertCanWrite(actor);
  const current = await findCompetitionInScope(actor, id);
  if (input.orgId !== undefined && input.orgId !== current.orgId) {
    await requireOrgForWrite(actor, input.orgId);
    // Entrants must stay within the competition's organisation subtree.
    const outside = await db.competitionEntry.count({ where: { competitionId: id, member: { org: { NOT: subtreeWhere(input.orgId) } } } });
    if (outside > 0) throw invalid(`有 ${outside} 名选手不属于所选组织及其下级工会，不能改为该举办组织`, { orgId: "已有选手不属于所选组织" });
  }
  const trades = input.trades ?? current.trades;
  failIf(
    competitionProblems({
      startsOn: input.startsOn ?? toDateOnly(current.startsOn)!,
      endsOn: input.endsOn ?? toDateOnly(current.endsOn)!,
      kind: input.kind ?? current.kind,
      trades,
    }),
  );
  if (input.trades) {
    // A trade that already has entrants cannot disappear from the list.
    const used = await db.competitionEntry.findMany({ where: { competitionId: id }, distinct: ["trade"], select: { trade: true } });
    const dropped = used.map((u) => u.trade).filter((t) => !trades.includes(t));
    if (dropped.length && trades.length) {
      throw invalid(`工种“${dropped.join("、")}”已有参赛记录，不能从竞赛中删除`, { trades: `已有参赛记录的工种不能删除：${dropped.join("、")}` });
    }
  }
  const { startsOn, endsOn, ...rest } = input;
  await db.$transaction(async (tx) => {
    await tx.competition.update({
      where: { id },
      data: { ...rest, ...(startsOn ? { startsOn: fromDateOnly(startsOn) } : {}), ...(endsOn ? { endsOn: fromDateOnly(endsOn) } : {}) },
    });
    await audit(actor, { action: "competition.update", entityType: "competition", entityId: id, orgId: current.orgId, details: { fields: Object.keys(input) } }, tx);
  });
  return getCompetition(actor, id);
}

/** Soft delete; refused while a nomination made from one of its entries stands. */
export async function deleteCompetition(actor: Actor, id: string) {
  assertCanWrite(actor);
  const current = await findCompetitionInScope(actor, id);
  const nominated = await db.competitionEntry.count({ where: { competitionId: id, nomination: { is: { deletedAt: null } } } });
  if (nominated > 0) throw conflict(`该竞赛有 ${nominated} 名选手已被推荐荣誉，不能删除；请先在荣誉管理中撤销推荐`);
  await db.$transaction(async (tx) => {
    await tx.competition.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(actor, { action: "competition.delete", entityType: "competition", entityId: id, orgId: current.orgId }, tx);
  });
  return { id, deleted: true };
}

// ---------------------------------------------------------------- entries

/** The trade must be one of the competition's trades, when it lists any. */
export function tradeProblem(c: Pick<CompetitionRow, "trades">, trade: string): string | null {
  if (c.trades.length === 0 || c.trades.includes(trade)) return null;
  return `工种不在本竞赛设置的工种中（${c.trades.join("、")}）`;
}

export async function addEntry(actor: Actor, competitionId: string, input: EntryCreateInput) {
  assertCanWrite(actor);
  const c = await findCompetitionInScope(actor, competitionId);
  const member = await findMemberInScope(actor, input.memberId).catch(() => {
    throw new AppError("FORBIDDEN", "只能选择本单位及下级工会的会员", { memberId: "只能选择本单位及下级工会的会员" });
  });
  if (!member.org.ancestorIds.includes(c.orgId)) {
    throw invalid(`该会员不属于“${c.org.name}”及其下级工会，不能登记为本竞赛的选手`, { memberId: "该会员不在本竞赛的组织范围内" });
  }
  const tp = tradeProblem(c, input.trade);
  if (tp) throw invalid(tp, { trade: tp });
  try {
    const id = await db.$transaction(async (tx) => {
      const e = await tx.competitionEntry.create({
        data: {
          competitionId,
          memberId: member.id,
          trade: input.trade,
          score: input.score ?? null,
          rank: input.rank ?? null,
          award: input.award ?? null,
        },
        select: { id: true },
      });
      await audit(actor, { action: "competition.entry.create", entityType: "competition_entry", entityId: e.id, orgId: c.orgId, details: { competitionId } }, tx);
      return e.id;
    });
    return getEntry(actor, competitionId, id);
  } catch (e) {
    mapDbError(e, { unique: ENTRY_UNIQUE });
  }
}

export async function updateEntry(actor: Actor, competitionId: string, entryId: string, input: EntryUpdateInput) {
  assertCanWrite(actor);
  const { competition: c, entry } = await findEntryInScope(actor, competitionId, entryId);
  const nominated = entry.nomination && !entry.nomination.deletedAt;
  if (nominated && ((input.trade !== undefined && input.trade !== entry.trade) || (input.rank !== undefined && input.rank !== entry.rank))) {
    throw conflict("该选手已被推荐荣誉，不能修改工种和名次", { rank: "已推荐荣誉，不能修改名次" });
  }
  if (input.trade !== undefined) {
    const tp = tradeProblem(c, input.trade);
    if (tp) throw invalid(tp, { trade: tp });
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.competitionEntry.update({ where: { id: entryId }, data: input });
      await audit(
        actor,
        { action: "competition.entry.update", entityType: "competition_entry", entityId: entryId, orgId: c.orgId, details: { competitionId, fields: Object.keys(input) } },
        tx,
      );
    });
  } catch (e) {
    mapDbError(e, { unique: ENTRY_UNIQUE });
  }
  return getEntry(actor, competitionId, entryId);
}

export async function removeEntry(actor: Actor, competitionId: string, entryId: string) {
  assertCanWrite(actor);
  const { competition: c, entry } = await findEntryInScope(actor, competitionId, entryId);
  // The honour row points at the entry: a nominated entry (even a withdrawn one) stays.
  if (entry.nomination) throw conflict("该参赛记录已产生荣誉推荐，不能删除");
  await db.$transaction(async (tx) => {
    await tx.competitionEntry.delete({ where: { id: entryId } });
    await audit(actor, { action: "competition.entry.delete", entityType: "competition_entry", entityId: entryId, orgId: c.orgId, details: { competitionId } }, tx);
  });
  return { id: entryId, deleted: true };
}

/**
 * The skills-to-honours pipeline: a first place is nominated for an honour.
 * This writes a NOMINATED row into the honours table (recorded with the
 * member's union, awarded by the competition's organiser), which the honours
 * list shows as a nomination. One nomination per entry (unique source entry).
 */
export async function nominateEntry(actor: Actor, competitionId: string, entryId: string, input: NominationCreateInput) {
  assertCanWrite(actor);
  const { competition: c, entry } = await findEntryInScope(actor, competitionId, entryId);
  if (entry.rank !== 1) throw invalid("只有第一名可以推荐为荣誉人选", { rank: "只有第一名可以推荐" });
  if (entry.nomination) throw conflict("该选手已被推荐过，不能重复推荐");
  const member = await db.member.findUniqueOrThrow({ where: { id: entry.memberId }, select: { orgId: true } });
  const titleText = NOMINATION_TITLE_LABELS[input.title];
  try {
    await db.$transaction(async (tx) => {
      const h = await tx.honour.create({
        data: {
          orgId: member.orgId,
          memberId: entry.memberId,
          title: input.title,
          titleText,
          level: input.level,
          year: c.endsOn.getUTCFullYear(),
          awardingBody: c.organiser,
          status: "NOMINATED",
          sourceEntryId: entry.id,
          notes: `${c.name}（${entry.trade}）第一名，推荐为${titleText}人选`.slice(0, 500),
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await audit(
        actor,
        { action: "competition.entry.nominate", entityType: "honour", entityId: h.id, orgId: member.orgId, details: { competitionId, entryId, title: input.title, level: input.level } },
        tx,
      );
    });
  } catch (e) {
    mapDbError(e, { unique: { source_entry_id: { field: "entryId", message: "该选手已被推荐过，不能重复推荐" } } });
  }
  return getEntry(actor, competitionId, entryId);
}
