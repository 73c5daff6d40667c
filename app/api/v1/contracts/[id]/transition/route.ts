// POST /api/v1/contracts/{id}/transition — one lifecycle step; the target status is in `to`.
import { authed, parseBody } from "@/lib/http/api";
import { ContractTransitionSchema } from "@/lib/contracts/schema";
import { transitionContract } from "@/lib/contracts/mutations";

export const POST = authed(async (req, actor, p) => transitionContract(actor, p.id, await parseBody(req, ContractTransitionSchema)));
