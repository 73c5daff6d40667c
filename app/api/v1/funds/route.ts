// /api/v1/funds — assistance funds in scope (balances are the ledger's sum) and create one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { FundCreateSchema, FundListQuerySchema } from "@/lib/assistance/schema";
import { listFunds } from "@/lib/assistance/funds";
import { createFund } from "@/lib/assistance/fund-mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listFunds(actor, parseQuery(req, FundListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createFund(actor, await parseBody(req, FundCreateSchema)), { status: 201 }),
);
