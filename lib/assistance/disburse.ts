import "server-only";
import { db, Prisma, type Tx } from "../db/client";
import type { Actor } from "../auth/actor";
import { conflict, invalid, notFound } from "../errors";
import { audit } from "../audit/log";
import { subtreeWhere } from "../orgs/queries";
import { assertCovers, inFundQueue, lockFund, MONEY_TX } from "./ledger";
import { ENTRY_SELECT, toEntryDto, userNames, type EntryRow } from "./ledger-dto";
import { findGrantInScope, toDtos, type GrantRow } from "./grants";
import { authorise, STALE } from "./grant-mutations";
import { GRANT_KIND_LABELS } from "./labels";
import type { GrantDisburseInput, GrantReasonInput } from "./schema";

/** The grant as it stands now and the entry that paid it (kept light: retries may arrive in bursts). */
async function result(actor: Actor, grantId: string, e: EntryRow, replayed: boolean) {
  const [grant, names] = await Promise.all([findGrantInScope(actor, grantId).then((g) => toDtos([g])), userNames([e.createdById])]);
  return { grant: grant[0], entry: toEntryDto(e, names), replayed };
}

/**
 * A retry carries the key of a payment that may already have happened. Same
 * key, same grant, fund and amount: the original entry (no second payment).
 * The key on anything else is a client error: 409.
 */
async function replay(key: string, g: GrantRow, fundId: string): Promise<EntryRow | null> {
  const e = await db.ledgerEntry.findUnique({ where: { idempotencyKey: key }, select: ENTRY_SELECT });
  if (!e) return null;
  const same = e.kind === "DISBURSEMENT" && e.grantId === g.id && e.fundId === fundId && e.amount.eq(g.amount.neg());
  if (!same) throw conflict("该 Idempotency-Key 已用于另一笔发放（不同的申请、资金或金额），请为新的发放生成新的键");
  return e;
}

/**
 * 发放: one transaction that locks the fund, re-checks the grant's state and
 * the fund's balance, writes the (negative) ledger entry under the client's
 * idempotency key and moves the grant to DISBURSED.
 */
export async function disburseGrant(actor: Actor, id: string, input: GrantDisburseInput, idempotencyKey: string, now = new Date()) {
  const g = await findGrantInScope(actor, id);
  const earlier = await replay(idempotencyKey, g, input.fundId);
  if (earlier) return result(actor, id, earlier, true);
  try {
    await authorise(actor, g, "disburse", now, input.version);
  } catch (e) {
    // A concurrent retry may have paid between our look-up and the state check.
    const paid = await replay(idempotencyKey, g, input.fundId);
    if (paid) return result(actor, id, paid, true);
    throw e;
  }

  const fund = await db.fund.findFirst({ where: { id: input.fundId, org: subtreeWhere(actor.orgId) }, select: { id: true, orgId: true } });
  if (!fund) throw notFound("资金");
  if (!g.org.ancestorIds.includes(fund.orgId)) {
    throw invalid("该资金不能支付此申请：资金须属于会员所在工会或其上级工会", { fundId: "请选择会员所在工会或其上级工会的资金" });
  }

  // Inside the fund's lock: re-check the key and the grant, check the balance, book, move the grant.
  const pay = async (tx: Tx): Promise<{ entry: EntryRow; replayed: boolean }> => {
    await lockFund(tx, fund.id);
    // A concurrent request with the same key may have committed while we waited for the lock.
    const done = await tx.ledgerEntry.findUnique({ where: { idempotencyKey }, select: { id: true } });
    if (done) return { entry: (await replay(idempotencyKey, g, fund.id))!, replayed: true };
    const current = await tx.grant.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
    if (current.status !== "NOTICE" || current.version !== g.version) throw conflict(STALE);
    await assertCovers(tx, fund.id, g.amount, "本次发放");
    const entry = await tx.ledgerEntry.create({
      data: {
        fundId: fund.id,
        kind: "DISBURSEMENT",
        amount: g.amount.neg(),
        grantId: id,
        idempotencyKey,
        paymentRef: input.paymentRef,
        note: `${GRANT_KIND_LABELS[g.kind]}：${g.member.name}`.slice(0, 500),
        createdById: actor.userId,
      },
      select: ENTRY_SELECT,
    });
    const n = await tx.grant.updateMany({
      where: { id, version: g.version, status: "NOTICE" },
      data: {
        status: "DISBURSED",
        fundId: fund.id,
        paymentRef: input.paymentRef,
        disbursedById: actor.userId,
        disbursedAt: now,
        version: { increment: 1 },
      },
    });
    if (n.count !== 1) throw conflict(STALE);
    await tx.grantEvent.create({
      data: { grantId: id, fromStatus: "NOTICE", toStatus: "DISBURSED", actorId: actor.userId, actorName: actor.displayName.slice(0, 50), reason: null },
    });
    await audit(actor, { action: "grant.disburse", entityType: "grant", entityId: id, orgId: g.orgId, details: { from: "NOTICE", to: "DISBURSED", fundId: fund.id, entryId: String(entry.id) } }, tx);
    return { entry, replayed: false };
  };

  let outcome: { entry: EntryRow; replayed: boolean };
  try {
    outcome = await inFundQueue(fund.id, async () => {
      // Our turn may come after a retry of this very request has paid.
      const before = await replay(idempotencyKey, g, fund.id);
      return before ? { entry: before, replayed: true } : db.$transaction(pay, MONEY_TX);
    });
  } catch (e) {
    // Lost the race to insert under this key: answer with the winner's entry.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const winner = await replay(idempotencyKey, g, fund.id);
      if (winner) return result(actor, id, winner, true);
    }
    throw e;
  }
  return result(actor, id, outcome.entry, outcome.replayed);
}

/**
 * Reverses a grant's payment: a REVERSAL entry (+amount) referencing the
 * disbursement, and the grant goes back to APPROVED (its approval stands; it
 * needs a new public notice before it can be paid again). Never an edit.
 */
export async function reverseDisbursement(actor: Actor, id: string, input: GrantReasonInput, now = new Date()) {
  const g = await findGrantInScope(actor, id);
  const t = await authorise(actor, g, "reverse", now, input.version);
  if (!g.fundId) throw conflict("该申请没有发放记录");
  const fundId = g.fundId;
  let entry: EntryRow;
  try {
    entry = await inFundQueue(fundId, () => db.$transaction(async (tx) => {
      await lockFund(tx, fundId);
      const paid = await tx.ledgerEntry.findFirst({ where: { grantId: id, kind: "DISBURSEMENT", reversal: { is: null } }, orderBy: { id: "desc" }, select: { id: true, amount: true, fundId: true } });
      if (!paid) throw conflict("没有可冲正的发放分录");
      const rev = await tx.ledgerEntry.create({
        data: { fundId: paid.fundId, kind: "REVERSAL", amount: paid.amount.neg(), grantId: id, reversesId: paid.id, note: input.reason, createdById: actor.userId },
        select: ENTRY_SELECT,
      });
      const n = await tx.grant.updateMany({
        where: { id, version: g.version, status: "DISBURSED" },
        data: {
          status: t.to,
          fundId: null,
          paymentRef: null,
          disbursedById: null,
          disbursedAt: null,
          noticeStartsOn: null,
          noticeEndsOn: null,
          decisionReason: input.reason,
          version: { increment: 1 },
        },
      });
      if (n.count !== 1) throw conflict(STALE);
      await tx.grantEvent.create({
        data: { grantId: id, fromStatus: "DISBURSED", toStatus: t.to, actorId: actor.userId, actorName: actor.displayName.slice(0, 50), reason: input.reason },
      });
      await audit(actor, { action: "grant.reverse", entityType: "grant", entityId: id, orgId: g.orgId, details: { from: "DISBURSED", to: t.to, fundId, entryId: String(paid.id), reversalId: String(rev.id) } }, tx);
      return rev;
    }, MONEY_TX));
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw conflict("该笔发放已冲正，每笔分录只能冲正一次");
    throw e;
  }
  return result(actor, id, entry, false);
}
