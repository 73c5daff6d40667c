// GET /api/v1/assist-orders/{id}/candidates — proposed model workers and studios, best first.
import { authed } from "@/lib/http/api";
import { proposeCandidates } from "@/lib/assist-orders/matching";

export const GET = authed(async (_req, actor, p) => ({ data: await proposeCandidates(actor, p.id) }));
