// /api/v1/enterprises — the enterprise register (within the caller's scope) and registering one.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { EnterpriseCreateSchema, EnterpriseListQuerySchema } from "@/lib/enterprises/schema";
import { listEnterprises } from "@/lib/enterprises/queries";
import { createEnterprise } from "@/lib/enterprises/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listEnterprises(actor, parseQuery(req, EnterpriseListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createEnterprise(actor, await parseBody(req, EnterpriseCreateSchema)), { status: 201 }),
);
