// GET /api/v1/join/unions?q=&townId= — public: member-holding unions by name (id and name only).
import { handle, parseQuery } from "@/lib/http/api";
import { JoinUnionQuerySchema } from "@/lib/members/join-schema";
import { searchJoinUnions } from "@/lib/members/join";

export const GET = handle(async (req) => searchJoinUnions(parseQuery(req, JoinUnionQuerySchema)));
