// /api/v1/organisations/{id} — one organisation with its subtree counts; update.
import { authed, intParam, parseBody } from "@/lib/http/api";
import { OrgUpdateSchema } from "@/lib/orgs/schema";
import { getOrganisation } from "@/lib/orgs/queries";
import { updateOrganisation } from "@/lib/orgs/mutations";

export const GET = authed(async (_req, actor, p) => getOrganisation(actor, intParam(p.id, "组织")));

export const PATCH = authed(async (req, actor, p) =>
  updateOrganisation(actor, intParam(p.id, "组织"), await parseBody(req, OrgUpdateSchema)),
);
