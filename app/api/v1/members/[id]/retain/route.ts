// POST /api/v1/members/{id}/retain — 保留会籍: a retiree keeps membership.
import { authed, parseBody } from "@/lib/http/api";
import { MemberRetainSchema } from "@/lib/members/schema";
import { retainMember } from "@/lib/members/mutations";

export const POST = authed(async (req, actor, p) => retainMember(actor, p.id, () => parseBody(req, MemberRetainSchema)));
