// /api/v1/me/rights-cases — the member's own cases; open one online.
import { MEMBER_ONLY, authed, parseBody } from "@/lib/http/api";
import { OwnRightsCaseCreateSchema } from "@/lib/rights-cases/schema";
import { listOwnCases } from "@/lib/rights-cases/queries";
import { openOwnCase } from "@/lib/rights-cases/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (_req, actor) => listOwnCases(actor));

export const POST = authed(async (req, actor) => json(await openOwnCase(actor, await parseBody(req, OwnRightsCaseCreateSchema)), { status: 201 }), { writers: MEMBER_ONLY });
