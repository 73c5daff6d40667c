// POST /api/v1/grants/{id}/{submit|review|approve|start-notice|reject|withdraw} — one workflow step
// (lib/assistance/grant-workflow.ts decides who may take it). Disburse and reverse have their own routes.
import { authed, parseBody } from "@/lib/http/api";
import { notFound } from "@/lib/errors";
import { GrantReasonSchema, GrantStepSchema } from "@/lib/assistance/schema";
import { transitionGrant } from "@/lib/assistance/grant-mutations";

const STEPS = ["submit", "review", "approve", "start-notice"] as const;
const WITH_REASON = ["reject", "withdraw"] as const;

export const POST = authed(async (req, actor, p) => {
  const action = p.action;
  if ((STEPS as readonly string[]).includes(action)) {
    return transitionGrant(actor, p.id, action as (typeof STEPS)[number], await parseBody(req, GrantStepSchema));
  }
  if ((WITH_REASON as readonly string[]).includes(action)) {
    return transitionGrant(actor, p.id, action as (typeof WITH_REASON)[number], await parseBody(req, GrantReasonSchema));
  }
  throw notFound("接口");
});
