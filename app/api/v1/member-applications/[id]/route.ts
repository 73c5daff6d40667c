// GET /api/v1/member-applications/{id} — one application, if queued in the caller's subtree.
import { authed } from "@/lib/http/api";
import { getApplication } from "@/lib/members/join";

export const GET = authed(async (_req, actor, p) => getApplication(actor, p.id));
