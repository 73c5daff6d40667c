// POST /api/v1/rights-cases/{id}/facts — decrypt the facts, outcome and phone (audited; not for leaders).
import { authed } from "@/lib/http/api";
import { revealCase } from "@/lib/rights-cases/mutations";

export const POST = authed(async (_req, actor, p) => revealCase(actor, p.id));
