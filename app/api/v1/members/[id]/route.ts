// /api/v1/members/{id} — one member (ID number masked) with transfer history; update.
import { authed, parseBody } from "@/lib/http/api";
import { MemberUpdateSchema } from "@/lib/members/schema";
import { getMember } from "@/lib/members/queries";
import { updateMember } from "@/lib/members/mutations";

export const GET = authed(async (_req, actor, p) => getMember(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateMember(actor, p.id, await parseBody(req, MemberUpdateSchema)));
