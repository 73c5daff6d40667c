// Demo annual targets for the leaders' dashboard: 建湖县 2026 (the seeds'
// figures: 建会率 ≥ 80%, wage-negotiation coverage ≥ 90%, 30,000 trainees,
// 1,300 certificates, 4 contests, 30 model-worker visits, the assistance
// budget spent) and their split across its towns, in proportion to members.
// Count targets keep 10% at county level (县直属单位), as an explicit remainder.
// The contests target counts the county's own quarterly contests (本级), not
// the towns' and enterprises' below it.
import type { Client } from "pg";
import { bulkInsert } from "./bulk";
import type { DemoContext } from "./context";
import { allocate } from "./random";

const YEAR = 2026;
const COUNTY = "建湖县总工会";

/** indicator → county value; `split`: how the towns' parts are made. */
const PLAN: { indicator: string; value: number; split: "rate" | "count" | "none"; own?: true }[] = [
  { indicator: "unionisation_rate", value: 80, split: "rate" },
  { indicator: "wage_coverage", value: 90, split: "rate" },
  { indicator: "contract_coverage", value: 90, split: "rate" },
  { indicator: "trainees", value: 30_000, split: "count" },
  { indicator: "certificates", value: 1_300, split: "count" },
  { indicator: "contests", value: 4, split: "none", own: true },
  { indicator: "mw_visits", value: 30, split: "none" },
  { indicator: "aid_execution", value: 95, split: "rate" },
  { indicator: "hardship_lifted", value: 30, split: "none" },
  { indicator: "activities", value: 300, split: "count" },
];

export async function loadTargetDemo(client: Client, ctx: DemoContext): Promise<void> {
  const county = ctx.tree.byName.get(COUNTY);
  if (!county) return;
  const towns = ctx.tree.orgs.filter((o) => o.parentId === county.id && o.level === "TOWN").sort((a, b) => a.id - b.id);
  // Town weights: their active members, read from the registry just loaded.
  const r = await client.query<{ town: number; n: number }>(
    `SELECT o.ancestor_ids[4] AS town, count(*)::int AS n FROM member m JOIN organisation o ON o.id = m.org_id
     WHERE o.ancestor_ids @> ARRAY[$1::int] AND m.status = 'ACTIVE' AND cardinality(o.ancestor_ids) >= 4 GROUP BY 1`,
    [county.id],
  );
  const members = new Map(r.rows.map((x) => [x.town, x.n]));
  const weights = towns.map((t) => members.get(t.id) ?? 1);

  const rows: { id: string; orgId: number; indicator: string; value: string; parentId: string | null }[] = [];
  for (const p of PLAN) {
    const id = ctx.rng.uuid();
    rows.push({ id, orgId: county.id, indicator: p.indicator, value: p.value.toFixed(2), parentId: null });
    if (p.split === "rate") {
      // Towns that lag get a slightly lower bar, the strong ones the county's.
      for (const t of towns) rows.push({ id: ctx.rng.uuid(), orgId: t.id, indicator: p.indicator, value: (p.value - (ctx.rng.chance(0.3) ? 5 : 0)).toFixed(2), parentId: id });
    } else if (p.split === "count") {
      const parts = allocate(weights, Math.round(p.value * 0.9), 1);
      towns.forEach((t, i) => rows.push({ id: ctx.rng.uuid(), orgId: t.id, indicator: p.indicator, value: parts[i].toFixed(2), parentId: id }));
    }
  }
  await bulkInsert(client, "target", [
    { name: "id", type: "uuid", values: rows.map((x) => x.id) },
    { name: "org_id", type: "int", values: rows.map((x) => x.orgId) },
    { name: "year", type: "int", values: rows.map(() => YEAR) },
    { name: "indicator", type: "text", values: rows.map((x) => x.indicator) },
    { name: "value", type: "numeric", values: rows.map((x) => x.value) },
    { name: "parent_id", type: "uuid", values: rows.map((x) => x.parentId) },
  ]);
  await client.query(`UPDATE target SET scope = 'OWN' WHERE org_id = $1 AND year = $2 AND indicator = ANY($3::text[])`, [
    county.id,
    YEAR,
    PLAN.filter((p) => p.own).map((p) => p.indicator),
  ]);
  // 帮扶资金发放: the year's budgets of the county's funds, whatever the assistance demo loaded.
  await client.query(
    `INSERT INTO target (id, org_id, year, indicator, value, created_at, updated_at)
     SELECT $3::uuid, $1, $2, 'aid_amount', sum(f.budget), now(), now()
     FROM fund f JOIN organisation o ON o.id = f.org_id
     WHERE o.ancestor_ids @> ARRAY[$1::int] AND f.year = $2
     HAVING sum(f.budget) > 0`,
    [county.id, YEAR, ctx.rng.uuid()],
  );
  ctx.log(`inserted ${rows.length} dashboard targets`);
}
