// /api/v1/rights-cases — rights cases (维权服务工单) in the caller's scope with totals; receive one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { RightsCaseCreateSchema, RightsListQuerySchema } from "@/lib/rights-cases/schema";
import { listCases } from "@/lib/rights-cases/queries";
import { createCase } from "@/lib/rights-cases/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listCases(actor, parseQuery(req, RightsListQuerySchema)));

export const POST = authed(async (req, actor) => json(await createCase(actor, await parseBody(req, RightsCaseCreateSchema)), { status: 201 }));
