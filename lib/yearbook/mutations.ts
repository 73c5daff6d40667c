// Entering a union's facts for a statistics year (组织情况). The union's own
// staff or any staff above it may enter them; once the year's annual report of
// the union or of an organisation above it is submitted or approved, the facts
// stay as reported until it is returned or reopened (lib/reports).
import "server-only";
import { db } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanWrite, assertStaffLike } from "../auth/actor";
import { audit } from "../audit/log";
import { conflict } from "../errors";
import { findOrgInScope } from "../orgs/queries";
import { PERIOD_REPORT_STATUS_LABELS } from "../reports/labels";
import { FACT_FIELDS, statYear, type FactsInput } from "./schema";

export async function saveFacts(actor: Actor, input: FactsInput) {
  assertStaffLike(actor);
  const org = await findOrgInScope(actor, input.orgId);
  assertCanWrite(actor);
  const y = statYear(input.year);
  const holding = await db.periodReport.findFirst({
    where: { period: y.param, orgId: { in: org.ancestorIds }, status: { in: ["SUBMITTED", "APPROVED", "ACCEPTED"] } },
    select: { status: true, org: { select: { name: true } } },
  });
  if (holding) {
    throw conflict(`${holding.org.name}${input.year}统计年度的年报${PERIOD_REPORT_STATUS_LABELS[holding.status]}，组织情况不能再修改；如需更正，请由上级退回或重新开放`);
  }
  const { orgId, year, ...facts } = input;
  return db.$transaction(async (tx) => {
    const saved = await tx.orgYearFacts.upsert({
      where: { orgId_year: { orgId, year } },
      create: { orgId, year, ...facts, updatedById: actor.userId, updatedBy: actor.username },
      update: { ...facts, updatedById: actor.userId, updatedBy: actor.username },
      select: { orgId: true, year: true, ...Object.fromEntries(FACT_FIELDS.map(([k]) => [k, true])) },
    });
    await audit(actor, { action: "org_year_facts.save", entityType: "org_year_facts", entityId: `${orgId}:${year}`, orgId, details: { year, fields: Object.keys(facts) } }, tx);
    return saved;
  });
}
