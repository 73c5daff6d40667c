// GET /api/v1/member-applications — online membership applications queued in the caller's subtree.
import { authed, parseQuery } from "@/lib/http/api";
import { ApplicationListQuerySchema } from "@/lib/members/join-schema";
import { listApplications } from "@/lib/members/join";

export const GET = authed(async (req, actor) => listApplications(actor, parseQuery(req, ApplicationListQuerySchema)));
