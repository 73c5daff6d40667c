// /api/v1/funds/{id} — one fund with its computed balance; update its name or budget.
import { authed, parseBody } from "@/lib/http/api";
import { FundUpdateSchema } from "@/lib/assistance/schema";
import { getFund } from "@/lib/assistance/funds";
import { updateFund } from "@/lib/assistance/fund-mutations";

export const GET = authed(async (_req, actor, p) => getFund(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateFund(actor, p.id, await parseBody(req, FundUpdateSchema)));
