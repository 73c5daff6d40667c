// POST /api/v1/join/applications — 网上入会: anyone applies (no session). The answer is
// the same whether or not the ID number is already a member's (lib/members/join.ts).
import { handle, parseBody } from "@/lib/http/api";
import { JoinApplySchema } from "@/lib/members/join-schema";
import { applyToJoin } from "@/lib/members/join";
import { clientAddress } from "@/lib/security/client-address";
import { json } from "@/lib/http/json";

export const POST = handle(async (req) => json(await applyToJoin(await parseBody(req, JoinApplySchema), clientAddress(req.headers)), { status: 201 }));
