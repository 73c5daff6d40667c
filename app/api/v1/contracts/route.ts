// /api/v1/contracts — collective contracts within the caller's scope; start one (要约).
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { ContractCreateSchema, ContractListQuerySchema } from "@/lib/contracts/schema";
import { listContracts } from "@/lib/contracts/queries";
import { createContract } from "@/lib/contracts/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listContracts(actor, parseQuery(req, ContractListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createContract(actor, await parseBody(req, ContractCreateSchema)), { status: 201 }),
);
