// Scope before body: a state-changing request to a record outside the caller's
// scope answers 404 before its body is read or parsed. Each resource's own
// finder (the one its mutations use) decides, so this adds no rule of its own;
// the mutation checks again. Keyed by the path's first segments.
import "server-only";
import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { findMemberInScope } from "../members/queries";
import { findOrgInScope } from "../orgs/queries";
import { findGrantInScope } from "../assistance/grants";
import { findFundInScope } from "../assistance/funds";
import { findFileInScope } from "../hardship/queries";
import { findContractInScope } from "../contracts/queries";
import { findEnterpriseInScope } from "../enterprises/queries";
import { findTrainingInScope } from "../trainings/queries";
import { findCompetitionInScope } from "../competitions/queries";
import { findActivityInScope } from "../activities/queries";
import { findStudioInScope } from "../studios/queries";
import { findHonourInScope, findServiceInScope } from "../honours/queries";
import { findOrderInScope } from "../assist-orders/queries";
import { findCaseInScope } from "../rights-cases/queries";
import { findPlanInScope, findTaskInScope } from "../reform/scope";

type Finder = (actor: Actor, id: string) => Promise<unknown>;

const RESOURCES: Record<string, Finder> = {
  members: findMemberInScope,
  organisations: (a, id) => {
    if (!/^\d{1,9}$/.test(id)) throw notFound("组织");
    return findOrgInScope(a, Number(id));
  },
  grants: findGrantInScope,
  funds: findFundInScope,
  "hardship-files": findFileInScope,
  contracts: findContractInScope,
  enterprises: findEnterpriseInScope,
  trainings: findTrainingInScope,
  competitions: findCompetitionInScope,
  activities: findActivityInScope,
  studios: findStudioInScope,
  honours: findHonourInScope,
  "model-worker-services": findServiceInScope,
  "assist-orders": findOrderInScope,
  "rights-cases": findCaseInScope,
  "reform/plans": findPlanInScope,
  "reform/tasks": findTaskInScope,
};

const PATH = /^\/api\/v1\/((?:reform\/)?[a-z-]+)\/([^/]+)/;

/**
 * 404 when the path names a record of a scoped resource the actor may not see.
 * A segment that is a plain word (`import`, `expire`, `policies`) names a
 * collection route, not a record, and is left to the route.
 */
export async function assertPathInScope(actor: Actor, pathname: string): Promise<void> {
  const m = PATH.exec(pathname);
  const find = m && RESOURCES[m[1]];
  if (!find || /^[a-z-]+$/.test(m[2])) return;
  await find(actor, decodeURIComponent(m[2]));
}
