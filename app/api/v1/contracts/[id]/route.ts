// /api/v1/contracts/{id} — one contract with coverage, events and the steps the caller may take; update terms.
import { authed, parseBody } from "@/lib/http/api";
import { ContractUpdateSchema } from "@/lib/contracts/schema";
import { getContract } from "@/lib/contracts/queries";
import { updateContract } from "@/lib/contracts/mutations";

export const GET = authed(async (_req, actor, p) => getContract(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateContract(actor, p.id, await parseBody(req, ContractUpdateSchema)));
