// POST /api/v1/member-transfers/{id}/accept — the receiving side accepts: the member moves. No body.
import { authed } from "@/lib/http/api";
import { acceptTransfer } from "@/lib/members/transfers";

export const POST = authed(async (_req, actor, p) => acceptTransfer(actor, p.id));
