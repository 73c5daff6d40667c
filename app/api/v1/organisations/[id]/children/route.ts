// /api/v1/organisations/{id}/children — direct children with subtree counts (tree browser).
import { authed, intParam } from "@/lib/http/api";
import { listChildrenWithCounts } from "@/lib/orgs/queries";

export const GET = authed(async (_req, actor, p) => {
  const data = await listChildrenWithCounts(actor, intParam(p.id, "组织"));
  return { data, total: data.length };
});
