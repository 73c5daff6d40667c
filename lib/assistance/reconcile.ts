import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { forbidden } from "../errors";
import { audit } from "../audit/log";
import { findOrgInScope } from "../orgs/queries";
import { moneyText } from "./ledger";
import type { ReconciliationQuery } from "./schema";

export type FundReconciliation = {
  fundId: string;
  name: string;
  orgName: string;
  year: number;
  source: string;
  ledgerBalance: string;
  allocations: string;
  allocationReversals: string;
  disbursements: string;
  disbursementReversals: string;
  disbursedGrants: string;
  disbursedGrantCount: number;
  expectedBalance: string;
  difference: string;
  /** The most negative running balance the fund ever had; "0.00" if it never went below zero. */
  overdrawn: string;
};

export type GrantAnomaly = { grantId: string; status: string; unreversedPayments: number; message: string };

/**
 * 对账: for every fund in scope, the ledger's sum against what the business
 * records say it must be — allocations, less allocation reversals, less the
 * grants that stand DISBURSED from the fund — plus the lowest running balance
 * the fund ever had. For every grant: a DISBURSED grant has exactly one
 * unreversed payment of its amount from its fund, and no other grant has any.
 */
export async function reconcile(actor: Actor, q: ReconciliationQuery) {
  if (actor.role !== "ADMIN") throw forbidden("只有管理员可以运行资金对账");
  const root = q.orgId ? (await findOrgInScope(actor, q.orgId)).id : actor.orgId;
  const year = q.year ?? null;

  const funds = await db.$queryRaw<
    {
      fund_id: string; name: string; org_name: string; year: number; source: string;
      ledger: string; allocations: string; allocation_reversals: string; disbursements: string; disbursement_reversals: string;
      disbursed_grants: string; disbursed_grant_count: number; expected: string; difference: string; lowest: string;
    }[]
  >`
    WITH f AS (
      SELECT fu.id, fu.name, fu.year, fu.source, o.name AS org_name
      FROM fund fu JOIN organisation o ON o.id = fu.org_id
      WHERE o.ancestor_ids @> ARRAY[${root}::int] AND (${year}::int IS NULL OR fu.year = ${year}::int)
    ), l AS (
      SELECT e.fund_id,
             SUM(e.amount) AS ledger,
             COALESCE(SUM(e.amount) FILTER (WHERE e.kind = 'ALLOCATION'), 0) AS allocations,
             COALESCE(SUM(e.amount) FILTER (WHERE e.kind = 'REVERSAL' AND r.kind = 'ALLOCATION'), 0) AS allocation_reversals,
             COALESCE(SUM(e.amount) FILTER (WHERE e.kind = 'DISBURSEMENT'), 0) AS disbursements,
             COALESCE(SUM(e.amount) FILTER (WHERE e.kind = 'REVERSAL' AND r.kind = 'DISBURSEMENT'), 0) AS disbursement_reversals
      FROM ledger_entry e LEFT JOIN ledger_entry r ON r.id = e.reverses_id
      WHERE e.fund_id IN (SELECT id FROM f)
      GROUP BY e.fund_id
    ), running AS (
      SELECT fund_id, MIN(balance) AS lowest FROM (
        SELECT fund_id, SUM(amount) OVER (PARTITION BY fund_id ORDER BY id) AS balance
        FROM ledger_entry WHERE fund_id IN (SELECT id FROM f)
      ) t GROUP BY fund_id
    ), g AS (
      SELECT fund_id, SUM(amount) AS total, count(*)::int AS n
      FROM "grant" WHERE status = 'DISBURSED' AND fund_id IN (SELECT id FROM f)
      GROUP BY fund_id
    ), x AS (
      SELECT f.id AS fund_id, f.name, f.org_name, f.year, f.source::text AS source,
             COALESCE(l.ledger, 0) AS ledger, COALESCE(l.allocations, 0) AS allocations,
             COALESCE(l.allocation_reversals, 0) AS allocation_reversals, COALESCE(l.disbursements, 0) AS disbursements,
             COALESCE(l.disbursement_reversals, 0) AS disbursement_reversals,
             COALESCE(g.total, 0) AS disbursed_grants, COALESCE(g.n, 0) AS disbursed_grant_count,
             COALESCE(l.allocations, 0) + COALESCE(l.allocation_reversals, 0) - COALESCE(g.total, 0) AS expected,
             LEAST(COALESCE(running.lowest, 0), 0) AS lowest
      FROM f LEFT JOIN l ON l.fund_id = f.id LEFT JOIN g ON g.fund_id = f.id LEFT JOIN running ON running.fund_id = f.id
    )
    SELECT fund_id, name, org_name, year, source, ledger::text, allocations::text, allocation_reversals::text,
           disbursements::text, disbursement_reversals::text, disbursed_grants::text, disbursed_grant_count,
           expected::text, (ledger - expected)::text AS difference, lowest::text
    FROM x ORDER BY year DESC, org_name, source`;

  const anomalies = await db.$queryRaw<{ grant_id: string; status: string; n: number; matches: boolean | null }[]>`
    WITH paid AS (
      SELECT e.grant_id, count(*)::int AS n, bool_and(e.fund_id = g.fund_id AND e.amount = -g.amount) AS matches
      FROM ledger_entry e JOIN "grant" g ON g.id = e.grant_id
      WHERE e.kind = 'DISBURSEMENT' AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id)
      GROUP BY e.grant_id
    )
    SELECT g.id AS grant_id, g.status::text AS status, COALESCE(p.n, 0) AS n, p.matches
    FROM "grant" g JOIN organisation o ON o.id = g.org_id LEFT JOIN paid p ON p.grant_id = g.id
    WHERE o.ancestor_ids @> ARRAY[${root}::int] AND (${year}::int IS NULL OR g.year = ${year}::int)
      AND ((g.status = 'DISBURSED' AND (COALESCE(p.n, 0) <> 1 OR NOT p.matches)) OR (g.status <> 'DISBURSED' AND COALESCE(p.n, 0) > 0))
    ORDER BY g.id LIMIT 200`;

  const rows: FundReconciliation[] = funds.map((r) => ({
    fundId: r.fund_id,
    name: r.name,
    orgName: r.org_name,
    year: r.year,
    source: r.source,
    ledgerBalance: moneyText(r.ledger),
    allocations: moneyText(r.allocations),
    allocationReversals: moneyText(r.allocation_reversals),
    disbursements: moneyText(r.disbursements),
    disbursementReversals: moneyText(r.disbursement_reversals),
    disbursedGrants: moneyText(r.disbursed_grants),
    disbursedGrantCount: r.disbursed_grant_count,
    expectedBalance: moneyText(r.expected),
    difference: moneyText(r.difference),
    overdrawn: moneyText(r.lowest),
  }));
  const grantIssues: GrantAnomaly[] = anomalies.map((a) => ({
    grantId: a.grant_id,
    status: a.status,
    unreversedPayments: a.n,
    message:
      a.status === "DISBURSED"
        ? a.n === 1
          ? "发放分录的资金或金额与申请不一致"
          : `已发放的申请应有且只有1笔未冲正的发放分录，实有 ${a.n} 笔`
        : `未发放的申请存在 ${a.n} 笔未冲正的发放分录`,
  }));
  const unbalanced = rows.filter((r) => r.difference !== "0.00" || r.overdrawn !== "0.00");
  await audit(actor, { action: "assistance.reconcile", entityType: "fund", orgId: root, details: { funds: rows.length, unbalanced: unbalanced.length, anomalies: grantIssues.length } });
  return {
    ok: unbalanced.length === 0 && grantIssues.length === 0,
    checkedAt: new Date().toISOString(),
    fundCount: rows.length,
    unbalancedFunds: unbalanced.length,
    funds: rows,
    grantAnomalies: grantIssues,
  };
}
export type Reconciliation = Awaited<ReturnType<typeof reconcile>>;
