// POST /api/v1/members/{id}/lapsed-review — keep a lapsed member or confirm they have left.
import { authed, parseBody } from "@/lib/http/api";
import { LapsedReviewSchema } from "@/lib/members/schema";
import { reviewLapsedMember } from "@/lib/members/mutations";

export const POST = authed(async (req, actor, p) => reviewLapsedMember(actor, p.id, () => parseBody(req, LapsedReviewSchema)));
