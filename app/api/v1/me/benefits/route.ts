// GET /api/v1/me/benefits — everything the member received, with yearly totals.
import { authed } from "@/lib/http/api";
import { getOwnBenefits } from "@/lib/self-service/benefits";

export const GET = authed(async (_req, actor) => getOwnBenefits(actor));
