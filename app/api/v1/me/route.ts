// GET /api/v1/me — who the caller is and what they may do.
import { authed } from "@/lib/http/api";
import { canWrite } from "@/lib/auth/actor";

export const GET = authed(async (_req, actor) => ({
  id: actor.userId,
  username: actor.username,
  displayName: actor.displayName,
  role: actor.role,
  orgId: actor.orgId,
  orgName: actor.orgName,
  memberId: actor.memberId,
  canWrite: canWrite(actor),
}));
