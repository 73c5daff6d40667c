// GET /api/v1/members/lapsed — members with no union activity for six months, for review (never automatic).
import { authed, parseQuery } from "@/lib/http/api";
import { LapsedListQuerySchema } from "@/lib/members/schema";
import { listLapsedMembers } from "@/lib/members/lapsed";

export const GET = authed(async (req, actor) => listLapsedMembers(actor, parseQuery(req, LapsedListQuerySchema)));
