import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { notFound } from "../errors";
import { findOrgInScope, subtreeWhere } from "../orgs/queries";
import { moneyText } from "./ledger";
import { ENTRY_SELECT, toEntryDto, userNames } from "./ledger-dto";
import { findGrantInScope } from "./grants";
import type { FundDto, FundListQuery, LedgerEntryDto, LedgerQuery } from "./schema";

const FUND_SELECT = {
  id: true,
  orgId: true,
  year: true,
  source: true,
  name: true,
  budget: true,
  createdAt: true,
  updatedAt: true,
  org: { select: { name: true, ancestorIds: true } },
} satisfies Prisma.FundSelect;

export type FundRow = Prisma.FundGetPayload<{ select: typeof FUND_SELECT }>;

type Totals = { balance: string; allocated: string; disbursed: string; n: number };

/**
 * Balances and net movements per fund in one set-based query. A reversal
 * counts against the kind of the entry it reverses.
 */
export async function fundTotals(ids: string[]): Promise<Map<string, Totals>> {
  const out = new Map<string, Totals>();
  if (ids.length === 0) return out;
  const rows = await db.$queryRaw<{ fund_id: string; balance: string; allocated: string | null; disbursed: string | null; n: number }[]>`
    SELECT e.fund_id,
           SUM(e.amount)::text AS balance,
           SUM(e.amount) FILTER (WHERE e.kind = 'ALLOCATION' OR r.kind = 'ALLOCATION')::text AS allocated,
           (-SUM(e.amount) FILTER (WHERE e.kind = 'DISBURSEMENT' OR r.kind = 'DISBURSEMENT'))::text AS disbursed,
           count(*)::int AS n
    FROM ledger_entry e LEFT JOIN ledger_entry r ON r.id = e.reverses_id
    WHERE e.fund_id = ANY(${ids}::uuid[])
    GROUP BY e.fund_id`;
  for (const r of rows) out.set(r.fund_id, { balance: moneyText(r.balance), allocated: moneyText(r.allocated), disbursed: moneyText(r.disbursed), n: r.n });
  return out;
}

function toFundDto(f: FundRow, t: Totals | undefined): FundDto {
  return {
    id: f.id,
    orgId: f.orgId,
    orgName: f.org.name,
    year: f.year,
    source: f.source,
    name: f.name,
    budget: f.budget.toFixed(2),
    allocated: t?.allocated ?? "0.00",
    disbursed: t?.disbursed ?? "0.00",
    balance: t?.balance ?? "0.00",
    entryCount: t?.n ?? 0,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}

async function toFundDtos(rows: FundRow[]) {
  const totals = await fundTotals(rows.map((r) => r.id));
  return rows.map((r) => toFundDto(r, totals.get(r.id)));
}

/** Funds are internal bookkeeping: staff, leaders and admins of the fund's organisation or above. */
export async function findFundInScope(actor: Actor, id: string): Promise<FundRow> {
  assertStaffLike(actor);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("资金");
  const row = await db.fund.findFirst({ where: { id, org: subtreeWhere(actor.orgId) }, select: FUND_SELECT });
  if (!row) throw notFound("资金");
  return row;
}

export async function listFunds(actor: Actor, q: FundListQuery) {
  assertStaffLike(actor);
  if (q.orgId) await findOrgInScope(actor, q.orgId);
  // Funds that may pay a grant: those of the member's union or an organisation above it.
  const grant = q.forGrant ? await findGrantInScope(actor, q.forGrant) : null;
  const where: Prisma.FundWhereInput = {
    AND: [
      { org: subtreeWhere(actor.orgId) },
      q.orgId ? { org: subtreeWhere(q.orgId) } : {},
      grant ? { orgId: { in: grant.org.ancestorIds } } : {},
      q.year ? { year: q.year } : {},
      q.source ? { source: q.source } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.fund.findMany({
      where,
      select: FUND_SELECT,
      orderBy: [{ year: "desc" }, { org: { depth: "asc" } }, { orgId: "asc" }, { source: "asc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db.fund.count({ where }),
  ]);
  return { data: await toFundDtos(rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getFund(actor: Actor, id: string): Promise<FundDto> {
  const f = await findFundInScope(actor, id);
  return (await toFundDtos([f]))[0];
}

/** One page of the fund's ledger, newest first, each entry with the balance after it. */
export async function listLedger(actor: Actor, fundId: string, q: LedgerQuery) {
  await findFundInScope(actor, fundId);
  const kind = q.kind ?? null;
  const [page, [{ n }]] = await Promise.all([
    db.$queryRaw<{ id: bigint; balance: string }[]>`
      SELECT id, balance FROM (
        SELECT id, kind, (SUM(amount) OVER (ORDER BY id))::text AS balance FROM ledger_entry WHERE fund_id = ${fundId}::uuid
      ) t
      WHERE ${kind}::text IS NULL OR kind::text = ${kind}::text
      ORDER BY id DESC
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM ledger_entry WHERE fund_id = ${fundId}::uuid AND (${kind}::text IS NULL OR kind::text = ${kind}::text)`,
  ]);
  const entries = await db.ledgerEntry.findMany({ where: { id: { in: page.map((p) => p.id) } }, select: ENTRY_SELECT, orderBy: { id: "desc" } });
  const names = await userNames(entries.map((e) => e.createdById));
  const balances = new Map(page.map((p) => [String(p.id), moneyText(p.balance)]));
  const data: LedgerEntryDto[] = entries.map((e) => toEntryDto(e, names, balances.get(String(e.id))));
  return { data, total: n, page: q.page, pageSize: q.pageSize };
}

/** The whole ledger in id order with running balances, in batches, for the export. */
export async function* exportLedger(actor: Actor, fundId: string): AsyncGenerator<LedgerEntryDto[]> {
  await findFundInScope(actor, fundId);
  let after = BigInt(0);
  let running = new Prisma.Decimal(0);
  for (;;) {
    const entries = await db.ledgerEntry.findMany({ where: { fundId, id: { gt: after } }, select: ENTRY_SELECT, orderBy: { id: "asc" }, take: 2000 });
    if (entries.length === 0) return;
    const names = await userNames(entries.map((e) => e.createdById));
    yield entries.map((e) => {
      running = running.plus(e.amount);
      return toEntryDto(e, names, running.toFixed(2));
    });
    after = entries[entries.length - 1].id;
  }
}
