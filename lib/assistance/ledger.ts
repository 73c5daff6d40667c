import "server-only";
import { Prisma, type Tx } from "../db/client";
import { conflict } from "../errors";
import { formatYuan, normaliseMoney } from "../money";

/** Interactive transactions that wait on a lock (a fund's, a household's): generous limits, as they queue behind one another. */
export const MONEY_TX = { maxWait: 15_000, timeout: 20_000 } as const;

/**
 * Takes the fund's row lock for the rest of the transaction. Every movement
 * that can lower a balance (disbursement, reversal of an allocation) takes it
 * first, so balance checks and inserts on one fund happen one at a time and
 * the balance can never be driven below zero by concurrent payments.
 */
export async function lockFund(tx: Tx, fundId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM fund WHERE id = ${fundId}::uuid FOR UPDATE`;
  if (rows.length !== 1) throw conflict("资金不存在");
}

/** The balance is the sum of the ledger, computed, never stored. */
export async function fundBalance(tx: Tx, fundId: string): Promise<Prisma.Decimal> {
  const [row] = await tx.$queryRaw<{ balance: string }[]>`
    SELECT COALESCE(SUM(amount), 0)::text AS balance FROM ledger_entry WHERE fund_id = ${fundId}::uuid`;
  return new Prisma.Decimal(row.balance);
}

export async function assertCovers(tx: Tx, fundId: string, amount: Prisma.Decimal, what: string): Promise<void> {
  const balance = await fundBalance(tx, fundId);
  if (balance.lt(amount)) {
    throw conflict(`资金余额不足：当前余额 ${formatYuan(balance.toFixed(2))}，${what} ${formatYuan(amount.toFixed(2))}`);
  }
}

/** A numeric value from a raw query (text-cast in SQL) as a 2-decimal string. */
export const moneyText = (v: string | null | undefined) => normaliseMoney(v ?? "0");

// Per-process queue of money transactions per fund. The row lock above is the
// guarantee (across processes too); this queue only keeps a burst of requests
// for one fund from each holding a pooled connection while they wait for that
// lock, which would starve every other request of connections.
const queues = ((globalThis as { __fundQueues?: Map<string, Promise<unknown>> }).__fundQueues ??= new Map());

export function inFundQueue<T>(fundId: string, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(fundId) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(fundId, tail);
  void tail.then(() => {
    if (queues.get(fundId) === tail) queues.delete(fundId);
  });
  return run;
}
