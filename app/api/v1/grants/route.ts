// /api/v1/grants — 帮扶救助申请: list (within scope) and create a draft for a member.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { GrantCreateSchema, GrantListQuerySchema } from "@/lib/assistance/schema";
import { listGrants } from "@/lib/assistance/grants";
import { createGrant } from "@/lib/assistance/grant-mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listGrants(actor, parseQuery(req, GrantListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createGrant(actor, await parseBody(req, GrantCreateSchema)), { status: 201 }),
);
