// /api/v1/honours — honours in the caller's scope (a member: their own) with totals; record an honour.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { HonourCreateSchema, HonourListQuerySchema } from "@/lib/honours/schema";
import { listHonours } from "@/lib/honours/queries";
import { createHonour } from "@/lib/honours/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listHonours(actor, parseQuery(req, HonourListQuerySchema)));

export const POST = authed(async (req, actor) => json(await createHonour(actor, await parseBody(req, HonourCreateSchema)), { status: 201 }));
