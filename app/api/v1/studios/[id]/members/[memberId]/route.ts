// DELETE /api/v1/studios/{id}/members/{memberId} — remove a member from the studio.
import { authed } from "@/lib/http/api";
import { removeStudioMember } from "@/lib/studios/mutations";

export const DELETE = authed(async (_req, actor, p) => removeStudioMember(actor, p.id, p.memberId));
