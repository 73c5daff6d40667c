import "server-only";
import { sqlRows } from "../db/client";
import type { Actor } from "../auth/actor";
import { resolveScopeRoot } from "../orgs/queries";
import { childAreas, locatedFigures } from "./located";
import type { UnionisationStats } from "./schema";

/**
 * 建会率 (unionisation rate) of an organisation's territory: of the enterprises
 * located in its subtree (by `areaOrgId`), the share with a union (non-null
 * `unionOrgId`, their own independent union or a joint union), by count and by
 * workers; overall and per child area. Where an enterprise's union sits does
 * not matter here, only where the enterprise is. The leaders' dashboard uses this.
 */
export async function getUnionisationStats(actor: Actor, orgId?: number): Promise<UnionisationStats> {
  const root = await resolveScopeRoot(actor, orgId);
  const [rows, children] = await Promise.all([
    // pg gives bigint as text: Number() below reads it.
    sqlRows<{ child: number | null; n: string; w: string | null; u: string; uw: string | null }>(locatedFigures(root)),
    childAreas(root.id),
  ]);
  const byChild = new Map(rows.map((r) => [r.child, figures(Number(r.n), Number(r.w ?? 0), Number(r.u), Number(r.uw ?? 0))]));
  const zero = figures(0, 0, 0, 0);
  const list = children.map((c) => ({ orgId: c.id as number | null, orgName: c.name, ...(byChild.get(c.id) ?? zero) }));
  const own = byChild.get(null);
  if (own) list.unshift({ orgId: null, orgName: "本级直属", ...own });
  const sum = (f: (r: (typeof rows)[number]) => string | null) => rows.reduce((s, r) => s + Number(f(r) ?? 0), 0);
  return {
    orgId: root.id,
    orgName: root.name,
    ...figures(sum((r) => r.n), sum((r) => r.w), sum((r) => r.u), sum((r) => r.uw)),
    children: list,
  };
}

function figures(enterprises: number, workers: number, unionised: number, unionisedWorkers: number) {
  return {
    enterprises,
    workers,
    unionised,
    unionisedWorkers,
    rate: enterprises ? unionised / enterprises : null,
    workerRate: workers ? unionisedWorkers / workers : null,
  };
}
