// GET /api/v1/grants/policies — the aid rules per kind (file required, caps, notice days).
import { authed } from "@/lib/http/api";
import { listPolicies } from "@/lib/assistance/policies";

export const GET = authed(async (_req, actor) => ({ data: await listPolicies(actor) }));
