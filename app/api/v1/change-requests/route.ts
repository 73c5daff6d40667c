// GET /api/v1/change-requests?status= — members' correction requests in the staff member's scope.
import { authed, parseQuery } from "@/lib/http/api";
import { z } from "@/lib/validation/zod";
import { listChangeRequests } from "@/lib/self-service/profile";

const Query = z.strictObject({ status: z.enum(["PENDING", "APPROVED", "REJECTED"]).default("PENDING") });

export const GET = authed(async (req, actor) => {
  const data = await listChangeRequests(actor, parseQuery(req, Query).status);
  return { data, total: data.length };
});
