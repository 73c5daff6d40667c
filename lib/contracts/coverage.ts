import "server-only";
import { db, Prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { fromDateOnly, todayCST } from "../dates";
import { resolveScopeRoot } from "../orgs/queries";
import { childAreas, enterprisesLocatedIn } from "../enterprises/located";
import { CONTRACT_KINDS, EFFECTIVE_STATUSES, WAGE_TERM_KINDS, type ContractKind } from "./labels";
import type { Coverage, CoverageQuery } from "./schema";

/**
 * Collective-contract coverage of an organisation's territory on a date.
 *
 * - The base is the unionised enterprises located in the subtree (by
 *   `areaOrgId`, with a non-null `unionOrgId`) and their workers (the
 *   register's current worker counts).
 * - An enterprise is covered when at least one contract in force on the date
 *   lists it: status IN_FORCE (or since marked EXPIRED/RENEWED) and
 *   effectiveFrom ≤ date ≤ effectiveTo. It does not matter which union signed
 *   the contract (a county industry contract covers a town's firms).
 * - Each enterprise counts once however many contracts cover it: the contracts
 *   are first grouped per enterprise (GROUP BY enterprise_id, with one flag per
 *   kind), then joined to the enterprises. No per-enterprise loop.
 * - Wage negotiation coverage counts the kinds in WAGE_TERM_KINDS.
 *
 * `contracts` adds the figures the reports quote ("13 contracts covering 265
 * enterprises, 16,000 workers"): contracts signed by unions of the subtree and
 * in force, summed per contract, so an enterprise on two contracts counts twice.
 */
export async function getCoverage(actor: Actor, q: CoverageQuery): Promise<Coverage> {
  const root = await resolveScopeRoot(actor, q.orgId);
  const date = q.date ?? todayCST();
  const day = fromDateOnly(date);
  const effective = [...EFFECTIVE_STATUSES];

  // Column names are built from the fixed kind list, never from input.
  const kindCols = CONTRACT_KINDS.map((k) => Prisma.raw(`bool_or(c.kind = '${k}') AS k_${k.toLowerCase()}`));
  const kindAggs = CONTRACT_KINDS.map((k) =>
    Prisma.raw(
      `count(*) FILTER (WHERE e.union_org_id IS NOT NULL AND cov.k_${k.toLowerCase()}) AS n_${k.toLowerCase()}, ` +
        `coalesce(sum(e.worker_count) FILTER (WHERE e.union_org_id IS NOT NULL AND cov.k_${k.toLowerCase()}), 0) AS w_${k.toLowerCase()}`,
    ),
  );

  const rows = await db.$queryRaw<Record<string, number | bigint | null>[]>`
    WITH ent AS (${enterprisesLocatedIn(root, Prisma.sql`e.id, e.worker_count, e.union_org_id`)}), cov AS (
      SELECT cc.enterprise_id, ${Prisma.join(kindCols)},
             bool_or(c.kind::text = ANY(${[...WAGE_TERM_KINDS]}::text[])) AS k_wageterms
      FROM contract_coverage cc JOIN contract c ON c.id = cc.contract_id
      WHERE cc.enterprise_id IN (SELECT id FROM ent)
        AND c.status::text = ANY(${effective}::text[])
        AND c.effective_from <= ${day}::date AND c.effective_to >= ${day}::date
      GROUP BY cc.enterprise_id
    )
    SELECT e.child,
           count(*) AS n,
           count(*) FILTER (WHERE e.union_org_id IS NOT NULL) AS u,
           coalesce(sum(e.worker_count) FILTER (WHERE e.union_org_id IS NOT NULL), 0) AS uw,
           count(*) FILTER (WHERE e.union_org_id IS NOT NULL AND cov.enterprise_id IS NOT NULL) AS n_any,
           coalesce(sum(e.worker_count) FILTER (WHERE e.union_org_id IS NOT NULL AND cov.enterprise_id IS NOT NULL), 0) AS w_any,
           count(*) FILTER (WHERE e.union_org_id IS NOT NULL AND cov.k_wageterms) AS n_wageterms,
           coalesce(sum(e.worker_count) FILTER (WHERE e.union_org_id IS NOT NULL AND cov.k_wageterms), 0) AS w_wageterms,
           ${Prisma.join(kindAggs)}
    FROM ent e LEFT JOIN cov ON cov.enterprise_id = e.id
    GROUP BY e.child`;

  const contracts = await db.$queryRaw<{ kind: ContractKind; contracts: bigint; rows: bigint; workers: bigint | null }[]>`
    SELECT c.kind, count(DISTINCT c.id) AS contracts, count(cc.enterprise_id) AS rows, sum(cc.worker_count) AS workers
    FROM contract c
    LEFT JOIN contract_coverage cc ON cc.contract_id = c.id
    WHERE c.scope_ids @> ARRAY[${root.id}::int]
      AND c.status::text = ANY(${effective}::text[])
      AND c.effective_from <= ${day}::date AND c.effective_to >= ${day}::date
    GROUP BY c.kind`;

  const children = await childAreas(root.id);

  const byChild = new Map(rows.map((r) => [r.child === null ? null : Number(r.child), r]));
  const list = children.map((c) => ({ orgId: c.id as number | null, orgName: c.name, ...figures([byChild.get(c.id)]) }));
  if (byChild.has(null)) list.unshift({ orgId: null, orgName: "本级直属", ...figures([byChild.get(null)]) });
  const contractFigures = CONTRACT_KINDS.map((kind) => {
    const r = contracts.find((x) => x.kind === kind);
    return { kind, contracts: Number(r?.contracts ?? 0), coverageRows: Number(r?.rows ?? 0), coverageWorkers: Number(r?.workers ?? 0) };
  });
  return { orgId: root.id, orgName: root.name, date, ...figures(rows), contracts: contractFigures, children: list };
}

type Row = Record<string, number | bigint | null> | undefined;

/** Adds up grouped rows (a subtree is the sum of its children and its own). */
function figures(rows: Row[]) {
  const sum = (key: string) => rows.reduce((s, r) => s + Number(r?.[key] ?? 0), 0);
  const share = (suffix: string) => ({ enterprises: sum(`n_${suffix}`), workers: sum(`w_${suffix}`) });
  return {
    enterprises: sum("n"),
    unionised: sum("u"),
    unionisedWorkers: sum("uw"),
    covered: share("any"),
    wage: share("wageterms"),
    byKind: Object.fromEntries(CONTRACT_KINDS.map((k) => [k, share(k.toLowerCase())])) as Record<ContractKind, { enterprises: number; workers: number }>,
  };
}
