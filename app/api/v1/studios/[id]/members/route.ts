// POST /api/v1/studios/{id}/members — a member joins the studio.
import { authed, parseBody } from "@/lib/http/api";
import { StudioMemberAddSchema } from "@/lib/studios/schema";
import { addStudioMember } from "@/lib/studios/mutations";
import { json } from "@/lib/http/json";

export const POST = authed(async (req, actor, p) => json(await addStudioMember(actor, p.id, await parseBody(req, StudioMemberAddSchema)), { status: 201 }));
