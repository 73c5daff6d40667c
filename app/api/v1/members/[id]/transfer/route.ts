// POST /api/v1/members/{id}/transfer — move to another union, keeping history.
import { authed, parseBody } from "@/lib/http/api";
import { MemberTransferSchema } from "@/lib/members/schema";
import { transferMember } from "@/lib/members/mutations";

export const POST = authed(async (req, actor, p) => transferMember(actor, p.id, await parseBody(req, MemberTransferSchema)));
