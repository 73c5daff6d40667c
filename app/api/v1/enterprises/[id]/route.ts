// /api/v1/enterprises/{id} — one enterprise with the contracts covering it; update.
import { authed, parseBody } from "@/lib/http/api";
import { EnterpriseUpdateSchema } from "@/lib/enterprises/schema";
import { getEnterprise } from "@/lib/enterprises/queries";
import { updateEnterprise } from "@/lib/enterprises/mutations";

export const GET = authed(async (_req, actor, p) => getEnterprise(actor, p.id));

export const PATCH = authed(async (req, actor, p) => updateEnterprise(actor, p.id, await parseBody(req, EnterpriseUpdateSchema)));
