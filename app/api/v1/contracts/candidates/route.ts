// GET /api/v1/contracts/candidates?orgId&kind&q — enterprises a contract of this party and kind may cover.
import { authed, parseQuery } from "@/lib/http/api";
import { CandidateQuerySchema } from "@/lib/contracts/schema";
import { listCandidates } from "@/lib/contracts/queries";

export const GET = authed(async (req, actor) => listCandidates(actor, parseQuery(req, CandidateQuerySchema)));
