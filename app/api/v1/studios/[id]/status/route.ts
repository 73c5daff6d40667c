// POST /api/v1/studios/{id}/status — review (复核) or revoke (撤销) a studio.
import { authed, parseBody } from "@/lib/http/api";
import { StudioStatusSchema } from "@/lib/studios/schema";
import { changeStudioStatus } from "@/lib/studios/mutations";

export const POST = authed(async (req, actor, p) => changeStudioStatus(actor, p.id, await parseBody(req, StudioStatusSchema)));
