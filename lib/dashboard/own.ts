import "server-only";
// 本级 figures: what the organisations' own records add up to, leaving out
// everything below them. A target that counts 本级 (Target.scope = OWN) is
// held against these. Own records are few, so they are always counted live,
// by the same sources as every other figure.
import { db, Prisma } from "../db/client";
import { Figures } from "./facts";
import { SOURCES, type Scope } from "./sources";

export async function computeOwn(nodes: number[], dates: Record<string, string>): Promise<Figures> {
  const figures = new Figures();
  if (nodes.length === 0) return figures;
  const scope: Scope = (col) => `${col} = ANY($1::int[])`;
  const union = SOURCES.map((s) => `(${s.sql(scope)})`).join("\nUNION ALL\n");
  const keys = Object.keys(dates);
  const rows = await db.$queryRawUnsafe<{ node: number; metric: string; key: string; v: Prisma.Decimal }[]>(
    `WITH facts AS (${union})
     SELECT f.org_id AS node, f.metric, d.key, sum(f.v) AS v
     FROM facts f JOIN unnest($2::text[], $3::date[]) AS d(key, day) ON f.day <= d.day
     WHERE f.org_id = ANY($1::int[])
     GROUP BY 1, 2, 3`,
    nodes,
    keys,
    keys.map((k) => dates[k]),
  );
  for (const r of rows) figures.set(r.node, r.metric, r.key, Number(new Prisma.Decimal(r.v).mul(100).toFixed(0)));
  return figures;
}
