import "server-only";
import { db, Prisma } from "../db/client";
import { mapDbError } from "../db/errors";
import type { Actor } from "../auth/actor";
import { assertCanWrite } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict, invalid, notFound } from "../errors";
import { findOrgInScope } from "../orgs/queries";
import { levelRank } from "../orgs/labels";
import { findFundInScope, getFund } from "./funds";
import { assertCovers, inFundQueue, lockFund, MONEY_TX } from "./ledger";
import { ENTRY_SELECT, toEntryDto, userNames, type EntryRow } from "./ledger-dto";
import { reverseDisbursement } from "./disburse";
import type { AllocationInput, FundCreateInput, FundUpdateInput, ReversalInput } from "./schema";

const UNIQUE = { year: { field: "source", message: "该工会该年度已有此来源的资金，请在原资金中拨入" } };

export async function createFund(actor: Actor, input: FundCreateInput) {
  assertCanWrite(actor);
  const org = await findOrgInScope(actor, input.orgId);
  if (levelRank(org.level) > levelRank("TOWN")) {
    throw invalid("帮扶资金设在县（区）、镇（街道）及以上工会", { orgId: "请选择县（区）、镇（街道）及以上工会" });
  }
  try {
    const id = await db.$transaction(async (tx) => {
      const f = await tx.fund.create({ data: { ...input, createdById: actor.userId }, select: { id: true } });
      await audit(actor, { action: "fund.create", entityType: "fund", entityId: f.id, orgId: input.orgId, details: { fields: Object.keys(input) } }, tx);
      return f.id;
    });
    return getFund(actor, id);
  } catch (e) {
    mapDbError(e, { unique: UNIQUE });
  }
}

export async function updateFund(actor: Actor, id: string, input: FundUpdateInput) {
  assertCanWrite(actor);
  const f = await findFundInScope(actor, id);
  await db.$transaction(async (tx) => {
    await tx.fund.update({ where: { id }, data: input });
    await audit(actor, { action: "fund.update", entityType: "fund", entityId: id, orgId: f.orgId, details: { fields: Object.keys(input) } }, tx);
  });
  return getFund(actor, id);
}

async function entryDto(e: EntryRow) {
  return toEntryDto(e, await userNames([e.createdById]));
}

/** Same key, same fund, same amount: the original allocation. Anything else under that key: 409. */
async function replayAllocation(key: string, fundId: string, amount: string) {
  const e = await db.ledgerEntry.findUnique({ where: { idempotencyKey: key }, select: ENTRY_SELECT });
  if (!e) return null;
  if (e.kind !== "ALLOCATION" || e.fundId !== fundId || !e.amount.eq(amount)) {
    throw conflict("该 Idempotency-Key 已用于另一笔资金操作，请为新的操作生成新的键");
  }
  return { entry: await entryDto(e), replayed: true };
}

/** 拨入: money received into the fund, as a new ledger entry. Retries with the same Idempotency-Key return the first entry. */
export async function allocateToFund(actor: Actor, fundId: string, input: AllocationInput, idempotencyKey?: string) {
  assertCanWrite(actor);
  const f = await findFundInScope(actor, fundId);
  if (idempotencyKey) {
    const replay = await replayAllocation(idempotencyKey, fundId, input.amount);
    if (replay) return replay;
  }
  try {
    const entry = await inFundQueue(fundId, () => db.$transaction(async (tx) => {
      await lockFund(tx, fundId);
      const e = await tx.ledgerEntry.create({
        data: { fundId, kind: "ALLOCATION", amount: input.amount, note: input.note, idempotencyKey: idempotencyKey ?? null, createdById: actor.userId },
        select: ENTRY_SELECT,
      });
      await audit(actor, { action: "fund.allocate", entityType: "fund", entityId: fundId, orgId: f.orgId, details: { entryId: String(e.id) } }, tx);
      return e;
    }, MONEY_TX));
    return { entry: await entryDto(entry), replayed: false };
  } catch (e) {
    if (idempotencyKey && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const replay = await replayAllocation(idempotencyKey, fundId, input.amount);
      if (replay) return replay;
    }
    throw e;
  }
}

/**
 * 冲正: a new entry with the negated amount of an earlier one, never an edit.
 * Disbursements are reversed through their grant (which returns to APPROVED);
 * an allocation may be reversed only while the balance still covers it.
 */
export async function reverseLedgerEntry(actor: Actor, fundId: string, entryId: string, input: ReversalInput) {
  assertCanWrite(actor);
  const f = await findFundInScope(actor, fundId);
  if (!/^\d{1,18}$/.test(entryId)) throw notFound("台账分录");
  const entry = await db.ledgerEntry.findFirst({ where: { id: BigInt(entryId), fundId }, select: ENTRY_SELECT });
  if (!entry) throw notFound("台账分录");
  if (entry.kind === "REVERSAL") throw conflict("冲正分录不能再冲正");
  if (entry.reversal) throw conflict("该分录已冲正，每笔分录只能冲正一次");
  if (entry.kind === "DISBURSEMENT") {
    if (!entry.grantId) throw conflict("该发放分录未关联救助申请，不能冲正");
    const r = await reverseDisbursement(actor, entry.grantId, input);
    return { entry: r.entry, replayed: false };
  }
  try {
    const e = await inFundQueue(fundId, () => db.$transaction(async (tx) => {
      await lockFund(tx, fundId);
      await assertCovers(tx, fundId, entry.amount, "冲正该笔拨入需");
      const rev = await tx.ledgerEntry.create({
        data: { fundId, kind: "REVERSAL", amount: entry.amount.neg(), reversesId: entry.id, note: input.reason, createdById: actor.userId },
        select: ENTRY_SELECT,
      });
      await audit(actor, { action: "fund.reverse", entityType: "fund", entityId: fundId, orgId: f.orgId, details: { entryId: String(entry.id), reversalId: String(rev.id) } }, tx);
      return rev;
    }, MONEY_TX));
    return { entry: await entryDto(e), replayed: false };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw conflict("该分录已冲正，每笔分录只能冲正一次");
    throw e;
  }
}
