// /api/v1/organisations — list (within the caller's scope) and create.
import { authed, parseBody, parseQuery } from "@/lib/http/api";
import { OrgCreateSchema, OrgListQuerySchema } from "@/lib/orgs/schema";
import { listOrganisations } from "@/lib/orgs/queries";
import { createOrganisation } from "@/lib/orgs/mutations";
import { json } from "@/lib/http/json";

export const GET = authed(async (req, actor) => listOrganisations(actor, parseQuery(req, OrgListQuerySchema)));

export const POST = authed(async (req, actor) =>
  json(await createOrganisation(actor, await parseBody(req, OrgCreateSchema)), { status: 201 }),
);
