// POST /api/v1/members/{id}/leave — record that a member left the union (退会).
import { authed, parseBody } from "@/lib/http/api";
import { MemberLeaveSchema } from "@/lib/members/schema";
import { leaveMember } from "@/lib/members/mutations";

export const POST = authed(async (req, actor, p) => leaveMember(actor, p.id, await parseBody(req, MemberLeaveSchema)));
