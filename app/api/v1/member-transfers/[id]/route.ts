// GET /api/v1/member-transfers/{id} — one request, as the caller's side sees it (404 to anyone else).
import { authed } from "@/lib/http/api";
import { getTransferRequest } from "@/lib/members/transfers";

export const GET = authed(async (_req, actor, p) => getTransferRequest(actor, p.id));
