// Reading the annual statistics report (工会统计年报) of one organisation:
// its subtree's figures for the statistics year and the year before, the
// consistency checks, and its own facts. Scoped like every read: outside the
// caller's subtree 404, members 403.
import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertStaffLike } from "../auth/actor";
import { findOrgInScope } from "../orgs/queries";
import { computeFigures, readFigures } from "./compute";
import { checkFigures } from "./checks";
import { besideLastYear, summaryRows, tableRows } from "./tables";
import { FACT_FIELDS, statYear, type Facts, type Yearbook, type YearbookQuery } from "./schema";

const FACT_SELECT = Object.fromEntries(FACT_FIELDS.map(([k]) => [k, true])) as Record<keyof Facts, true>;

export async function getYearbook(actor: Actor, q: YearbookQuery): Promise<Yearbook> {
  assertStaffLike(actor);
  const org = await findOrgInScope(actor, q.orgId ?? actor.orgId);
  const [[cur, prev], own] = await Promise.all([
    readFigures(actor, org, [q.year, q.year - 1]),
    db.orgYearFacts.findUnique({ where: { orgId_year: { orgId: org.id, year: q.year } }, select: FACT_SELECT }),
  ]);
  const y = statYear(q.year);
  return {
    org: { id: org.id, name: org.name, parentId: org.parentId },
    year: q.year,
    period: y.param,
    label: y.label,
    summary: besideLastYear(summaryRows(cur), summaryRows(prev)),
    tables: besideLastYear(tableRows(cur), tableRows(prev)),
    checks: checkFigures(cur),
    facts: own,
  };
}

/** What a submitted annual report stores (lib/reports): every row as a snapshot item, and the checks. */
export async function yearbookSnapshot(actor: Actor, orgId: number, year: number) {
  const [f] = await computeFigures(actor, orgId, [year]);
  const items = [...summaryRows(f), ...tableRows(f)].map((r) => ({ key: r.key, name: r.indent ? `${r.section}·${r.name}` : r.name, unit: r.unit, kind: "yearbook", value: r.value }));
  return { items, checks: checkFigures(f) };
}
