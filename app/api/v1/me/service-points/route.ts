// GET /api/v1/me/service-points — service points of the member's union and the unions above it.
import { authed } from "@/lib/http/api";
import { listOwnServicePoints } from "@/lib/self-service/service-points";

export const GET = authed(async (_req, actor) => {
  const data = await listOwnServicePoints(actor);
  return { data, total: data.length };
});
